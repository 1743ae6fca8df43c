import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openPglite } from '../src/db/pglite.js';
import { initialisedDataFolder } from '../../../test/support/pglite-template.mjs';

const NOBODY = { uid: 65534, gid: 65534 };
const isRoot = process.getuid?.() === 0;

function everyPath(folder: string): string[] {
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  return [folder, ...entries.filter((entry) => !entry.isSymbolicLink()).map((entry) => join(entry.parentPath, entry.name))];
}

describe('the PGlite data folder modes', () => {
  const folders: string[] = [];
  after(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  test(
    'the folder is private to the server user: mode 0700, files without group/other bits, even when it existed with wide modes',
    { skip: !isRoot && 'needs root to act as another user (nobody)' },
    async () => {
      const dataDir = await initialisedDataFolder();
      folders.push(dataDir);
      // As an operator's `mkdir` and an older server left it: world-readable, some files world-writable.
      for (const path of everyPath(dataDir)) chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o666);
      mkdirSync(join(dataDir, 'extra'), { mode: 0o777 });
      chmodSync(join(dataDir, 'extra'), 0o777);
      const canary = `canary-adhesion-${process.pid}-${Date.now()}`;
      const db = await openPglite(dataDir);
      try {
        await db.query('CREATE TABLE canary (text text)');
        await db.query('INSERT INTO canary VALUES ($1)', [canary]);
      } finally {
        await db.close();
      }
      const wide = everyPath(dataDir).filter((path) => (statSync(path).mode & 0o077) !== 0);
      assert.deepEqual(wide, [], 'no file or folder keeps group or other permissions');
      assert.equal(statSync(dataDir).mode & 0o777, 0o700);
      // What another local account sees: nothing, not even the names.
      const asNobody = spawnSync('grep', ['-rl', canary, dataDir], { ...NOBODY, encoding: 'utf8' });
      assert.equal(asNobody.stdout, '');
      assert.match(asNobody.stderr, /Permission denied/);
      const listing = spawnSync('ls', [join(dataDir, 'pgdata')], { ...NOBODY, encoding: 'utf8' });
      assert.notEqual(listing.status, 0);
      // The server's own user still finds its data.
      assert.ok(spawnSync('grep', ['-rl', canary, dataDir], { encoding: 'utf8' }).stdout.length > 0);
    },
  );
});
