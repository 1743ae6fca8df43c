import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DataFolderLockedError } from '../src/db/data-folder-lock.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { initialisedDataFolder } from '../../../test/support/pglite-template.mjs';

describe('embedded PGlite store', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await initialisedDataFolder();
  });
  after(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a second open of the same folder fails fast with a clear message', async () => {
    const db = await openPglite(dataDir);
    try {
      await assert.rejects(openPglite(dataDir), (error: unknown) => {
        assert.ok(error instanceof DataFolderLockedError);
        assert.match(error.message, new RegExp(`in use by process ${process.pid}`));
        assert.match(error.message, /DATABASE_URL/);
        return true;
      });
    } finally {
      await db.close();
    }
  });

  test('a lock left by a dead process is taken over', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dataDir, 'server.lock'), dead.stdout);
    const db = await openPglite(dataDir);
    await db.close();
  });

  test('data survives close and reopen', async () => {
    const first = await openPglite(dataDir);
    await migrate(first);
    await first.query(`INSERT INTO communes (id, name) VALUES ('kept', '{"ar":"باقية"}')`);
    await first.close();

    const second = await openPglite(dataDir);
    try {
      const rows = await second.query<{ id: string }>('SELECT id FROM communes');
      assert.deepEqual(rows, [{ id: 'kept' }]);
    } finally {
      await second.close();
    }
  });

  test('a rolled-back transaction leaves nothing', async () => {
    const db = await openPglite(dataDir);
    try {
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.query(`INSERT INTO communes (id, name) VALUES ('ghost', '{"ar":"ش"}')`);
          throw new Error('abort');
        }),
      );
      assert.deepEqual(await db.query(`SELECT id FROM communes WHERE id = 'ghost'`), []);
    } finally {
      await db.close();
    }
  });
});
