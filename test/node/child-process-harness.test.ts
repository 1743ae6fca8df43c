/**
 * The shared child-process helper (test/support/child-process.mjs) leaves no process behind
 * on any path: a server that never becomes healthy, a test process that returns, throws or is
 * interrupted without stopping its child.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { startChild, waitUntilHealthy } from '../support/child-process.mjs';
import { freePort } from '../support/reference-server.mjs';
import { limit } from '../support/timeouts.mjs';
import { waitFor } from '../support/wait-for.mjs';

const OWNER = join(import.meta.dirname, 'fixtures/child-owner.mjs');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, what: string): Promise<void> {
  await waitFor(() => !alive(pid), { timeoutMs: limit(5_000), what: `${what} (pid ${pid}) gone` });
}

function withoutTestContext(): NodeJS.ProcessEnv {
  const { NODE_TEST_CONTEXT: _parent, ...env } = process.env;
  return env;
}

/** A "server" that never listens and starts a helper process of its own, which ignores SIGTERM. */
const NEVER_HEALTHY = `
  const { spawn } = require('node:child_process');
  const helper = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  process.stdout.write(helper.pid + '\\n');
  setInterval(() => {}, 1000);
`;

async function firstLine(stream: NodeJS.ReadableStream): Promise<number> {
  let text = '';
  for await (const chunk of stream) {
    text += chunk;
    if (text.includes('\n')) return Number(text.split('\n')[0]);
  }
  throw new Error(`no line before the end: ${JSON.stringify(text)}`);
}

test('a child server that never becomes healthy is stopped with its own children', async () => {
  const server = startChild(process.execPath, ['-e', NEVER_HEALTHY], { name: 'never-healthy server', stdout: 'pipe' });
  try {
    const helperPid = await firstLine(server.stdout!);
    const url = `http://127.0.0.1:${await freePort()}/v1/health`;
    await assert.rejects(waitUntilHealthy(server, url, 1_500), /answering: not within/);
    assert.equal(server.running, false, 'the server is stopped before the error is thrown');
    await gone(server.pid!, 'the server');
    await gone(helperPid, "the server's own child");
  } finally {
    await server.stop();
  }
});

test('a child that exits before it is healthy fails the wait at once, with its stderr', async () => {
  const server = startChild(process.execPath, ['-e', 'console.error("port in use"); process.exit(3)'], { name: 'crashing server' });
  try {
    const url = `http://127.0.0.1:${await freePort()}/v1/health`;
    await assert.rejects(waitUntilHealthy(server, url, limit(30_000)), /exited \(code 3[^]*port in use/);
  } finally {
    await server.stop();
  }
});

const ENDINGS = {
  passes: { args: ['--test', '--test-force-exit', OWNER], expect: { code: 0 } },
  throws: { args: [OWNER], expect: { code: 1 } },
  'waits-for-signal': { args: [OWNER], expect: { signal: 'SIGTERM' } },
} as const;

for (const [ending, { args, expect }] of Object.entries(ENDINGS)) {
  test(`a test file that ${ending.replace(/-/g, ' ')} without stopping its child ends, and leaves none behind`, async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'mocharaka-harness-')), 'pid');
    const owner = startChild(process.execPath, args, {
      name: `child owner (${ending})`,
      // Without NODE_TEST_CONTEXT the owner's `node --test` is a runner of its own, not a subtest of this one.
      env: { ...withoutTestContext(), CHILD_OWNER_ENDING: ending, CHILD_OWNER_PID_FILE: pidFile },
    });
    try {
      // A pid, once the owner has written it (never 0: `process.kill(0)` would test this process group).
      const childPid = await waitFor(() => (existsSync(pidFile) && Number(readFileSync(pidFile, 'utf8'))) || undefined, {
        timeoutMs: limit(20_000),
        what: 'the child pid written',
        child: owner,
      });
      if (ending === 'waits-for-signal') process.kill(owner.pid!, 'SIGTERM');
      const ended = await owner.exited();
      if ('code' in expect) assert.equal(ended.code, expect.code, owner.stderr);
      if ('signal' in expect) assert.equal(ended.signal, expect.signal);
      await gone(childPid, 'the child');
    } finally {
      await owner.stop();
      rmSync(dirname(pidFile), { recursive: true, force: true });
    }
  });
}
