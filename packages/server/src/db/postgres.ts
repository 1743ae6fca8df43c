import postgres from 'postgres';
import type { Database, Queryable } from './database.js';

/**
 * Connections per server process. A write is one statement, so a connection is busy for
 * one round trip and a commit; enough of them wait on the WAL flush together for
 * PostgreSQL to group their commits, and several processes still fit the server's
 * `max_connections` (docs/scaling.md).
 */
export const DEFAULT_POOL_SIZE = 16;

export interface PostgresOptions {
  /** Connections in this process's pool (DEFAULT_POOL_SIZE). */
  max?: number;
  /** Schema search path for every connection (tests isolate themselves with it). */
  searchPath?: string;
}

/** Connects to PostgreSQL; many server processes may share one database. */
export function openPostgres(url: string, options: PostgresOptions = {}): Database {
  const sql = postgres(url, {
    max: options.max ?? DEFAULT_POOL_SIZE,
    onnotice: () => {},
    connection: options.searchPath ? { search_path: options.searchPath } : {},
  });
  const queryable = (target: postgres.Sql | postgres.TransactionSql): Queryable => ({
    // Prepared (named, cached per connection): one round trip per statement instead of a
    // describe round trip first. The server's SQL texts are constants, so the cache stays small.
    query: async <T>(text: string, params?: readonly unknown[]) => {
      const rows = await target.unsafe(text, (params ?? []) as postgres.ParameterOrJSON<never>[], {
        prepare: params !== undefined && params.length > 0,
      });
      return [...rows] as T[];
    },
  });
  return {
    kind: 'postgres',
    query: queryable(sql).query,
    transaction: <R>(fn: (tx: Queryable) => Promise<R>) => sql.begin((tx) => fn(queryable(tx))) as Promise<R>,
    close: () => sql.end({ timeout: 5 }),
  };
}
