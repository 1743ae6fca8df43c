/**
 * Petition signature POST throughput (distinct national IDs, each hashed with HMAC and
 * sealed with AES-GCM) against a real socket on loopback: an embedded PGlite in a
 * temporary folder, and PostgreSQL too when DATABASE_URL is set (in a temporary schema).
 * Prints one JSON line. Usage: node --import tsx bench/signatures-throughput.ts [--requests 2000] [--concurrency 20]
 */
import { serve, type ServerType } from '@hono/node-server';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { seedDemo } from '../src/demo/seed.js';

const MAX_REQUESTS = 100_000;
const MAX_CONCURRENCY = 200;

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '20' } },
});
const requests = Math.min(MAX_REQUESTS, Math.max(1, Number(values.requests)));
const concurrency = Math.min(MAX_CONCURRENCY, Math.max(1, Number(values.concurrency)));

interface Target {
  db: Database;
  dispose(): Promise<void>;
}

async function pgliteTarget(): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mocharaka-bench-'));
  const db = await openPglite(dataDir);
  return {
    db,
    async dispose() {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function postgresTarget(url: string): Promise<Target> {
  const schema = `bench_${randomUUID().replaceAll('-', '')}`;
  const admin = openPostgres(url, { max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = openPostgres(url, { searchPath: schema });
  return {
    db,
    async dispose() {
      await db.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.close();
    },
  };
}

async function listen(db: Database): Promise<{ server: ServerType; base: string }> {
  const app = createApp({
    db,
    config: { adminToken: randomUUID() + randomUUID(), allowedOrigins: [], secretKey: randomUUID() + randomUUID() },
    log: () => {},
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ server, base: `http://127.0.0.1:${info.port}` }),
    );
  });
}

async function run(target: Target) {
  await migrate(target.db);
  await seedDemo(target.db);
  const { server, base } = await listen(target.db);
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      const index = next++;
      const start = performance.now();
      const response = await fetch(`${base}/v1/petitions/bab-zorgan-lane-lighting/signatures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({
          fullName: `Signataire ${index}`,
          nationalId: `JT${String(index).padStart(6, '0')}`,
          address: `${index} derb Taroudant`,
          eligibility: 'resident',
          consent: true,
        }),
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - start);
      if (response.status !== 201) errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const [stored] = await target.db.query<{ count: number }>('SELECT count(*)::integer AS count FROM petition_signatures');
  await new Promise((resolve) => server.close(resolve));
  await target.dispose();

  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]! * 10) / 10;
  return {
    database: target.db.kind,
    requestsPerSecond: Math.round(requests / seconds),
    p50Ms: percentile(0.5),
    p95Ms: percentile(0.95),
    errors,
    rowsStored: stored!.count,
  };
}

const results = [await run(await pgliteTarget())];
if (process.env.DATABASE_URL) results.push(await run(await postgresTarget(process.env.DATABASE_URL)));
process.stdout.write(
  `${JSON.stringify({ benchmark: 'signatures-throughput', node: process.version, requests, concurrency, results })}\n`,
);
