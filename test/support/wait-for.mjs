/** A condition that did not come true in time, or a child process that exited while waited for. */
export class WaitError extends Error {}

/**
 * Polls `check` until it returns a value other than `undefined`/`false`, and returns it.
 * Throws after `timeoutMs`, or as soon as `child` (when given: a Child of child-process.mjs) exits.
 * @template T
 * @param {() => Promise<T | undefined | false> | T | undefined | false} check
 * @param {{ timeoutMs: number, intervalMs?: number, what: string, child?: { running: boolean, name: string, stderr: string, exited(): Promise<{ code: number | null, signal: string | null }> } }} options
 * @returns {Promise<T>}
 */
export async function waitFor(check, { timeoutMs, intervalMs = 100, what, child }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (child && !child.running) {
      const { code, signal } = await child.exited();
      throw new WaitError(`${what}: ${child.name} exited (code ${code}, signal ${signal}) first.\n${child.stderr}`);
    }
    if (Date.now() >= deadline) {
      throw new WaitError(`${what}: not within ${Math.round(timeoutMs / 1000)} s.${child ? `\n${child.stderr}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
