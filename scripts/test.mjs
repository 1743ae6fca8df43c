#!/usr/bin/env node
// `npm test`: builds, then runs side by side the Node tests (PGlite, and PostgreSQL too when
// DATABASE_URL is set) and one lane of the static checks (tsc over tests and stories, ESLint,
// Prettier), the size budget and the browser tests in Chromium; then checks that every test
// file on disk was reported, lists the slowest files and ends with one line `N passed, N failed`
// totalling them all.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { findChromium } from '../test/support/chromium.mjs';
import { startChild } from '../test/support/child-process.mjs';
import { ensurePgliteMemoryTemplate, ensurePgliteTemplate } from '../test/support/pglite-template.mjs';
import { browserTestFiles, nodeTestFiles } from '../test/support/test-files.mjs';
import { calibratedScale, limit } from '../test/support/timeouts.mjs';

/**
 * Node test files run one more at a time than there are cores (each makes its own schema, data
 * folder and ports; many spend most of their time waiting on a child process), beside one more
 * lane: the static checks one after another, then the browser tests.
 */
const NODE_CONCURRENCY = availableParallelism() + 1;
/** How many of our own busy lanes share each core: the time limits stretch by it. */
const OWN_LOAD = Math.max(1, (NODE_CONCURRENCY + 1) / availableParallelism());
const SLOWEST_SHOWN = 10;

const measuredScale = process.env.MOCHARAKA_TEST_TIMEOUT_SCALE ? undefined : calibratedScale();
if (measuredScale !== undefined) process.env.MOCHARAKA_TEST_TIMEOUT_SCALE = String(Math.round(measuredScale * OWN_LOAD * 10) / 10);
const work = mkdtempSync(join(tmpdir(), 'mocharaka-test-run-'));
const started = Date.now();

/** Every counted outcome: a test, a check (build, lint …) or a file that never ran. */
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const steps = [];
const files = [];

function fail(name) {
  totals.failed += 1;
  failures.push(name);
}

/** Runs one step; with `buffered`, its output is printed in one piece when it ends (for steps run side by side). */
async function step(name, command, args, { env = {}, capture = false, buffered = false } = {}) {
  if (!buffered) console.log(`\n== ${name} ==`);
  const begin = Date.now();
  const child = startChild(command, args, {
    name,
    env: { ...process.env, ...env },
    stdout: capture || buffered ? 'pipe' : 'inherit',
    stderr: buffered ? 'pipe' : 'inherit',
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
    if (!buffered) process.stdout.write(chunk);
  });
  const { code } = await child.exited();
  if (buffered) console.log(`\n== ${name} ==\n${output}${child.stderr}`);
  const result = { name, code: code ?? 1, output, seconds: (Date.now() - begin) / 1000 };
  steps.push(result);
  return result;
}

/** A step that is one check: it passes when it exits 0. */
async function check(name, command, args, options) {
  const result = await step(name, command, args, options);
  if (result.code === 0) totals.passed += 1;
  else fail(`${name} (exit code ${result.code})`);
  return result;
}

