import type { Migration } from './migration.js';

export const migration004: Migration = {
  version: 4,
  name: 'petitions',
  statements: [
    `CREATE TABLE petitions (
      id text PRIMARY KEY,
      commune_id text NOT NULL REFERENCES communes (id),
      title jsonb NOT NULL,
      body jsonb NOT NULL,
      demands jsonb NOT NULL,
      agent_name text NOT NULL,
      status text NOT NULL DEFAULT 'collecting'
        CHECK (status IN ('collecting', 'deposited', 'under_review', 'accepted', 'rejected', 'answered')),
      opens_at timestamptz NOT NULL,
      closes_at timestamptz NOT NULL,
      -- NULL: the commune's default for its population category.
      threshold integer CHECK (threshold >= 1),
      eligibility text[] NOT NULL DEFAULT '{resident,economic}',
      portal_url text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (closes_at > opens_at)
    )`,
    `CREATE INDEX petitions_by_commune ON petitions (commune_id, opens_at DESC, id)`,
    `CREATE TABLE petition_status_changes (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      petition_id text NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
      status text NOT NULL,
      at timestamptz NOT NULL,
      note jsonb
    )`,
    `CREATE INDEX petition_status_changes_by_petition ON petition_status_changes (petition_id, at, id)`,
    // id_hash: HMAC-SHA256 of the normalised national ID; personal_data: AES-256-GCM of
    // the signatory's fields. The UNIQUE constraint is what makes one signature per ID.
    `CREATE TABLE petition_signatures (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      petition_id text NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
      id_hash bytea NOT NULL,
      personal_data bytea NOT NULL,
      signed_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (petition_id, id_hash)
    )`,
    `CREATE INDEX petition_signatures_by_time ON petition_signatures (petition_id, signed_at)`,
    `CREATE TABLE petition_paper_signatures (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      petition_id text NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
      count integer NOT NULL CHECK (count >= 1),
      note text,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX petition_paper_signatures_by_petition ON petition_paper_signatures (petition_id)`,
  ],
};
