import { spawn } from 'node:child_process';
import { limit } from './timeouts.mjs';
import { waitFor } from './wait-for.mjs';

/**
 * The one way tests start a child process. Each child leads its own process group
 * (`detached`), so stopping it stops whatever it started too (`kill(-pid)`), and every
 * child still alive when the test process exits, is interrupted or throws is killed with
 * its group. A forgotten child would still keep its test file alive: node:test files run
 * with `--test-force-exit` (scripts/test.mjs), and the exit hook here then kills the child.
 */

const running = new Set();
const STDERR_KEPT = 8_000;

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

function killAllNow() {
  for (const child of running) signalGroup(child, 'SIGKILL');
  running.clear();
}

let hooked = false;
function hookProcessEnd() {
  if (hooked) return;
  hooked = true;
  process.on('exit', killAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killAllNow();
      // Die of the signal as if unhandled, unless the host (a test runner) handles it itself.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

/**
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, stdout?: 'ignore' | 'pipe' | 'inherit', stderr?: 'ignore' | 'pipe' | 'inherit', name?: string }} [options]
 */
export function startChild(command, args, options = {}) {
  hookProcessEnd();
  const child = spawn(command, [...args], {
    env: options.env ?? process.env,
    cwd: options.cwd,
    detached: true,
    stdio: ['ignore', options.stdout ?? 'ignore', options.stderr ?? 'pipe'],
  });
  return new Child(child, options.name ?? [command, ...args].join(' '));
}

export class Child {
  #child;
  #stderr = '';
  #exited;

  constructor(child, name) {
    this.#child = child;
    this.name = name;
    running.add(child);
    this.#exited = new Promise((resolve) => {
      // 'close' comes once stderr is read to its end; a grandchild holding the pipe open
      // would delay it forever, hence the bounded wait after 'exit'.
      child.once('close', (code, signal) => resolve({ code, signal }));
      child.once('exit', (code, signal) => {
        running.delete(child);
        setTimeout(() => resolve({ code, signal }), 1_000).unref();
      });
      child.once('error', (error) => {
        running.delete(child);
        this.#stderr += String(error);
        resolve({ code: null, signal: null, error });
      });
    });
    child.stderr?.on('data', (chunk) => {
      this.#stderr = (this.#stderr + chunk).slice(-STDERR_KEPT);
    });
  }

  get pid() {
    return this.#child.pid;
  }

  /** @returns {import('node:stream').Readable | null} */
  get stdout() {
    return this.#child.stdout;
  }

  /** The last few kilobytes the child wrote to stderr (when piped). */
  get stderr() {
    return this.#stderr;
  }

  get running() {
    return this.#child.exitCode === null && this.#child.signalCode === null && running.has(this.#child);
  }

  /** Resolves with the exit code and signal once the child has exited. */
  exited() {
    return this.#exited;
  }

  /** SIGKILL to the whole group: no shutdown handler runs, as in a crash or an OOM kill. */
  async kill() {
    if (!this.running) return this.#exited;
    signalGroup(this.#child, 'SIGKILL');
    return this.#exited;
  }

  /** SIGTERM to the group, then SIGKILL if it has not exited within the stop limit. Safe to call twice. */
  async stop() {
    if (!this.running) {
      signalGroup(this.#child, 'SIGKILL'); // grandchildren left by a child that exited on its own
      return this.#exited;
    }
    signalGroup(this.#child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(this.#child, 'SIGKILL'), limit('serverStop'));
    try {
      return await this.#exited;
    } finally {
      clearTimeout(timer);
      signalGroup(this.#child, 'SIGKILL');
    }
  }
}

/** True once `url` answers 2xx; false while nothing listens or it answers otherwise. */
export async function answersOk(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Waits until `url` answers 2xx. If it does not within the limit, or the child exits,
 * the child is stopped (with its group) before the error is thrown.
 * @param {Child} child
 * @param {string} url
 * @param {number} [timeoutMs]
 */
export async function waitUntilHealthy(child, url, timeoutMs = limit('serverHealthy')) {
  try {
    await waitFor(() => answersOk(url), { timeoutMs, what: `${url} answering`, child });
  } catch (error) {
    await child.stop();
    throw error;
  }
}
