import type { Migration } from './migration.js';

export const migration005: Migration = {
  version: 5,
  name: 'charters',
  statements: [
    `CREATE TABLE charters (
      id text PRIMARY KEY,
      commune_id text NOT NULL REFERENCES communes (id),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'consultation', 'adopted', 'revised')),
      consultation jsonb,
      adoption jsonb,
      revision jsonb,
      current_version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX charters_by_commune ON charters (commune_id, created_at, id)`,
    // Every version is kept: a charter's history is part of what the public may read.
    `CREATE TABLE charter_versions (
      charter_id text NOT NULL REFERENCES charters (id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number >= 1),
      title jsonb NOT NULL,
      summary jsonb,
      note jsonb,
      document jsonb NOT NULL,
      -- Article ids added, removed and changed since the previous version (NULL for the first).
      changes jsonb,
      published_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (charter_id, number)
    )`,
    `CREATE TABLE charter_adhesions (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      reference text NOT NULL UNIQUE,
      charter_id text NOT NULL REFERENCES charters (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('association', 'citizen')),
      name text NOT NULL,
      contact text NOT NULL,
      registration_number text,
      city text,
      -- Hidden by staff (not a real association, abusive name): out of the public list and counts.
      hidden boolean NOT NULL DEFAULT false,
      adhered_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX charter_adhesions_by_charter ON charter_adhesions (charter_id, adhered_at, id)`,
  ],
};
