/**
 * The public summary (`GET /v1/services/:id/summary`) on a large service: 1,000,000
 * ratings spread over the last 12 months, with tags, in a temporary PGlite and in
 * PostgreSQL too when DATABASE_URL is set (in a temporary schema). Times the same
 * function the route calls, 5 times after one warm-up, and prints one JSON line per
 * database. Usage: node --import tsx packages/server/bench/summary-query.ts [--rows 1000000] [--runs 5]
 */
import { parseArgs } from 'node:util';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { migration007 } from '../src/db/migrations/007-rating-rollups.js';
import { seedDemo } from '@mocharaka/demo';
import { onEveryDatabase } from './databases.js';
import { summarizeRatings } from '../src/satisfaction/ratings.js';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' } },
});
const rows = Math.min(10_000_000, Math.max(1, Number(values.rows)));
const runs = Math.min(100, Math.max(1, Number(values.runs)));
const SERVICE = 'civil-status';

async function run(db: Database) {
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

for (const result of await onEveryDatabase(run)) process.stdout.write(`${JSON.stringify(result)}\n`);
