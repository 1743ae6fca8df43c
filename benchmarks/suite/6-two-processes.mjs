/**
 * Goal 6: two stateless reference server processes on one PostgreSQL database take a
 * viral petition's load — 20,000 signatures a minute (333/s, a fixed arrival rate split
 * between the two), then as many as they can (closed loop, 32 connections each) — and
 * the database holds exactly one row per accepted signature (every one a distinct ID).
 * Usage: node benchmarks/suite/6-two-processes.mjs [--quick] (needs DATABASE_URL).
 */
import { POSTGRES_BASE, measuredLoad, quick, report, scratchDatabase } from '../lib/measure.mjs';
import { PETITION, keyed, startReference } from '../lib/targets.mjs';

const VIRAL_PER_SECOND = Math.round(20_000 / 60);
const SECONDS = quick ? 5 : 30;

if (!POSTGRES_BASE) {
  process.stdout.write('6-two-processes: DATABASE_URL not set, skipped\n');
  process.exit(0);
}

const database = await scratchDatabase('mocharaka_h_write_bench6');
const servers = [];
try {
  // One after the other: the second finds the schema migrated and the demo seeded.
  for (let i = 0; i < 2; i++) servers.push(await startReference({ databaseUrl: database.url }));
  const [before] = await database.query(`SELECT count(*)::integer AS n FROM petition_signatures WHERE petition_id = $1`, [PETITION]);
  const groups = [
    { name: 'servers', pids: async () => servers.map((server) => server.pid) },
    { name: 'postgres', pids: () => database.backendPids() },
  ];
  // Each process gets its own range of national IDs (letters), so every signature is distinct.
  const both = (options) =>
    Promise.all(
      servers.map((server, i) =>
        measuredLoad({ url: server.url, request: keyed('signatures', i === 0 ? 'T' : 'U'), ...options }, groups).then((run) => ({
          ...run,
          sent: run.next - options.offset,
        })),
      ),
    );
  const combine = (runs) => ({
    perSecond: runs.reduce((sum, run) => sum + run.perSecond, 0),
    accepted: runs.reduce((sum, run) => sum + run.requests - run.non2xx, 0),
    p50: Math.max(...runs.map((run) => run.p50)),
    p99: Math.max(...runs.map((run) => run.p99)),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    // Each run read the CPU of every process over the same window: per request of both runs.
    cpu: Object.fromEntries(
      Object.entries(runs[0].cpuMsPerRequest).map(([name, ms]) => [
        name,
        Math.round(((ms * runs[0].requests) / runs.reduce((sum, run) => sum + run.requests, 0)) * 1000) / 1000,
      ]),
    ),
    sent: runs.reduce((sum, run) => sum + run.sent, 0),
  });
  const viral = combine(await both({ connections: 32, seconds: SECONDS, rate: VIRAL_PER_SECOND / 2, offset: 0 }));
  const saturated = combine(await both({ connections: 32, seconds: SECONDS, offset: 5_000_000 }));
  const [after] = await database.query(
    `SELECT (SELECT count(*) FROM petition_signatures WHERE petition_id = $1)::integer AS rows,
            (SELECT count(*) FROM idempotency_keys WHERE scope = $2)::integer AS keys`,
    [PETITION, `POST /v1/petitions/${PETITION}/signatures`],
  );
  const stored = after.rows - before.n;
  const accepted = viral.accepted + saturated.accepted;
  const sent = viral.sent + saturated.sent;
  report({
    goal: '6',
    measure: `two processes, one PostgreSQL: signatures/s at 20,000/min offered (${VIRAL_PER_SECOND}/s)`,
    value: viral.perSecond,
    unit: 'req/s',
    reference: 'offered rate',
    referenceValue: VIRAL_PER_SECOND,
    extra: { p50_ms: viral.p50, p99_ms: viral.p99, non2xx: viral.non2xx, errors: viral.errors },
  });
  report({
    goal: '6',
    measure: 'two processes, one PostgreSQL: signatures/s, closed loop, 2 × 32 connections',
    value: saturated.perSecond,
    unit: 'req/s',
    reference: `20,000/min (${VIRAL_PER_SECOND}/s)`,
    referenceValue: VIRAL_PER_SECOND,
    extra: {
      p50_ms: saturated.p50,
      p99_ms: saturated.p99,
      non2xx: saturated.non2xx,
      errors: saturated.errors,
      cpu_ms_per_req: saturated.cpu,
    },
  });
  // Every ID is distinct: rows = key rows means no double count; answered 201 ≤ rows ≤ sent means no loss
  // (requests still in flight when the load generator stopped are stored but not counted as answered).
  report({
    goal: '6',
    measure: 'two processes: signature rows stored / their Idempotency-Key rows (must be 1)',
    value: stored,
    unit: 'rows',
    reference: 'key rows',
    referenceValue: after.keys,
    extra: { answered_201: accepted, sent },
  });
  if (stored !== after.keys || stored < accepted || stored > sent) {
    throw new Error(`stored ${stored} signatures, ${after.keys} keys, for ${accepted} answered 201 of ${sent} sent`);
  }
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  await database.drop();
}
