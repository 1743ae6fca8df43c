/**
 * The public summary (`GET /v1/services/:id/summary`) on a large service: 1,000,000
 * ratings spread over the last 12 months, with tags, in a temporary PGlite and in
 * PostgreSQL too when DATABASE_URL is set (in a temporary schema). Times the same
 * function the route calls, 5 times after one warm-up, and prints one JSON line per
 * database. Usage: node --import tsx packages/server/bench/summary-query.ts [--rows 1000000] [--runs 5]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { migration007 } from '../src/db/migrations/007-rating-rollups.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { seedDemo } from '../src/demo/seed.js';
import { summarizeRatings } from '../src/satisfaction/ratings.js';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' } },
});
const rows = Math.min(10_000_000, Math.max(1, Number(values.rows)));
const runs = Math.min(100, Math.max(1, Number(values.runs)));
const SERVICE = 'civil-status';

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

async function run(target: Target) {
  const { db } = target;
  await migrate(db);
  await seedDemo(db);
  const loadStart = performance.now();
  // Bulk load as an import would: without the per-row roll-up trigger, then the roll-up
  // rebuilt by migration 007's own backfill statements.
  await db.query('ALTER TABLE ratings DISABLE TRIGGER ratings_rollup');
  // Levels skewed towards 4–5, one to three tags on most ratings, evenly spread over 365 days.
  await db.query(
    `INSERT INTO ratings (service_id, level, channel, tags, created_at)
     SELECT $1,
            (ARRAY[1, 2, 3, 4, 4, 5, 5, 5])[1 + i % 8],
            (ARRAY['web', 'kiosk', 'button'])[1 + i % 3],
            CASE i % 5
              WHEN 0 THEN ARRAY['short-wait', 'courteous-staff']
              WHEN 1 THEN ARRAY['long-wait']
              WHEN 2 THEN ARRAY['clear-information', 'accessible-premises', 'short-wait']
              WHEN 3 THEN ARRAY['unclear-information']
              ELSE '{}'::text[]
            END,
            now() - make_interval(secs => (i::float8 / $2) * 365 * 86400)
     FROM generate_series(1, $2::integer) AS i`,
    [SERVICE, rows],
  );
  await db.query('ALTER TABLE ratings ENABLE TRIGGER ratings_rollup');
  await db.query('TRUNCATE rating_monthly, rating_tag_counts');
  for (const statement of migration007.statements.filter((sql) => /^\s*INSERT INTO rating_/.test(sql))) await db.query(statement);
  await db.query('ANALYZE ratings');
  const loadSeconds = Math.round((performance.now() - loadStart) / 100) / 10;

  await summarizeRatings(db, SERVICE); // warm-up: caches, plans
  const times: number[] = [];
  let summary;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    summary = await summarizeRatings(db, SERVICE);
    times.push(performance.now() - start);
  }
  if (summary?.count !== rows) throw new Error(`summary counted ${summary?.count} ratings, expected ${rows}`);
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    database: db.kind,
    rows,
    runs,
    medianMs: round(times[Math.floor(times.length / 2)]!),
    maxMs: round(times.at(-1)!),
    loadSeconds,
    trendMonths: summary.trend?.length,
  };
}

const targets: Array<() => Promise<Target>> = [pgliteTarget];
if (process.env.DATABASE_URL) targets.push(() => postgresTarget(process.env.DATABASE_URL!));
for (const open of targets) {
  const target = await open();
  try {
    process.stdout.write(`${JSON.stringify(await run(target))}\n`);
  } finally {
    await target.dispose();
  }
}
