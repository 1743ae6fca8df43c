/**
 * Facts that must exist in more than one file (a JSON config, a stylesheet the browser
 * reads without a build step) agree with their one home.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SUPPORTED_LOCALES } from '../../packages/core/src/localization/locales.ts';
import { PUBLIC_TOKENS } from '../../packages/core/src/theme/public-tokens.ts';
import { tokenStyles } from '../../packages/core/src/theme/tokens.ts';
import { SERVER_NODE_FLAGS } from '../../benchmarks/lib/targets.mjs';
import { INTL_LOCALE, MOROCCO_TIME_ZONE } from '../../packages/core/src/localization/format.ts';
import { INTL_LOCALES as LOADER_INTL_LOCALES, MOROCCO_TIME_ZONE as LOADER_TIME_ZONE } from '../../packages/loader/src/intl-locales.ts';

const root = join(import.meta.dirname, '../..');
const packages = readdirSync(join(root, 'packages')).filter((name) => {
  try {
    readFileSync(join(root, 'packages', name, 'lit-localize.json'));
    return true;
  } catch {
    return false;
  }
});

test('every package translates into exactly the supported locales', () => {
  assert.ok(packages.length >= 6, packages.join(', '));
  for (const name of packages) {
    const config = JSON.parse(readFileSync(join(root, 'packages', name, 'lit-localize.json'), 'utf8')) as {
      sourceLocale: string;
      targetLocales: string[];
    };
    assert.deepEqual(
      [config.sourceLocale, ...config.targetLocales].sort(),
      [...SUPPORTED_LOCALES].sort(),
      `packages/${name}/lit-localize.json`,
    );
    const codes = readFileSync(join(root, 'packages', name, 'src/generated/locale-codes.ts'), 'utf8');
    for (const locale of config.targetLocales)
      assert.match(codes, new RegExp(`[\x60']${locale}[\x60']`), `packages/${name}: run npm run localize`);
  }
});

test('the stylesheet falls back to the PUBLIC_TOKENS defaults, token by token', () => {
  const fallbacks = Object.fromEntries(
    [...tokenStyles.cssText.matchAll(/var\((--mocharaka-[a-z-]+),\s*([^;]+)\);/g)].map(([, name, value]) => [name, value!.trim()]),
  );
  assert.deepEqual(fallbacks, PUBLIC_TOKENS);
});

test('the server starts with the same Node flags everywhere it is started for real and in the benchmarks', () => {
  const scripts = ['package.json', 'packages/server/package.json', 'packages/demo/package.json'].map(
    (file) => [file, (JSON.parse(readFileSync(join(root, file), 'utf8')) as { scripts: { start: string } }).scripts.start] as const,
  );
  const production = readFileSync(join(root, 'docs/self-hosting.md'), 'utf8').match(/^.*NODE_ENV=production node .*main\.js.*$/m)?.[0];
  assert.ok(production, 'docs/self-hosting.md gives the production command');
  for (const [file, command] of [...scripts, ['docs/self-hosting.md', production] as const]) {
    const flags = command
      .match(/(?<=node )(--\S+ )*/)?.[0]
      .trim()
      .split(' ')
      .filter(Boolean);
    assert.deepEqual(flags, SERVER_NODE_FLAGS, file);
  }
});

test("the loader's Intl warm-up builds core's formatters: the same locale per language and time zone", () => {
  assert.deepEqual(LOADER_INTL_LOCALES, INTL_LOCALE);
  assert.equal(LOADER_TIME_ZONE, MOROCCO_TIME_ZONE);
});
