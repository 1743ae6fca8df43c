import type { Migration } from './migration.js';

export const migration001: Migration = {
  version: 1,
  name: 'satisfaction',
  statements: [
    `CREATE TABLE communes (
      id text PRIMARY KEY,
      name jsonb NOT NULL,
      settings jsonb NOT NULL DEFAULT '{}'::jsonb
    )`,
    `CREATE TABLE services (
      id text PRIMARY KEY,
      commune_id text NOT NULL REFERENCES communes (id),
      name jsonb NOT NULL,
      description jsonb,
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX services_by_position ON services (commune_id, position, id)`,
    `CREATE TABLE ratings (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      service_id text NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
      comment text,
      channel text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX ratings_by_service ON ratings (service_id, id DESC)`,
    `CREATE TABLE idempotency_keys (
      scope text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      status_code smallint,
      response_body jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (scope, key)
    )`,
    `CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at)`,
  ],
};
