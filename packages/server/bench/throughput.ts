import { serve } from '@hono/node-server';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { seedDemo } from '@mocharaka/demo';
import { onEveryDatabase } from './databases.js';

const MAX_REQUESTS = 100_000;
const MAX_CONCURRENCY = 200;

export interface PostLoad {
  name: string;
  path: string;
  body: (index: number) => unknown;
  /** Extra figures read from the database once the load is over. */
  afterwards?: (db: Database) => Promise<Record<string, number>>;
}

/**
 * Fires `--requests` POSTs (default 2000) at `--concurrency` (default 20) on a real
 * loopback socket, each with its own Idempotency-Key, against a freshly migrated and
 * seeded database: a temporary PGlite, and PostgreSQL too when DATABASE_URL is set.
 * Prints one JSON line. Bounded in count, loopback only.
 */
export async function runPostThroughput(load: PostLoad): Promise<void> {
  const { values } = parseArgs({
    options: { requests: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '20' } },
  });
  const requests = Math.min(MAX_REQUESTS, Math.max(1, Number(values.requests)));
  const concurrency = Math.min(MAX_CONCURRENCY, Math.max(1, Number(values.concurrency)));
  const results = await onEveryDatabase((db) => measure(db, load, requests, concurrency));
  process.stdout.write(`${JSON.stringify({ benchmark: load.name, node: process.version, requests, concurrency, results })}\n`);
}

async function measure(db: Database, load: PostLoad, requests: number, concurrency: number) {
  await migrate(db);
  await seedDemo(db);
  const secret = () => randomUUID() + randomUUID();
  const app = createApp({ db, config: { adminToken: secret(), allowedOrigins: [], secretKey: secret() }, log: () => {} });
  const { server, base } = await new Promise<{ server: ReturnType<typeof serve>; base: string }>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ server, base: `http://127.0.0.1:${info.port}` }),
    );
  });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      const index = next++;
      const start = performance.now();
      const response = await fetch(`${base}${load.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(load.body(index)),
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - start);
      if (response.status !== 201) errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => server.close(resolve));
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]! * 10) / 10;
  return {
    database: db.kind,
    requestsPerSecond: Math.round(requests / seconds),
    p50Ms: percentile(0.5),
    p95Ms: percentile(0.95),
    errors,
    ...(await load.afterwards?.(db)),
  };
}
