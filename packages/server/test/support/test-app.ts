import type { Hono } from 'hono';
import { after, afterEach, before, beforeEach } from 'node:test';
import { createApp } from '../../src/app.js';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { seedSnapshot, type SeedSnapshot } from './seed-snapshot.js';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from './test-db.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghijkl';
export const ALLOWED_ORIGIN = 'https://www.taroudant.ma';
/** Serves every route, the petition ones included (they derive their keys from it). */
export const TEST_SECRET_KEY = 'test-secret-key-0123456789abcdef0123456789abcdef';

export interface TestApp {
  readonly app: Hono;
  readonly db: Database;
  /** Log lines written by the app during the current test. */
  readonly logs: string[];
  postJson(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

/**
 * Registers hooks giving each test of the enclosing suite a migrated database holding
 * only the demo seed, and an app on it. One database per suite, emptied between tests.
 */
export function useTestApp(kind: DatabaseKind, options: { elementsDir?: string; proofOfWork?: boolean } = {}): TestApp {
  let testDb: TestDatabase;
  let app: Hono;
  let seed: SeedSnapshot | undefined;
  const logs: string[] = [];

  before(async () => {
    testDb = await openTestDatabase(kind);
    await migrate(testDb.db);
    app = createApp({
      db: testDb.db,
      config: { adminToken: ADMIN_TOKEN, allowedOrigins: [ALLOWED_ORIGIN], secretKey: TEST_SECRET_KEY, proofOfWork: options.proofOfWork },
      log: (line) => logs.push(line),
      elementsDir: options.elementsDir,
    });
  });
  beforeEach(async () => {
    // Taken at the first test, after the suite's own `before` hooks, as the seed used to be re-run.
    if (seed) await seed.restore();
    else seed = await seedSnapshot(testDb.db);
  });
  afterEach(() => {
    logs.length = 0;
  });
  after(async () => {
    await seed?.drop();
    await testDb?.dispose();
  });

  return {
    get app() {
      return app;
    },
    get db() {
      return testDb.db;
    },
    logs,
    postJson: (path, body, headers = {}) =>
      Promise.resolve(
        app.request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
  };
}
