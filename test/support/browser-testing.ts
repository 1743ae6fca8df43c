/**
 * What every browser test imports instead of `@open-wc/testing`: the same helpers, with two
 * changes that keep a busy machine from turning into failures or hangs.
 * - `waitUntil` waits, by default, most of the (scaled) per-test time limit instead of
 *   1 second, so a condition that is slow to come on a loaded machine is still met.
 * - A failed assertion carries DOM nodes (and other objects that cannot be written as
 *   JSON) in `actual`/`expected` as text: the runner would otherwise try to serialise the
 *   whole element graph for its diff, and the test file never reported its end.
 */
import { chai, waitUntil as openWcWaitUntil } from '@open-wc/testing';
import { TIME_LIMITS } from './time-limits.mjs';

export * from '@open-wc/testing';

interface WtrConfig {
  testFrameworkConfig?: { timeout?: number };
}

/** Mocha's per-test limit as web-test-runner.config.mjs set it (already scaled to the machine). */
export const TEST_TIMEOUT_MS = (globalThis as { __WTR_CONFIG__?: WtrConfig }).__WTR_CONFIG__?.testFrameworkConfig?.timeout ?? 10_000;

/** What a wait defaults to: short of the test's own limit, so its message is the one reported. */
export const WAIT_TIMEOUT_MS = Math.round(TEST_TIMEOUT_MS * 0.8);

/** The run's time-limit scale (test/support/timeouts.mjs), read back from mocha's scaled limit. */
export const TIME_SCALE = TEST_TIMEOUT_MS / TIME_LIMITS.browserTest;

/** An idle-machine duration scaled like every other limit: for `this.timeout(scaled(30_000))`. */
export const scaled = (idleMs: number) => Math.round(idleMs * TIME_SCALE);

/** `timeout`, when given, is an idle-machine duration and is scaled; the default is `WAIT_TIMEOUT_MS`. */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  const timeout = options.timeout === undefined ? WAIT_TIMEOUT_MS : scaled(options.timeout);
  return openWcWaitUntil(predicate, message, { ...options, timeout });
}

const DESCRIBED_MAX = 2_000;

/** A value an assertion error can carry to the runner: primitives and plain data as they are. */
export function reportable(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Node) {
    const markup = value instanceof Element ? value.outerHTML : (value.textContent ?? value.nodeName);
    return markup.length > DESCRIBED_MAX ? `${markup.slice(0, DESCRIBED_MAX)}…` : markup;
  }
  try {
    const json = JSON.stringify(value);
    if (json !== undefined && json.length <= 50_000) return value;
  } catch {
    // Cyclic: described below.
  }
  return Object.prototype.toString.call(value);
}

type AssertFunction = (this: Chai.AssertionStatic, ...args: unknown[]) => void;
const prototype = chai.Assertion.prototype as unknown as { assert: AssertFunction; reportableErrors?: true };
if (!prototype.reportableErrors) {
  const assert = prototype.assert;
  prototype.assert = function (this: Chai.AssertionStatic, ...args: unknown[]) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error instanceof chai.AssertionError) {
        const failure = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
        failure.actual = reportable(failure.actual);
        failure.expected = reportable(failure.expected);
      }
      throw error;
    }
  };
  prototype.reportableErrors = true;
}
