#!/usr/bin/env node
// `npm test`: builds, then runs every suite — the size budget, the server tests (PGlite,
// and PostgreSQL too when DATABASE_URL is set) and the browser tests in Chromium — and
// ends with one line `N passed, N failed` totalling them all.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../test/support/chromium.mjs';

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => { output += chunk; process.stdout.write(chunk); });
    child.stderr.on('data', (chunk) => { output += chunk; process.stderr.write(chunk); });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function lastCounts(text) {
  const matches = [...text.matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = matches.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
}

const totals = { passed: 0, failed: 0 };
function add(name, counts, exitCode) {
  if (!counts) {
    console.error(`\n${name}: no test count found (exit code ${exitCode}); counted as one failure.`);
    totals.failed += 1;
    return;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (exitCode !== 0 && counts.failed === 0) totals.failed += 1;
}

try {
  findChromium();
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const build = await run('node', ['scripts/build.mjs']);
if (build.code !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

console.log('\n== Size budget ==');
const size = await run('node', ['scripts/size-budget.mjs']);
add('size budget', lastCounts(size.output), size.code);

console.log('\n== Server and Node tests ==' + (process.env.DATABASE_URL ? ' (PGlite and PostgreSQL)' : ' (PGlite; set DATABASE_URL to add PostgreSQL)'));
const tap = join(mkdtempSync(join(tmpdir(), 'mocharaka-tap-')), 'server.tap');
const server = await run('node', [
  '--import', 'tsx', '--test', '--test-concurrency=1',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  // Node 20's test runner does not expand globs itself.
  ...['packages/server/test', 'test/node'].flatMap((dir) =>
    readdirSync(dir).filter((file) => file.endsWith('.test.ts')).map((file) => `${dir}/${file}`),
  ),
], { MOCHARAKA_LOG: 'silent' });
const tapText = (() => { try { return readFileSync(tap, 'utf8'); } catch { return ''; } })();
const pass = tapText.match(/^# pass (\d+)/m);
const fail = tapText.match(/^# fail (\d+)/m);
add('server tests', pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined, server.code);

console.log('\n== Browser tests (Chromium) ==');
const browser = await run('npx', ['web-test-runner']);
add('browser tests', lastCounts(browser.output), browser.code);

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
