import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { migrate, SchemaTooNewError } from '../src/db/migrate.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { availableDatabases, openTestDatabase, type TestDatabase } from './support/test-db.js';

for (const kind of availableDatabases()) {
  describe(`migrations on ${kind}`, () => {
    let testDb: TestDatabase;
    before(async () => {
      testDb = await openTestDatabase(kind);
    });
    after(async () => {
      await testDb.dispose();
    });

    test('applies every migration once; running again is a no-op', async () => {
      const latest = MIGRATIONS.at(-1)!.version;
      assert.deepEqual(
        await migrate(testDb.db),
        MIGRATIONS.map((migration) => migration.version),
      );
      assert.deepEqual(await migrate(testDb.db), []);
      const rows = await testDb.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(
        rows.map((row) => row.version),
        MIGRATIONS.map((migration) => migration.version),
      );
      assert.equal(rows.at(-1)!.version, latest);
    });

    test('the ratings table enforces levels 1 to 5', async () => {
      await testDb.db.query(`INSERT INTO communes (id, name) VALUES ('c', '{"ar":"ج"}')`);
      await testDb.db.query(`INSERT INTO services (id, commune_id, name) VALUES ('s', 'c', '{"ar":"خ"}')`);
      await assert.rejects(testDb.db.query(`INSERT INTO ratings (service_id, level) VALUES ('s', 6)`));
    });

    test('applies a version missing in the middle, as left by a build that lacked it', async () => {
      const fresh = await openTestDatabase(kind);
      const step = (version: number) => ({ version, name: `step-${version}`, statements: [`CREATE TABLE step_${version} (id integer)`] });
      try {
        assert.deepEqual(await migrate(fresh.db, [step(1), step(3)]), [1, 3]);
        assert.deepEqual(await migrate(fresh.db, [step(1), step(2), step(3)]), [2]);
        await fresh.db.query('SELECT * FROM step_2');
      } finally {
        await fresh.dispose();
      }
    });

    test('refuses a database migrated by a newer server, changing nothing', async () => {
      await testDb.db.query(`INSERT INTO schema_migrations (version, name) VALUES (999, 'from-the-future')`);
      await assert.rejects(migrate(testDb.db), (error: unknown) => {
        assert.ok(error instanceof SchemaTooNewError);
        assert.match(error.message, /version 999, newer than this server knows/);
        return true;
      });
    });
  });
}

if (availableDatabases().includes('postgres')) {
  describe('concurrent migrations on postgres', () => {
    test('two servers migrating together apply each migration once', async () => {
      const testDb = await openTestDatabase('postgres');
      try {
        const results = await Promise.all([migrate(testDb.db), migrate(testDb.db), migrate(testDb.db)]);
        assert.deepEqual(
          results.flat().sort((a, b) => a - b),
          MIGRATIONS.map((migration) => migration.version),
        );
      } finally {
        await testDb.dispose();
      }
    });
  });
}
