// No Node import: browser tests read these too (test/support/browser-testing.ts).
/**
 * Every time limit of the test suites, in milliseconds on an idle machine, multiplied by
 * one scale: `MOCHARAKA_TEST_TIMEOUT_SCALE` when set (scripts/test.mjs sets it for its
 * children from a CPU calibration), otherwise the load average per core (at least 1).
 */
export const TIME_LIMITS = {
  /** A reference server process answering /v1/health after its start. */
  serverHealthy: 60_000,
  /** A server process stopping after SIGTERM before it is killed. */
  serverStop: 10_000,
  /** One browser test (mocha's per-test timeout). */
  browserTest: 10_000,
  /** Chromium starting. */
  browserStart: 30_000,
  /** A browser test file starting to run once its page is open. */
  testsStart: 60_000,
  /**
   * A browser test file running to its end (the longest take about a minute idle). The
   * 6-minute stalls once seen here were a failed assertion about a DOM node that the runner
   * could not report; test/support/browser-testing.ts now makes those reportable.
   */
  testsFinish: 300_000,
  /** One node:test file (the crash and load tests are the longest, about a minute idle). */
  nodeTestFile: 300_000,
};
