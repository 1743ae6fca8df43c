/**
 * Goal 1: public write POSTs per second on PostgreSQL (and PGlite), p50/p99 and CPU-ms
 * per request of the server process and of the database backends, beside the floor
 * (hono + postgres.js + the same crypto, both inserts in one statement). 64 connections,
 * closed loop (autocannon) in this process; proof of work and rate limits off; every
 * signature a distinct national ID, every request its own Idempotency-Key. Floor and
 * server are measured alternately, twice each, and the better round of each is kept.
 * Then each kind at the goal's fixed arrival rate (2,000 signatures/s, 1,500 of the
 * others; at most 64 connections; open loop, latency from each request's due time:
 * `../lib/open-loop.mjs`), whose latencies are the goal's: in a closed loop p50 is only
 * 64 / throughput. The floor takes the signatures' rate too, alternately with the
 * server, the better p99 of two rounds kept for each, and so does PostgreSQL alone
 * (pgbench committing one INSERT per transaction at that rate: `../lib/database-floor.mjs`),
 * the tail of durable commits on this machine that no server can go below. Last, the rows written must equal
 * the key rows stored, and the petition's tally its exact count, or the file fails.
 * Usage: node benchmarks/suite/1-writes.mjs [--quick] (needs DATABASE_URL for PostgreSQL).
 */
import { databaseAtRate, pgbenchAvailable } from '../lib/database-floor.mjs';
import { POSTGRES_BASE, measuredLoad, quick, report, scratchDatabase } from '../lib/measure.mjs';
import { CHARTER, CONSULTATION, PETITION, SERVICE, WRITES, keyed, startFloor, startReference } from '../lib/targets.mjs';

const CONNECTIONS = 64;
const SECONDS = quick ? 3 : 10;
const WARMUP_SECONDS = quick ? 1 : 3;
const ROUNDS = quick ? 1 : 2;
const TARGETS = { signatures: 2000, ratings: 1500, responses: 1500, adhesions: 1500 };

let offset = 0;
async function load(server, kind, groups, seconds = SECONDS, letter = 'J', rate = undefined) {
  const result = await measuredLoad(
    { url: server.url, connections: CONNECTIONS, seconds, rate, request: keyed(kind, letter), offset },
    groups,
  );
  offset = result.next;
  return result;
}

/** Each kind's rows on its demo resource, and the key rows of its path. */
const ROWS = {
  signatures: ['petition_signatures', 'petition_id', PETITION],
  ratings: ['ratings', 'service_id', SERVICE],
  responses: ['consultation_responses', 'consultation_id', CONSULTATION],
  adhesions: ['charter_adhesions', 'charter_id', CHARTER],
};
async function rowCounts(database) {
  const counts = {};
  for (const [kind, [table, column, id]] of Object.entries(ROWS)) {
    const [row] = await database.query(
      `SELECT (SELECT count(*) FROM ${table} WHERE ${column} = $1)::integer AS rows,
              (SELECT count(*) FROM idempotency_keys WHERE scope = $2)::integer AS keys`,
      [id, `POST ${WRITES[kind](0).path}`],
    );
    counts[kind] = row;
  }
  const [tally] = await database.query(
    `SELECT (SELECT coalesce(sum(settled + recent), 0) FROM petition_signature_tallies WHERE petition_id = $1)::integer AS tallied,
            (SELECT count(*) FROM petition_signatures WHERE petition_id = $1)::integer AS counted`,
    [PETITION],
  );
  return { counts, tally };
}

const milliseconds = (value) => Math.round(value * 1000) / 1000;
const better = (a, b) => (!a || b.perSecond > a.perSecond ? b : a);
const extra = (r) => ({
  p50_ms: r.p50,
  p99_ms: r.p99,
  non2xx: r.non2xx,
  errors: r.errors,
  cpu_ms_per_req: r.cpuMsPerRequest,
});

