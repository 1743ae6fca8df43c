import { PGlite, type Transaction } from '@electric-sql/pglite';
import { join } from 'node:path';
import type { Database, Queryable } from './database.js';
import { lockDataFolder } from './data-folder-lock.js';
import { makeDataFolderPrivate } from './data-folder-permissions.js';

/** The subfolder holding PGlite's files, so the data folder can keep secrets and the lock beside it. */
const PGDATA = 'pgdata';

/**
 * Opens (creating on first use, which takes a few seconds) the embedded database in
 * `dataDir`, locked for this process and private to its user (mode 0700, umask 077).
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const unlock = lockDataFolder(dataDir);
  let pg: PGlite;
  try {
    makeDataFolderPrivate(dataDir);
    pg = await PGlite.create(join(dataDir, PGDATA));
    // The WASM runtime chmods the files it opens with fopen() (pg_internal.init: 0644) past the umask.
    makeDataFolderPrivate(dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  return pgliteDatabase(pg, () => {
    try {
      makeDataFolderPrivate(dataDir);
    } finally {
      unlock();
    }
  });
}

/** The Database over an open PGlite; `afterClose` runs once, after it closed (even if closing failed). */
export function pgliteDatabase(pg: PGlite, afterClose: () => void = () => {}): Database {
  let closed = false;
  return {
    kind: 'pglite',
    query: (sql, params) => rowsOf(pg, sql, params),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await pg.close();
      } finally {
        afterClose();
      }
    },
  };
}

function wrap(tx: Transaction): Queryable {
  return { query: (sql, params) => rowsOf(tx, sql, params) };
}

async function rowsOf<T>(target: PGlite | Transaction, sql: string, params?: readonly unknown[]): Promise<T[]> {
  const result = await target.query<T>(sql, params ? [...params] : undefined);
  return result.rows;
}
