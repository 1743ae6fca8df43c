import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * A web-test-runner reporter that writes one record per test file to `path` (JSON): its
 * tests passed, failed and skipped, the errors that kept it from loading or running, and
 * how long it took. scripts/test.mjs reads it to count every file, including those that
 * never started, and to list the slowest.
 */
export function fileResultsReporter(path) {
  const files = new Map();
  let last = Date.now();

  function count(suite, totals) {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed.push(test.name);
    }
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  }

  function record(session, durationMs) {
    const file = relative(process.cwd(), session.testFile);
    const totals = count(session.testResults, { passed: 0, failed: [], skipped: 0 });
    files.set(file, {
      file,
      passed: totals.passed,
      failed: totals.failed.length,
      failedTests: totals.failed,
      skipped: totals.skipped,
      errors: session.errors.map((error) => error.message),
      ok: session.passed === true && session.errors.length === 0,
      durationMs: durationMs ?? files.get(file)?.durationMs ?? 0,
    });
  }

  return {
    start({ testFiles }) {
      last = Date.now();
      for (const testFile of testFiles) {
        const file = relative(process.cwd(), testFile);
        files.set(file, { file, passed: 0, failed: 0, failedTests: [], skipped: 0, errors: ['never reported'], ok: false, durationMs: 0 });
      }
    },
    reportTestFileResults({ sessionsForTestFile }) {
      const now = Date.now();
      for (const session of sessionsForTestFile) record(session, now - last);
      last = now;
    },
    onTestRunFinished({ sessions }) {
      for (const session of sessions) record(session);
      writeFileSync(path, JSON.stringify([...files.values()], null, 2));
    },
    stop({ sessions }) {
      for (const session of sessions) record(session);
      writeFileSync(path, JSON.stringify([...files.values()], null, 2));
    },
  };
}
