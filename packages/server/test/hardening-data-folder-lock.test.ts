import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { startChild, type Child } from '../../../test/support/child-process.mjs';
import { waitFor } from '../../../test/support/wait-for.mjs';
import { DataFolderLockedError, lockDataFolder } from '../src/db/data-folder-lock.js';
import { initialisedDataFolder } from '../../../test/support/pglite-template.mjs';

const REPO = join(import.meta.dirname, '../../..');
const FIXTURE = join(import.meta.dirname, 'fixtures/hold-data-folder.ts');

/** Whether this machine lets us make a PID namespace (root, or unprivileged user namespaces). */
const unshareAllowed = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0;

describe('the PGlite data folder lock', () => {
  const folders: string[] = [];
  const children: Child[] = [];
  after(async () => {
    for (const child of children) await child.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  test(
    'a server killed (SIGKILL) as PID 1 restarts as PID 1 on the same folder',
    { skip: !unshareAllowed && 'unshare --pid is not permitted here' },
    async () => {
      const dataDir = await initialisedDataFolder();
      folders.push(dataDir);
      const start = async () => {
        const child = startChild(
          'unshare',
          ['--pid', '--fork', '--mount-proc', process.execPath, '--conditions=source', '--import', 'tsx', FIXTURE, dataDir],
          {
            cwd: REPO,
            stdout: 'pipe',
            name: 'PGlite as PID 1',
          },
        );
        children.push(child);
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => (out += chunk));
        const line = await waitFor(() => /^ready (\d+) (\d+)$/m.exec(out) ?? undefined, {
          timeoutMs: 60_000,
          what: 'the data folder opened',
          child,
        });
        return { child, starts: Number(line[1]), pid: Number(line[2]) };
      };
      const first = await start();
      assert.deepEqual([first.starts, first.pid], [1, 1]);
      await first.child.kill(); // SIGKILL: the lock stays behind, naming PID 1
      assert.match(statSync(join(dataDir, 'server.lock')).isFile() ? 'lock left' : '', /lock left/);
      const second = await start();
      assert.deepEqual([second.starts, second.pid], [2, 1], "the restarted PID 1 took over its predecessor's lock and kept the data");
      await second.child.stop();
    },
  );

  test('in one process the folder cannot be opened twice; a live owner of another start time is not the owner', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mocharaka-lock-'));
    folders.push(dataDir);
    const unlock = lockDataFolder(dataDir);
    assert.throws(
      () => lockDataFolder(dataDir),
      (error) => error instanceof DataFolderLockedError && /\(this one\)/.test(error.message),
    );
    unlock();
    // A lock naming a live process (our parent) but recorded with another start time: that PID was reused.
    writeFileSync(join(dataDir, 'server.lock'), JSON.stringify({ pid: process.ppid, startTime: '1' }));
    lockDataFolder(dataDir)();
    // A lock naming a live process with no start time (an older server's bare PID) is respected.
    writeFileSync(join(dataDir, 'server.lock'), String(process.ppid));
    assert.throws(() => lockDataFolder(dataDir), DataFolderLockedError);
  });
});
