import { sealClearAdhesions } from '../charters/adhesion-data.js';
import { checkSecretKey } from '../crypto/key-fingerprint.js';
import { deriveKeys } from '../crypto/keys.js';
import type { Database, Queryable } from './database.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';

/** Arbitrary constant shared by every Mocharaka server: the key of the migration lock. */
const MIGRATION_LOCK_KEY = 7_300_113_014;

export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
}

export interface MigrateOptions {
  /** MOCHARAKA_SECRET_KEY: its fingerprint is recorded on first use, and another key is refused (`SecretKeyMismatchError`). */
  secretKey?: string;
}

/**
 * Brings the schema up to date in one transaction and returns the versions applied.
 * On PostgreSQL an advisory lock makes servers starting together take turns; the
 * second finds nothing left to do. With `secretKey`, checks it is the database's key and
 * seals adhesions stored in clear by an older version.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  options: MigrateOptions = {},
): Promise<number[]> {
  const known = Math.max(0, ...migrations.map((migration) => migration.version));
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = await appliedVersions(tx);
    const current = Math.max(0, ...applied);
    if (current > known) {
      throw new SchemaTooNewError(
        `The database schema is at version ${current}, newer than this server knows (${known}). ` +
          'A newer Mocharaka server has migrated it: upgrade this server rather than run it on that database.',
      );
    }
    // Every missing version, not only those above the highest: a database migrated by a
    // build that lacked one in the middle still gets it.
    const pending = migrations.filter((migration) => !applied.has(migration.version));
    for (const migration of pending) {
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    if (options.secretKey !== undefined && migrations === MIGRATIONS) await keyedStep(tx, options.secretKey);
    return pending.map((migration) => migration.version);
  });
}

/** What needs the server's key once the schema is current: the key check, then sealing what older versions stored in clear. */
async function keyedStep(tx: Queryable, secretKey: string): Promise<void> {
  await checkSecretKey(tx, secretKey);
  await sealClearAdhesions(tx, deriveKeys(secretKey));
}

async function appliedVersions(tx: Queryable): Promise<Set<number>> {
  const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((row) => row.version));
}
