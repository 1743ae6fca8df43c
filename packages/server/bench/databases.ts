import type { Database } from '../src/db/database.js';
import { availableDatabases, openTestDatabase } from '../test/support/test-db.js';

/**
 * Runs a benchmark on a fresh temporary database of each kind available — PGlite, and
 * PostgreSQL too when DATABASE_URL is set — disposing of each, and returns the results.
 */
export async function onEveryDatabase<T>(run: (db: Database) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (const kind of availableDatabases()) {
    const target = await openTestDatabase(kind);
    try {
      results.push(await run(target.db));
    } finally {
      await target.dispose();
    }
  }
  return results;
}
