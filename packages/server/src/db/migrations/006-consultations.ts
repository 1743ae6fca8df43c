import type { Migration } from './migration.js';

export const migration006: Migration = {
  version: 6,
  name: 'consultations',
  statements: [
    // definition: title, introduction, documents, survey and profile settings, as
    // validated by the contract's ConsultationInput (JSON data, never HTML).
    `CREATE TABLE consultations (
      id text PRIMARY KEY,
      commune_id text NOT NULL REFERENCES communes (id),
      definition jsonb NOT NULL,
      opens_at timestamptz NOT NULL,
      closes_at timestamptz NOT NULL,
      results_published boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (closes_at > opens_at)
    )`,
    `CREATE INDEX consultations_by_commune ON consultations (commune_id, opens_at DESC, id)`,
    // token_hash: SHA-256 of the participant token the browser keeps; the UNIQUE
    // constraint is what makes one response per token and consultation.
    `CREATE TABLE consultation_responses (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      consultation_id text NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
      token_hash bytea NOT NULL,
      answers jsonb NOT NULL,
      profile jsonb,
      submitted_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (consultation_id, token_hash)
    )`,
    `CREATE INDEX consultation_responses_by_time ON consultation_responses (consultation_id, submitted_at, id)`,
    // Free-text answers (or passage comments) staff chose to show in the public results.
    `CREATE TABLE consultation_published_texts (
      response_id bigint NOT NULL REFERENCES consultation_responses (id) ON DELETE CASCADE,
      question_id text NOT NULL,
      paragraph_id text NOT NULL DEFAULT '',
      published_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (response_id, question_id, paragraph_id)
    )`,
  ],
};
