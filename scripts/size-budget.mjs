#!/usr/bin/env node
// Size budget: each element's standalone entry, with every chunk it loads statically
// (Lit, core, ky, zod) and its Arabic catalogues, minified and gzipped, must stay
// within 25 kB (target 20 kB). Run after `vite build`; prints the table and a
// `N passed, N failed` line; exits 1 when an element is over budget.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 25 * 1024;
const TARGET = 20 * 1024;
const OUT = 'dist-standalone';

const manifest = JSON.parse(readFileSync(`${OUT}/.vite/manifest.json`, 'utf8'));
const gzipped = (file) => gzipSync(readFileSync(`${OUT}/${file}`), { level: 9 }).length;
const kB = (bytes) => (bytes / 1024).toFixed(1);

function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(imported, seen);
  return seen;
}

const rows = [];
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry) continue;
  const closure = staticClosure(key);
  const arabic = new Set();
  for (const member of closure) {
    for (const dynamic of manifest[member].dynamicImports ?? []) {
      if (dynamic.endsWith('generated/locales/ar.ts')) arabic.add(dynamic);
    }
  }
  const files = [...closure, ...arabic].map((member) => manifest[member].file);
  const bytes = files.reduce((sum, file) => sum + gzipped(file), 0);
  rows.push({ element: chunk.name, files: files.length, gzipBytes: bytes, ok: bytes <= BUDGET });
}

console.log('element                     files   gzip kB   budget 25 kB (target 20)');
for (const row of rows) {
  const verdict = row.ok ? (row.gzipBytes <= TARGET ? 'ok' : 'ok, above target') : 'OVER BUDGET';
  console.log(`${row.element.padEnd(28)}${String(row.files).padStart(5)}${kB(row.gzipBytes).padStart(10)}   ${verdict}`);
}
mkdirSync('benchmarks/results', { recursive: true });
writeFileSync('benchmarks/results/bundle-size.json', JSON.stringify(rows, null, 2) + '\n');
const failed = rows.filter((row) => !row.ok).length;
console.log(`${rows.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
