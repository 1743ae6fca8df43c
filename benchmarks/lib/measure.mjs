/**
 * What the benchmarks share: child processes stopped on every path, CPU time read from
 * /proc, PostgreSQL scratch databases, loads (autocannon's closed loop, or a fixed arrival
 * rate) run in this (the load generator's) process, and the `BENCH {...}` lines the runner collects.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { openLoopLoad } from './open-loop.mjs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

export const quick = process.argv.includes('--quick');
export const ROOT = new URL('../../', import.meta.url).pathname;

/** One result line for scripts/bench.mjs; `ratio` is value / referenceValue when there is a reference. */
export function report({ goal, measure, value, unit, reference, referenceValue, extra }) {
  const ratio = referenceValue ? Math.round((value / referenceValue) * 100) / 100 : undefined;
  process.stdout.write(`BENCH ${JSON.stringify({ goal, measure, value, unit, reference, referenceValue, ratio, extra })}\n`);
}

/** User + system CPU milliseconds a process has used so far (0 once it is gone). */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

export const sumCpuMs = (pids) => pids.reduce((sum, pid) => sum + cpuMs(pid), 0);

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const children = new Set();
const stopAll = () => {
  for (const child of children) child.kill('SIGKILL');
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

/**
 * Starts a Node process (TypeScript through tsx, source conditions) and resolves once a
 * line of its stdout matches `ready`; `stop()` ends it (SIGTERM, then SIGKILL).
 */
export function startNode(
  args,
  { env = {}, ready = /"event":"listening"|Demo commune page:/, name = args.join(' '), timeoutMs = 300_000 } = {},
) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', ...args], {
    cwd: ROOT,
    // An `undefined` value removes an inherited variable (DATABASE_URL for a PGlite server).
    env: Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const started = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk) => {
      output = (output + chunk).slice(-8000);
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${name} exited before it was ready:\n${output}`));
    });
  });
  return {
    pid: child.pid,
    started,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      children.delete(child);
    },
  };
}

export const POSTGRES_BASE = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;

/** A fresh PostgreSQL database named `name` on the server of DATABASE_URL; `drop()` removes it. */
export async function scratchDatabase(name) {
  const admin = postgres(POSTGRES_BASE, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_BASE);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    /** The pids of the backends serving this database, to read their CPU time. */
    async backendPids() {
      const rows = await admin.unsafe('SELECT pid FROM pg_stat_activity WHERE datname = $1', [name]);
      return rows.map((row) => row.pid);
    },
    async query(sql, params = []) {
      const db = postgres(url.href, { max: 1, onnotice: () => {} });
      try {
        return [...(await db.unsafe(sql, params))];
      } finally {
        await db.end();
      }
    },
    async drop() {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * A load of POSTs whose body and Idempotency-Key `request(i)` makes, i counting up from
 * `offset` across the run: closed loop (autocannon), or with `rate` a fixed arrival rate
 * (`open-loop.mjs`).
 */
export async function postLoad({ url, connections, seconds, rate, request, offset = 0 }) {
  if (rate) return openLoopLoad({ url, connections, seconds, rate, request, offset });
  let index = offset;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const { path, body, key } = request(index++);
          return {
            ...req,
            path,
            body: JSON.stringify(body),
            headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
          };
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    perSecond: Math.round(result.requests.total / seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    next: index,
  };
}

/** A load with CPU time of `pids()` (server and database processes) read around it. */
export async function measuredLoad(options, groups) {
  const before = await Promise.all(groups.map(async (group) => sumCpuMs(await group.pids())));
  const load = await postLoad(options);
  const after = await Promise.all(groups.map(async (group) => sumCpuMs(await group.pids())));
  const cpu = Object.fromEntries(
    groups.map((group, i) => [group.name, Math.round(((after[i] - before[i]) / Math.max(1, load.requests)) * 1000) / 1000]),
  );
  return { ...load, cpuMsPerRequest: cpu };
}
