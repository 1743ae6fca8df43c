import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { loadConfig, type Config } from './config.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { purgeExpiredIdempotencyKeys } from './http/idempotency.js';
import { purgeUsedChallenges } from './http/proof-of-work.js';
import { defaultLogWriter } from './http/request-log.js';
import { erasePersonalDataPastRetention } from './petitions/retention.js';
import { retentionDays } from './staff/commune.js';

const PURGE_INTERVAL_MS = 60 * 60 * 1000;
const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** What a package serving its own content beside the API (the demo) adds, decided once the database is ready. */
export interface ServerExtras {
  /** Sites served beside the API, mounted at `/` (the demo commune's page). */
  sites?: readonly Hono[];
  /** A line for the operator once the server listens. */
  banner?: (url: string) => string | undefined;
}

export interface ServerOptions {
  /** Runs once the database is migrated, before the server listens (the demo seeds here). */
  prepare?: (db: Database, config: Config) => Promise<ServerExtras>;
}

/**
 * The reference server's process: configuration from the environment, the database
 * opened and migrated, periodic housekeeping, HTTP, and a clean stop on SIGINT/SIGTERM.
 */
export async function startServer(options: ServerOptions = {}): Promise<void> {
  const log = defaultLogWriter();
  const config = loadConfig();
  const db = await openDatabase(config);
  let extras: ServerExtras = {};
  try {
    await migrate(db, undefined, { secretKey: config.secretKey });
    extras = (await options.prepare?.(db, config)) ?? {};
    await purgeExpiredIdempotencyKeys(db);
    await purgeUsedChallenges(db);
    await erasePersonalDataPastRetention(db, await retentionDays(db, config.signatureRetentionDays));
  } catch (error) {
    await db.close();
    throw error;
  }
  const purge = setInterval(() => {
    void purgeExpiredIdempotencyKeys(db).catch(() => {});
    void purgeUsedChallenges(db).catch(() => {});
  }, PURGE_INTERVAL_MS);
  purge.unref();
  const retention = setInterval(
    () =>
      void retentionDays(db, config.signatureRetentionDays)
        .then((days) => erasePersonalDataPastRetention(db, days))
        .catch(() => {}),
    RETENTION_INTERVAL_MS,
  );
  retention.unref();

  const app = createApp({ db, config, log, sites: extras.sites });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const url = `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}/`;
    if (config.generatedSecretsFile) {
      process.stderr.write(`Development admin token and secret key: ${config.generatedSecretsFile}\n`);
    }
    if (db.kind === 'pglite') {
      process.stderr.write(
        `Embedded database (PGlite) in ${config.dataDir}: one process only; set DATABASE_URL for PostgreSQL in production.\n`,
      );
    }
    const banner = extras.banner?.(url);
    if (banner) process.stderr.write(`${banner}\n`);
    // Last: supervisors and tests take this line as "ready", the notices above included.
    log(JSON.stringify({ time: new Date().toISOString(), event: 'listening', url, database: db.kind }));
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(JSON.stringify({ time: new Date().toISOString(), event: 'stopping', signal }));
    clearInterval(purge);
    clearInterval(retention);
    server.close(() => {
      db.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
    // Keep-alive connections can hold close() open; don't wait on them forever.
    setTimeout(() => void db.close().finally(() => process.exit(0)), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Runs `start`, turning a failure into one line on stderr and exit code 1. */
export function runOrExit(start: () => Promise<void>): void {
  start().catch((error: unknown) => {
    process.stderr.write(`mocharaka server failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
