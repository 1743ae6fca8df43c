/**
 * `npm run bench` (after the build): runs every file of benchmarks/suite/ in name order,
 * each in its own child process (`.mjs` with node, `.ts` through tsx) stopped on every
 * path, passes its output through, collects its `BENCH {...}` lines and prints them as
 * one table, also written to benchmarks/results/latest.md. `--quick` is passed on
 * (smaller sizes, for a smoke run); `--only 1,3` runs the files whose name starts so.
 * Exits non-zero when a file failed, after the table.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = new URL('..', import.meta.url).pathname;
const SUITE = join(ROOT, 'benchmarks/suite');
const RESULTS = join(ROOT, 'benchmarks/results');

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const only = values.only?.split(',').map((prefix) => prefix.trim());
const files = readdirSync(SUITE)
  .filter((name) => /\.(mjs|ts)$/.test(name) && !name.startsWith('.'))
  .filter((name) => !only || only.some((prefix) => name.startsWith(prefix)))
  .sort();

let current;
const stop = () => current?.kill('SIGTERM');
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});
process.on('SIGTERM', () => {
  stop();
  process.exit(143);
});

function run(file) {
  const args = [
    ...(file.endsWith('.ts') ? ['--conditions=source', '--import', 'tsx'] : []),
    join(SUITE, file),
    ...(values.quick ? ['--quick'] : []),
  ];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: false });
    current = child;
    const lines = [];
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop();
      for (const line of parts) if (line.startsWith('BENCH ')) lines.push(line.slice(6));
    });
    child.on('exit', (code, signal) => {
      current = undefined;
      if (pending.startsWith('BENCH ')) lines.push(pending.slice(6));
      resolve({ file, ok: code === 0, status: signal ?? code, seconds: Math.round((performance.now() - started) / 1000), lines });
    });
  });
}

const results = [];
for (const file of files) {
  process.stdout.write(`\n=== ${file}\n`);
  results.push(await run(file));
}

const rows = [];
for (const result of results) {
  for (const line of result.lines) {
    try {
      rows.push({ file: result.file, ...JSON.parse(line) });
    } catch {
      rows.push({ file: result.file, goal: '?', measure: `unparsable line: ${line.slice(0, 80)}` });
    }
  }
}
const cell = (value) => (value === undefined || value === null ? '' : String(value).replace(/\|/g, '\\|'));
const number = (value, unit) => (value === undefined ? '' : `${value}${unit ? ` ${unit}` : ''}`);
const extra = (value) =>
  value
    ? Object.entries(value)
        .map(([key, inner]) => `${key} ${typeof inner === 'object' ? JSON.stringify(inner) : inner}`)
        .join(', ')
    : '';
const table = [
  '| goal | measure | value | reference | ratio | details |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (row) =>
      `| ${cell(row.goal)} | ${cell(row.measure)} | ${cell(number(row.value, row.unit))} | ${cell(
        row.reference === undefined ? '' : `${row.reference}${row.referenceValue === undefined ? '' : `: ${row.referenceValue}`}`,
      )} | ${cell(row.ratio)} | ${cell(extra(row.extra))} |`,
  ),
];
const summary = results.map((result) => `- ${result.file}: ${result.ok ? 'ok' : `FAILED (${result.status})`}, ${result.seconds} s`);
const report = [
  `# Benchmark results`,
  '',
  `${new Date().toISOString()}, Node ${process.version}${values.quick ? ', --quick' : ''}`,
  '',
  ...table,
  '',
  ...summary,
  '',
].join('\n');
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'latest.md'), report);
process.stdout.write(`\n${report}\nWritten to benchmarks/results/latest.md\n`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
