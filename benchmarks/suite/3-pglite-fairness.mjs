/**
 * Goal 3: PGlite stays fair. 50 connections post signatures (closed loop) to the
 * reference server on PGlite, then the same on PostgreSQL: p99 must stay within 10× p50
 * (no request starves behind the others on PGlite's one connection). Reported beside
 * PostgreSQL's figures from the same run.
 * Usage: node benchmarks/suite/3-pglite-fairness.mjs [--quick]
 */
import { POSTGRES_BASE, measuredLoad, quick, report, scratchDatabase } from '../lib/measure.mjs';
import { keyed, startReference } from '../lib/targets.mjs';

const CONNECTIONS = 50;
const SECONDS = quick ? 4 : 15;

async function fairness(server, groups, letter) {
  await measuredLoad({ url: server.url, connections: CONNECTIONS, seconds: quick ? 1 : 3, request: keyed('signatures', letter) }, groups);
  return measuredLoad(
    { url: server.url, connections: CONNECTIONS, seconds: SECONDS, request: keyed('signatures', letter), offset: 1_000_000 },
    groups,
  );
}

const results = {};
{
  const server = await startReference({ databaseUrl: undefined });
  try {
    results.pglite = await fairness(server, [{ name: 'server', pids: async () => [server.pid] }], 'P');
  } finally {
    await server.stop();
  }
}
if (POSTGRES_BASE) {
  const database = await scratchDatabase('mocharaka_h_write_bench3');
  const server = await startReference({ databaseUrl: database.url });
  try {
    results.postgres = await fairness(
      server,
      [
        { name: 'server', pids: async () => [server.pid] },
        { name: 'postgres', pids: () => database.backendPids() },
      ],
      'Q',
    );
  } finally {
    await server.stop();
    await database.drop();
  }
}
for (const [kind, r] of Object.entries(results)) {
  const label = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  report({
    goal: '3',
    measure: `p99 / p50, signatures, ${label}, ${CONNECTIONS} connections (goal ≤ 10)`,
    value: Math.round((r.p99 / Math.max(1, r.p50)) * 10) / 10,
    unit: '×',
    reference: 'goal',
    referenceValue: 10,
    extra: {
      per_second: r.perSecond,
      p50_ms: r.p50,
      p99_ms: r.p99,
      max_ms: r.max,
      non2xx: r.non2xx,
      errors: r.errors,
      cpu_ms_per_req: r.cpuMsPerRequest,
    },
  });
}
if (results.postgres) {
  report({
    goal: '3',
    measure: `signatures/s, PGlite beside PostgreSQL, ${CONNECTIONS} connections`,
    value: results.pglite.perSecond,
    unit: 'req/s',
    reference: 'PostgreSQL (same run)',
    referenceValue: results.postgres.perSecond,
  });
}