function readJsonLines(path) {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** Adds per-file results and counts every file found on disk but missing from them as failed. */
function account(kind, found, reported) {
  const byFile = new Map(reported.map((result) => [result.file, result]));
  for (const result of reported) {
    totals.passed += result.passed;
    totals.failed += result.failed;
    totals.skipped += result.skipped;
    for (const test of result.failedTests) failures.push(`${result.file}: ${test}`);
    if (!result.ok && result.failed === 0) fail(`${result.file}: did not run (${result.errors.join('; ') || 'no result'})`);
    files.push({ kind, ...result });
  }
  for (const file of found) if (!byFile.has(file)) fail(`${file}: found on disk, never reported`);
  const extra = reported.filter((result) => !found.includes(result.file)).map((result) => result.file);
  return { found: found.length, reported: reported.filter((result) => found.includes(result.file)).length, extra };
}

function nodeResults(path, found) {
  const perFile = new Map(
    found.map((file) => [file, { file, passed: 0, failed: 0, failedTests: [], skipped: 0, errors: [], ok: true, durationMs: 0 }]),
  );
  for (const event of readJsonLines(path)) {
    const file = event.file ? relative(process.cwd(), event.file) : '(unknown file)';
    if (!perFile.has(file))
      perFile.set(file, { file, passed: 0, failed: 0, failedTests: [], skipped: 0, errors: [], ok: true, durationMs: 0 });
    const result = perFile.get(file);
    result.seen = true;
    if (event.nesting === 0) result.durationMs += event.durationMs;
    if (event.suite) {
      if (event.outcome === 'failed') result.ok = false;
      if (event.outcome === 'skipped') result.skipped += 1;
      continue;
    }
    if (event.outcome === 'passed') result.passed += 1;
    else if (event.outcome === 'skipped') result.skipped += 1;
    else {
      result.failed += 1;
      result.failedTests.push(event.name);
    }
  }
  return [...perFile.values()].filter((result) => result.seen);
}

try {
  findChromium();
} catch (error) {
  console.error(error.message);
  fail('Chromium not found');
}
console.log(
  `Time limits scaled by ${process.env.MOCHARAKA_TEST_TIMEOUT_SCALE} (MOCHARAKA_TEST_TIMEOUT_SCALE` +
    (measuredScale === undefined ? ')' : `, unset: this machine's ${measuredScale} × ${OWN_LOAD} for the run's own lanes side by side)`) +
    '.',
);

await check('Build', 'node', ['scripts/build.mjs']);

async function staticChecks() {
  await check('Type-check tests and stories (tsc -p tsconfig.tests.json)', 'npx', ['tsc', '-p', 'tsconfig.tests.json'], { buffered: true });
  await check('Lint (ESLint)', 'npx', ['eslint', '--max-warnings=0', '.'], { buffered: true });
  await check('Format (Prettier --check)', 'npx', ['prettier', '--check', '--log-level=warn', '.'], { buffered: true });
  const size = await step('Size budget', 'node', ['scripts/size-budget.mjs'], { buffered: true });
  const sizeCounts = [...size.output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (sizeCounts) {
    totals.passed += Number(sizeCounts[1]);
    totals.failed += Number(sizeCounts[2]);
    if (size.code !== 0 && Number(sizeCounts[2]) === 0) fail(`size budget (exit code ${size.code})`);
  } else fail(`size budget: no count printed (exit code ${size.code})`);
}

async function nodeTests() {
  const nodeFiles = nodeTestFiles();
  // Made here once, not by the first files side by side, each running initdb for the same result.
  await ensurePgliteTemplate();
  await ensurePgliteMemoryTemplate();
  const nodeJson = join(work, 'node.jsonl');
  const nodeRun = await step(
    `Node tests, ${NODE_CONCURRENCY} files at a time` +
      (process.env.DATABASE_URL ? ' (PGlite and PostgreSQL)' : ' (PGlite; set DATABASE_URL to add PostgreSQL)'),
    'node',
    [
      '--import',
      'tsx',
      '--test',
      `--test-concurrency=${NODE_CONCURRENCY}`,
      '--test-force-exit',
      `--test-timeout=${limit('nodeTestFile')}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./test/support/node-test-results.mjs',
      '--test-reporter-destination=/dev/null',
      ...nodeFiles,
    ],
    { env: { MOCHARAKA_LOG: 'silent', MOCHARAKA_NODE_RESULTS: nodeJson } },
  );
  const count = account('node', nodeFiles, nodeResults(nodeJson, nodeFiles));
  if (nodeRun.code !== 0 && !failures.some((name) => nodeFiles.some((file) => name.startsWith(file))))
    fail(`Node tests (exit code ${nodeRun.code})`);
  return count;
}

async function browserTests() {
  const browserFiles = browserTestFiles();
  const browserJson = join(work, 'browser.json');
  const browserRun = await step('Browser tests (Chromium)', 'npx', ['web-test-runner'], {
    env: { MOCHARAKA_WTR_RESULTS: browserJson },
    buffered: true,
  });
  const browserReported = existsSync(browserJson) ? JSON.parse(readFileSync(browserJson, 'utf8')) : [];
  const count = account('browser', browserFiles, browserReported);
  if (browserRun.code !== 0 && !failures.some((name) => browserFiles.some((file) => name.startsWith(file))))
    fail(`Browser tests (exit code ${browserRun.code})`);
  return count;
}

// The Node tests stream their output; the other lane's steps print theirs in one piece as each ends.
const [nodeFilesCount, browserFilesCount] = await Promise.all([
  nodeTests(),
  (async () => {
    await staticChecks();
    return browserTests();
  })(),
]);

rmSync(work, { recursive: true, force: true });

console.log('\n== Where the time went ==');
for (const { name, code, seconds } of steps) console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${seconds.toFixed(0).padStart(5)} s  ${name}`);
console.log(`     ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s  in all`);
console.log(`\nSlowest test files:`);
for (const file of [...files].sort((a, b) => b.durationMs - a.durationMs).slice(0, SLOWEST_SHOWN)) {
  console.log(`  ${(file.durationMs / 1000).toFixed(1).padStart(6)} s  ${file.file}`);
}
for (const [kind, count] of [
  ['Node', nodeFilesCount],
  ['Browser', browserFilesCount],
]) {
  console.log(
    `${kind} test files: ${count.found} found on disk, ${count.reported} reported` +
      (count.extra.length ? `, and reported but not found: ${count.extra.join(', ')}` : ''),
  );
}
if (totals.skipped) console.log(`${totals.skipped} skipped (see above why; e.g. PostgreSQL tests without DATABASE_URL)`);
if (failures.length) {
  console.log('\nFailed:');
  for (const name of failures) console.log(`  ✗ ${name}`);
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
