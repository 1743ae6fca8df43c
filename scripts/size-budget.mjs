#!/usr/bin/env node
// Size budget: what the browser waits for before an element can paint, in the default
// language: its standalone entry, every chunk it imports statically (Lit, core, and what
// it always needs, such as the consultation's question renderers) and the Arabic
// catalogues of those chunks (none since the standalone build has the Arabic strings in
// its code: packages/loader/build/inline-default-locale.ts), each file gzipped on its own
// (level 9) as the server sends it. Lazy chunks of other paths (submitting, results, printing) and other languages are
// not counted. The loader line (`mocharaka.js`) is shown apart: a page pays it once for
// all its elements. Run after `vite build`; prints the table and `N passed, N failed`;
// exits 1 when an element is over budget. Brotli sizes are printed beside for reference.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DEFAULT_LOCALE } from '../packages/core/dist/localization/locales.js';
import { ATTRIBUTE_MODULES } from '../packages/loader/dist/build/attribute-modules.js';

export const BUDGET = 24 * 1024;
export const TARGET = 20 * 1024;
/** Another build of the folder can be measured: `node scripts/size-budget.mjs --dir /tmp/other`. */
const OUT = process.argv.includes('--dir') ? process.argv[process.argv.indexOf('--dir') + 1] : 'dist-standalone';
const LOADER = 'mocharaka';

const manifest = JSON.parse(readFileSync(`${OUT}/.vite/manifest.json`, 'utf8'));
const bytesOf = (file) => readFileSync(`${OUT}/${file}`);
const gzipped = (file) => gzipSync(bytesOf(file), { level: 9 }).length;
const brotlied = (file) => brotliCompressSync(bytesOf(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (bytes) => (bytes / 1024).toFixed(1);
const defaultCatalogue = new RegExp(`/generated/locales/${DEFAULT_LOCALE}\\.ts$`);

function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(imported, seen);
  return seen;
}

/** The files one entry (and the lazy modules a tag's attribute calls for) make the browser wait for, in the default locale. */
export function waitedFor(key, lazyModules = []) {
  const closure = new Set();
  for (const member of [key, ...lazyModules]) staticClosure(member, closure);
  const catalogues = new Set();
  for (const member of closure) {
    for (const dynamic of manifest[member].dynamicImports ?? []) if (defaultCatalogue.test(dynamic)) catalogues.add(dynamic);
  }
  return [...closure, ...catalogues].map((member) => manifest[member].file);
}

function measure({ element, files }) {
  const sum = (size) => files.reduce((total, file) => total + size(file), 0);
  return { element, files: files.length, gzipBytes: sum(gzipped), brotliBytes: sum(brotlied), fileNames: files };
}

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
/** The manifest keys of the loader and of each element's entry. */
export const loaderKey = entries.find((key) => manifest[key].name === LOADER);
export const elementKeys = entries.filter((key) => key !== loaderKey);

/**
 * What is measured: each element as its tag is usually written, and once more for each
 * attribute value that makes it wait for lazy modules too (packages/loader/build/attribute-modules.ts:
 * `mocharaka-satisfaction[mode=button]`), with the files each waits for.
 */
export function measuredTags() {
  return elementKeys.flatMap((key) => {
    const name = manifest[key].name;
    const byAttribute = ATTRIBUTE_MODULES[name];
    const variants = Object.entries(byAttribute?.values ?? {})
      .map(([value, modules]) => ({ value, keys: modules.map((module) => `packages/${module}`) }))
      // A build made before those modules were split off (`--dir` of an older one) has no such variant.
      .filter(({ keys }) => keys.every((module) => manifest[module]))
      .map(({ value, keys }) => ({ element: `${name}[${byAttribute.attribute}=${value}]`, files: waitedFor(key, keys) }));
    return [{ element: name, files: waitedFor(key) }, ...variants];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measuredTags()
    .map((tag) => measure(tag))
    .map((row) => ({ ...row, ok: row.gzipBytes <= BUDGET }));
  const loader = loaderKey ? measure({ element: LOADER, files: waitedFor(loaderKey) }) : undefined;
  console.log(`element                                  files   gzip kB   brotli kB   budget ${kB(BUDGET)} kB (target ${kB(TARGET)})`);
  for (const row of rows) {
    const verdict = row.ok ? (row.gzipBytes <= TARGET ? 'ok' : `ok, ${kB(row.gzipBytes - TARGET)} kB above target`) : 'OVER BUDGET';
    console.log(
      `${row.element.padEnd(41)}${String(row.files).padStart(5)}${kB(row.gzipBytes).padStart(10)}${kB(row.brotliBytes).padStart(12)}   ${verdict}`,
    );
  }
  if (loader)
    console.log(
      `${'+ loader (mocharaka.js)'.padEnd(41)}${'1'.padStart(5)}${kB(loader.gzipBytes).padStart(10)}${kB(loader.brotliBytes).padStart(12)}   once per page`,
    );
  mkdirSync('benchmarks/results', { recursive: true });
  writeFileSync('benchmarks/results/bundle-size.json', JSON.stringify({ rows, loader }, null, 2) + '\n');
  const failed = rows.filter((row) => !row.ok).length;
  console.log(`${rows.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
