import { seedDemo } from '@mocharaka/demo';
import type { Database } from '../../src/db/database.js';

/** Emptying these, with everything that references them, leaves the staff, audit and key tables alone. */
const RESET_ROOTS = ['ratings', 'idempotency_keys', 'used_challenges', 'services', 'communes'];

export interface SeedSnapshot {
  /** Puts the reset tables back exactly as the demo seed left them: rows, identity counters. */
  restore(): Promise<void>;
  drop(): Promise<void>;
}

interface ResetTable {
  name: string;
  columns: string[];
  rows: number;
}

interface IdentitySequence {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * The tables a `TRUNCATE … CASCADE` from the roots empties: the roots and, transitively, every
 * table with a foreign key to one of them.
 */
async function resetTables(db: Database): Promise<ResetTable[]> {
  return db.query<ResetTable>(
    `WITH RECURSIVE reset(oid) AS (
       SELECT c.oid FROM pg_class c
       WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[])
       UNION
       SELECT con.conrelid FROM pg_constraint con JOIN reset ON con.confrelid = reset.oid WHERE con.contype = 'f'
     )
     SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            0 AS rows
     FROM reset JOIN pg_class c ON c.oid = reset.oid
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     GROUP BY c.relname ORDER BY c.relname`,
    [RESET_ROOTS],
  );
}

async function identitySequences(db: Database, tables: readonly ResetTable[]): Promise<IdentitySequence[]> {
  const sequences = await db.query<{ name: string }>(
    `SELECT pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS name
     FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[]) AND a.attidentity <> ''`,
    [tables.map((table) => table.name)],
  );
  const values: IdentitySequence[] = [];
  for (const { name } of sequences) {
    const [state] = await db.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${name}`);
    values.push({ name, lastValue: state!.last_value, isCalled: state!.is_called });
  }
  return values;
}

/**
 * Seeds the demo once (after emptying the reset tables) and keeps a copy of what it wrote, in a
 * schema beside the tests', so each test starts from the seed by copying rows back in one
 * statement instead of re-running `TRUNCATE` and the seed (on PGlite, 0.25 → 0.03 CPU-seconds
 * per test). Triggers (the running tallies, foreign-key checks) are off while the copy goes back,
 * so the tallies come back as the seed left them instead of being counted twice: this needs a
 * superuser, as PGlite is and the test PostgreSQL role is.
 */
export async function seedSnapshot(db: Database): Promise<SeedSnapshot> {
  await db.query(`TRUNCATE ${RESET_ROOTS.join(', ')} RESTART IDENTITY CASCADE`);
  await seedDemo(db);
  const [{ schema }] = (await db.query<{ schema: string }>('SELECT current_schema() AS schema')) as [{ schema: string }];
  const copy = quoted(`${schema}_seed`);
  await db.query(`DROP SCHEMA IF EXISTS ${copy} CASCADE`);
  await db.query(`CREATE SCHEMA ${copy}`);
  const tables = await resetTables(db);
  for (const table of tables) {
    await db.query(`CREATE TABLE ${copy}.${quoted(table.name)} AS SELECT * FROM ${quoted(table.name)}`);
    const [{ rows }] = (await db.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM ${quoted(table.name)}`)) as [{ rows: number }];
    table.rows = rows;
  }
  const sequences = await identitySequences(db, tables);
  const statements = [
    'SET LOCAL session_replication_role = replica',
    ...tables.map((table) => `DELETE FROM ${quoted(table.name)}`),
    ...tables
      .filter((table) => table.rows > 0)
      .map((table) => {
        const columns = table.columns.map(quoted).join(', ');
        return `INSERT INTO ${quoted(table.name)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM ${copy}.${quoted(table.name)}`;
      }),
    ...sequences.map((sequence) => `PERFORM setval('${sequence.name}', ${sequence.lastValue}, ${sequence.isCalled})`),
  ];
  const restore = `DO $restore$ BEGIN ${statements.join('; ')}; END $restore$`;
  return {
    restore: async () => {
      await db.query(restore);
    },
    drop: async () => {
      await db.query(`DROP SCHEMA IF EXISTS ${copy} CASCADE`);
    },
  };
}
