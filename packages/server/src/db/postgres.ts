import postgres from 'postgres';
import type { Database, Queryable } from './database.js';

export interface PostgresOptions {
  /** Connections in this process's pool. */
  max?: number;
  /** Schema search path for every connection (tests isolate themselves with it). */
  searchPath?: string;
}

/** Connects to PostgreSQL; many server processes may share one database. */
export function openPostgres(url: string, options: PostgresOptions = {}): Database {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: options.searchPath ? { search_path: options.searchPath } : {},
  });
  const queryable = (target: postgres.Sql | postgres.TransactionSql): Queryable => ({
    query: async <T>(text: string, params?: readonly unknown[]) => {
      const rows = await target.unsafe(text, (params ?? []) as postgres.ParameterOrJSON<never>[]);
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
