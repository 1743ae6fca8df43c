import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const PUBLISHED = ['core', 'petition', 'consultation', 'charter', 'satisfaction', 'suggestions', 'meetings', 'action-plan'];
const ELEMENTS = PUBLISHED.filter((name) => name !== 'core');
/**
 * Packed with their prepack as `npm publish` runs it (one package without elements, one
 * with): every package shares scripts/prepack.mjs, and the build (scripts/build.mjs) already
 * made what it makes, LICENSE included, so the others are packed without running it again.
 */
const PACKED_WITH_PREPACK = new Set(['core', 'petition']);
/** attw's esm-only profile: these packages are ES modules; CommonJS and node10 resolution are not offered. */
const IGNORED_RESOLUTIONS = new Set(['node10', 'node16-cjs']);
const packTimeoutMs = 300_000;

interface PackedFile {
  path: string;
}

/**
 * The npm packages as a developer installs them: packed the way `npm publish` packs them
 * (prepack included), then checked with publint and @arethetypeswrong/core.
 */
// Before any pack: prepack rewrites the READMEs' API section.
describe('package READMEs', () => {
  test('each element README documents the API its custom-elements.json declares', async () => {
    await run(process.execPath, [join(root, 'scripts/package-readmes.mjs'), '--check'], { cwd: root });
  });
});

describe('publishable packages', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mocharaka-pack-'));
  const packed = new Map<string, { tarball: string; files: string[]; dir: string }>();
  after(() => rmSync(folder, { recursive: true, force: true }));

  before(async () => {
    for (const name of PUBLISHED) {
      const scripts = PACKED_WITH_PREPACK.has(name) ? [] : ['--ignore-scripts'];
      const { stdout } = await run('npm', ['pack', '--json', ...scripts, '--pack-destination', folder], {
        cwd: join(root, 'packages', name),
        timeout: packTimeoutMs,
        maxBuffer: 16 * 1024 * 1024,
      });
      const [result] = JSON.parse(stdout) as [{ filename: string; files: PackedFile[] }];
      const dir = join(folder, name);
      mkdirSync(dir);
      await run('tar', ['xzf', join(folder, result.filename), '-C', dir]);
      packed.set(name, { tarball: join(folder, result.filename), files: result.files.map((file) => file.path), dir: join(dir, 'package') });
    }
  });

  for (const name of PUBLISHED) {
    test(`@mocharaka/${name}: the tarball holds the build, types, README and LICENSE, no tests`, () => {
      const { files } = packed.get(name)!;
      for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.d.ts']) {
        assert.ok(files.includes(required), `${required} missing from the tarball`);
      }
      if (ELEMENTS.includes(name)) {
        assert.ok(files.includes('custom-elements.json'));
        assert.ok(files.includes(`dist/mocharaka-${name}.js`));
      }
      assert.deepEqual(
        files.filter((file) => /(^|\/)test\/|\.tsbuildinfo$|\.test\.[jt]s$/.test(file)),
        [],
      );
      assert.equal(readFileSync(join(packed.get(name)!.dir, 'LICENSE'), 'utf8'), readFileSync(join(root, 'LICENSE'), 'utf8'));
    });

    test(`@mocharaka/${name}: metadata a registry and a bundler need`, () => {
      const manifest = JSON.parse(readFileSync(join(packed.get(name)!.dir, 'package.json'), 'utf8'));
      for (const field of ['description', 'repository', 'homepage', 'bugs', 'keywords', 'engines', 'types'])
        assert.ok(manifest[field], field);
      assert.equal(manifest.license, 'MIT');
      assert.deepEqual(manifest.publishConfig, { access: 'public' });
      assert.equal(manifest.exports['./package.json'], './package.json');
      if (ELEMENTS.includes(name)) assert.equal(manifest.exports['./custom-elements.json'], './custom-elements.json');
      // Ranges, so an app that already has Lit gets one copy of it.
      for (const [dependency, range] of Object.entries(manifest.dependencies as Record<string, string>)) {
        assert.match(range, /^\^/, `${dependency}@${range}`);
      }
    });

    test(`@mocharaka/${name}: publint finds nothing`, async () => {
      const { dir } = packed.get(name)!;
      const { messages } = await publint({ pkgDir: dir, level: 'suggestion', pack: false, strict: true });
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      assert.deepEqual(
        messages.map((message) => `${message.type}: ${formatMessage(message, manifest)}`),
        [],
      );
    });

    test(`@mocharaka/${name}: its types resolve for ESM consumers (are the types wrong?)`, async () => {
      const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(readFileSync(packed.get(name)!.tarball))));
      assert.ok(analysis.types, 'the package ships types');
      assert.deepEqual(
        analysis.problems.filter((problem) => !('resolutionKind' in problem) || !IGNORED_RESOLUTIONS.has(problem.resolutionKind)),
        [],
      );
    });
  }
});
