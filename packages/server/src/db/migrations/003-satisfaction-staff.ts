import type { Migration } from './migration.js';

export const migration003: Migration = {
  version: 3,
  name: 'satisfaction-staff',
  statements: [
    // Staff hide an abusive comment: it stays for the record but is left out of exports.
    `ALTER TABLE ratings ADD COLUMN hidden boolean NOT NULL DEFAULT false`,
    // Fixed-window request counters shared by every server process (src/http/rate-limit.ts).
    `CREATE TABLE rate_limits (
      bucket text NOT NULL,
      window_start timestamptz NOT NULL,
      count integer NOT NULL,
      PRIMARY KEY (bucket, window_start)
    )`,
    `CREATE INDEX rate_limits_by_window ON rate_limits (window_start)`,
  ],
};
