import type { Migration } from './migration.js';

/**
 * Proof-of-work challenges already spent (`http/proof-of-work.ts`), each inserted in the
 * transaction of the submission it allowed, so a replay is refused even after a restart
 * or on another server process. Rows past `expires_at` are purged: an expired proof is
 * refused before this table is read.
 */
export const migration008: Migration = {
  version: 8,
  name: 'used-challenges',
  statements: [
    `CREATE TABLE used_challenges (
      challenge text PRIMARY KEY,
      expires_at timestamptz NOT NULL
    )`,
    'CREATE INDEX used_challenges_expires_at ON used_challenges (expires_at)',
  ],
};
