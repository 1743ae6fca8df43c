import type { Migration } from './migration.js';

export const migration002: Migration = {
  version: 2,
  name: 'rating-details',
  statements: [
    `ALTER TABLE services ADD COLUMN tags jsonb NOT NULL DEFAULT '[]'::jsonb`,
    `ALTER TABLE ratings ADD COLUMN tags text[] NOT NULL DEFAULT '{}'`,
    `ALTER TABLE ratings ADD COLUMN page text`,
    `ALTER TABLE ratings ADD COLUMN kiosk_id text`,
    // sha256 hex of the Idempotency-Key the rating was posted with, so details can find it.
    `ALTER TABLE ratings ADD COLUMN rating_key_hash text`,
    `CREATE INDEX ratings_by_key_hash ON ratings (service_id, rating_key_hash)`,
  ],
};