if (POSTGRES_BASE) {
  const database = await scratchDatabase('mocharaka_h_write_bench1');
  const server = await startReference({ databaseUrl: database.url });
  let floor;
  try {
    const postgresCpu = { name: 'postgres', pids: () => database.backendPids() };
    const serverGroups = [{ name: 'server', pids: async () => [server.pid] }, postgresCpu];
    const before = await rowCounts(database);
    floor = await startFloor(database.url);
    const floorGroups = [{ name: 'server', pids: async () => [floor.pid] }, postgresCpu];
    await load(server, 'signatures', serverGroups, WARMUP_SECONDS);
    await load(floor, 'signatures', floorGroups, WARMUP_SECONDS, 'K');
    let best = {};
    for (let round = 0; round < ROUNDS; round++) {
      best.floor = better(best.floor, await load(floor, 'signatures', floorGroups, SECONDS, 'K'));
      best.signatures = better(best.signatures, await load(server, 'signatures', serverGroups));
    }
    for (const kind of ['ratings', 'responses', 'adhesions']) {
      await load(server, kind, serverGroups, WARMUP_SECONDS);
      for (let round = 0; round < ROUNDS; round++) best[kind] = better(best[kind], await load(server, kind, serverGroups));
    }
    const steadier = (a, b) => (!a || b.p99 < a.p99 ? b : a);
    const paced = {};
    const withPgbench = await pgbenchAvailable();
    for (let round = 0; round < ROUNDS; round++) {
      if (withPgbench)
        paced.database = steadier(paced.database, await databaseAtRate({ url: database.url, rate: TARGETS.signatures, seconds: SECONDS }));
      paced.floor = steadier(paced.floor, await load(floor, 'signatures', floorGroups, SECONDS, 'M', TARGETS.signatures));
      paced.signatures = steadier(paced.signatures, await load(server, 'signatures', serverGroups, SECONDS, 'L', TARGETS.signatures));
    }
    for (const kind of ['ratings', 'responses', 'adhesions']) {
      for (let round = 0; round < ROUNDS; round++)
        paced[kind] = steadier(paced[kind], await load(server, kind, serverGroups, SECONDS, 'L', TARGETS[kind]));
    }
    report({
      goal: '1',
      measure: `floor: hono+postgres.js, 1 INSERT statement, PostgreSQL, ${CONNECTIONS} connections`,
      value: best.floor.perSecond,
      unit: 'req/s',
      extra: extra(best.floor),
    });
    for (const kind of Object.keys(TARGETS)) {
      const r = best[kind];
      const cpu = r.cpuMsPerRequest.server + r.cpuMsPerRequest.postgres;
      report({
        goal: '1',
        measure: `${kind}/s, PostgreSQL, ${CONNECTIONS} connections (target ${TARGETS[kind]}, p99 < 50 ms)`,
        value: r.perSecond,
        unit: 'req/s',
        reference: kind === 'signatures' ? 'floor (same run)' : `target ${TARGETS[kind]}/s`,
        referenceValue: kind === 'signatures' ? best.floor.perSecond : TARGETS[kind],
        extra: { ...extra(r), cpu_ms_total: milliseconds(cpu) },
      });
    }
    report({
      goal: '1',
      measure: 'CPU-ms per signature, server + PostgreSQL',
      value: milliseconds(best.signatures.cpuMsPerRequest.server + best.signatures.cpuMsPerRequest.postgres),
      unit: 'ms',
      reference: 'floor',
      referenceValue: milliseconds(best.floor.cpuMsPerRequest.server + best.floor.cpuMsPerRequest.postgres),
    });
    report({
      goal: '1',
      measure: `floor, PostgreSQL, fixed arrival rate ${TARGETS.signatures}/s, at most ${CONNECTIONS} connections: p99 ms`,
      value: paced.floor.p99,
      unit: 'ms',
      extra: { ...extra(paced.floor), req_per_s: paced.floor.perSecond, target_per_s: TARGETS.signatures },
    });
    if (paced.database)
      report({
        goal: '1',
        measure: `PostgreSQL alone (pgbench, one INSERT per transaction), fixed arrival rate ${TARGETS.signatures}/s, 16 connections: p99 ms`,
        value: paced.database.p99,
        unit: 'ms',
        extra: {
          p50_ms: paced.database.p50,
          max_ms: paced.database.max,
          req_per_s: paced.database.perSecond,
          target_per_s: TARGETS.signatures,
        },
      });
    else process.stdout.write('1-writes: pgbench not found, PostgreSQL alone not measured\n');
    for (const kind of Object.keys(TARGETS)) {
      const r = paced[kind];
      report({
        goal: '1',
        measure: `${kind}, PostgreSQL, fixed arrival rate ${TARGETS[kind]}/s, at most ${CONNECTIONS} connections: p99 ms (goal < 50)`,
        value: r.p99,
        unit: 'ms',
        reference: 'goal',
        referenceValue: 50,
        extra: {
          ...extra(r),
          req_per_s: r.perSecond,
          target_per_s: TARGETS[kind],
          ...(kind === 'signatures' && { floor_p99_ms: paced.floor.p99, database_alone_p99_ms: paced.database?.p99 }),
        },
      });
    }
    // Exactly once under load: every accepted write left one row and one key row, and the
    // petition's running tally (what its public count reads) equals its rows.
    const after = await rowCounts(database);
    const wrong = Object.keys(ROWS).filter(
      (kind) => after.counts[kind].rows - before.counts[kind].rows !== after.counts[kind].keys - before.counts[kind].keys,
    );
    if (wrong.length > 0 || after.tally.tallied !== after.tally.counted) {
      throw new Error(`rows and key rows or tally disagree: ${JSON.stringify({ before, after })}`);
    }
    process.stdout.write(`1-writes: rows = key rows for every kind, tally = count (${JSON.stringify(after)})\n`);
  } finally {
    await floor?.stop();
    await server.stop();
    await database.drop();
  }
} else {
  process.stdout.write('1-writes: DATABASE_URL not set, PostgreSQL skipped\n');
}

// PGlite: one connection inside the server process, so only the server's CPU counts.
{
  const server = await startReference({ databaseUrl: undefined });
  try {
    const groups = [{ name: 'server', pids: async () => [server.pid] }];
    for (const kind of ['signatures', 'ratings']) {
      await load(server, kind, groups, WARMUP_SECONDS);
      const r = await load(server, kind, groups);
      report({
        goal: '1',
        measure: `${kind}/s, PGlite, ${CONNECTIONS} connections`,
        value: r.perSecond,
        unit: 'req/s',
        extra: { ...extra(r), cpu_ms_per_req: r.cpuMsPerRequest.server },
      });
    }
  } finally {
    await server.stop();
  }
}
