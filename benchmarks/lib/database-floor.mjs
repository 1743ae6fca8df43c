/**
 * PostgreSQL alone at a fixed arrival rate: pgbench (PostgreSQL's own load generator)
 * commits one small INSERT per transaction, `rate` a second for `seconds` over `clients`
 * connections (each its share), and its per-transaction log gives each latency from the
 * transaction's scheduled start (schedule lag included), as `open-loop.mjs` measures a server. No HTTP server, no
 * application code: what is left is the database's and the disk's own tail for durable
 * commits at that rate on this machine, below which no server on it can answer.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { percentile, round1 } from './open-loop.mjs';

const TABLE = 'bench_database_floor';
/** A signature's row: a random key with a unique index, and ~600 bytes of sealed data. */
const TRANSACTION = `INSERT INTO ${TABLE} (key, data) VALUES (gen_random_uuid(), decode(repeat('5a', 600), 'hex'));\n`;

/** Whether pgbench is on the PATH (Debian's postgresql package puts it there). */
export function pgbenchAvailable() {
  return new Promise((resolve) => execFile('pgbench', ['--version'], (error) => resolve(!error)));
}

/** `rate` transactions a second for `seconds` on the database at `url`: answered/s, p50, p99, max (ms). */
export async function databaseAtRate({ url, rate, seconds, clients = 16 }) {
  const db = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await db.unsafe(`CREATE TABLE IF NOT EXISTS ${TABLE} (id bigserial PRIMARY KEY, key uuid NOT NULL UNIQUE, data bytea NOT NULL)`);
  } finally {
    await db.end();
  }
  const folder = mkdtempSync(join(tmpdir(), 'mocharaka-pgbench-'));
  try {
    const script = join(folder, 'insert.sql');
    writeFileSync(script, TRANSACTION);
    const target = new URL(url);
    const args = [
      '-n',
      '-f',
      script,
      '-c',
      String(clients),
      '-j',
      '2',
      '-R',
      String(rate),
      '-t',
      String(Math.round((rate * seconds) / clients)),
      '-l',
    ];
    args.push('--log-prefix', join(folder, 'log'), '-h', target.hostname, '-p', target.port || '5432');
    args.push('-U', decodeURIComponent(target.username), target.pathname.slice(1));
    const start = performance.now();
    await new Promise((resolve, reject) =>
      execFile(
        'pgbench',
        args,
        { env: { ...process.env, PGPASSWORD: decodeURIComponent(target.password) }, timeout: (seconds + 60) * 1000, killSignal: 'SIGKILL' },
        (error, _stdout, stderr) => (error ? reject(new Error(`pgbench failed: ${stderr || error.message}`)) : resolve()),
      ),
    );
    const elapsedSeconds = (performance.now() - start) / 1000;
    // Each log line: client, transaction, latency µs (from the scheduled start), script, epoch s, µs, lag µs.
    const latencies = readdirSync(folder)
      .filter((name) => name.startsWith('log'))
      .flatMap((name) => readFileSync(join(folder, name), 'utf8').trim().split('\n'))
      .map((line) => Number(line.split(' ')[2]) / 1000)
      .sort((a, b) => a - b);
    return {
      requests: latencies.length,
      perSecond: Math.round(latencies.length / elapsedSeconds),
      p50: round1(percentile(latencies, 0.5)),
      p99: round1(percentile(latencies, 0.99)),
      max: round1(latencies.at(-1) ?? NaN),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
