import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { exactSignatureCount, findPetition } from '../src/petitions/store.js';
import { seedSnapshot, type SeedSnapshot } from './support/seed-snapshot.js';
import { availableDatabases, openTestDatabase, type TestDatabase } from './support/test-db.js';

/** Every row of the tables a test may write, and every identity counter, in one comparable string. */
async function contents(db: Database): Promise<string> {
  const tables = await db.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class
     WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' AND relname <> 'schema_migrations' ORDER BY 1`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const [{ rows }] = (await db.query<{ rows: string | null }>(
      `SELECT string_agg(t::text, E'\\n' ORDER BY t::text) AS rows FROM "${name}" t`,
    )) as [{ rows: string | null }];
    parts.push(`${name}:\n${rows ?? ''}`);
  }
  const sequences = await db.query<{ name: string; value: string | null }>(
    `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1`,
  );
  return [...parts, ...sequences.map(({ name, value }) => `${name}=${value}`)].join('\n');
}

for (const kind of availableDatabases()) {
  describe(`the tests' seed snapshot on ${kind}`, () => {
    let testDb: TestDatabase;
    let snapshot: SeedSnapshot;
    let petitionId: string;

    before(async () => {
      testDb = await openTestDatabase(kind);
      await migrate(testDb.db);
      snapshot = await seedSnapshot(testDb.db);
      [{ id: petitionId }] = (await testDb.db.query<{ id: string }>('SELECT id FROM petitions ORDER BY id LIMIT 1')) as [{ id: string }];
    });
    after(async () => {
      await snapshot?.drop();
      await testDb?.dispose();
    });

    test('restoring after writes, deletions and tallied signatures gives back exactly the seed, counters included', async () => {
      const { db } = testDb;
      const seeded = await contents(db);
      const seededCount = (await findPetition(db, petitionId))!.signatureCount;
      await db.query(
        `INSERT INTO petition_signatures (petition_id, id_hash, personal_data, signed_at)
         SELECT $1, decode(md5(i::text), 'hex'), '\\x01'::bytea, now() - interval '1 hour' FROM generate_series(1, 5) AS i`,
        [petitionId],
      );
      await db.query('DELETE FROM suggestions WHERE id = (SELECT min(id) FROM suggestions)');
      await db.query(`UPDATE petitions SET title = '{"ar":"تغيير"}' WHERE id = $1`, [petitionId]);
      assert.notEqual(await contents(db), seeded);

      await snapshot.restore();

      assert.equal(await contents(db), seeded);
      const restoredCount = (await findPetition(db, petitionId))!.signatureCount;
      assert.equal(restoredCount, seededCount, 'the running tally is back to the seed, not counted again');
      assert.equal(restoredCount, await exactSignatureCount(db, petitionId));
    });

    test('tables outside the reset (staff, audit, keys) keep what a suite put there', async () => {
      const { db } = testDb;
      await db.query(`INSERT INTO staff_auth_failures (bucket, window_start, count) VALUES ('kept', now(), 1)`);
      await snapshot.restore();
      assert.deepEqual(await db.query(`SELECT bucket FROM staff_auth_failures WHERE bucket = 'kept'`), [{ bucket: 'kept' }]);
    });
  });
}
