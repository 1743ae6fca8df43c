import type { Migration } from './migration.js';

export const migration011: Migration = {
  version: 11,
  name: 'suggestions',
  statements: [
    // The commune's lists the form offers: topics, neighbourhoods, departments (each `{ id, label }`).
    `CREATE TABLE suggestion_boxes (
      commune_id text PRIMARY KEY REFERENCES communes (id) ON DELETE CASCADE,
      topics jsonb NOT NULL DEFAULT '[]'::jsonb,
      neighbourhoods jsonb NOT NULL DEFAULT '[]'::jsonb,
      departments jsonb NOT NULL DEFAULT '[]'::jsonb,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE suggestions (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      code text NOT NULL UNIQUE,
      commune_id text NOT NULL REFERENCES communes (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('suggestion', 'remark')),
      topic text NOT NULL,
      neighbourhood text,
      text text NOT NULL,
      -- The citizen's contact (and name), sealed with the server's key; NULL without one.
      personal_data bytea,
      status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'under_study', 'answered', 'not_retained')),
      department text,
      -- The commune's public answer, a localized text, dated by answered_at.
      answer jsonb,
      published boolean NOT NULL DEFAULT false,
      merged_into bigint REFERENCES suggestions (id) ON DELETE SET NULL,
      -- Kept by the trigger below, so reading a count never counts rows.
      support_count integer NOT NULL DEFAULT 0 CHECK (support_count >= 0),
      submitted_at timestamptz NOT NULL DEFAULT now(),
      studied_at timestamptz,
      answered_at timestamptz,
      CHECK ((answer IS NULL) = (answered_at IS NULL)),
      CHECK (merged_into IS NULL OR merged_into <> id)
    )`,
    `CREATE INDEX suggestions_public ON suggestions (commune_id, id DESC) WHERE published AND merged_into IS NULL`,
    `CREATE INDEX suggestions_queue ON suggestions (commune_id, status, id)`,
    `CREATE INDEX suggestions_merged ON suggestions (merged_into) WHERE merged_into IS NOT NULL`,
    // One "me too" per browser: the hash of its random token, never the token.
    `CREATE TABLE suggestion_supports (
      suggestion_id bigint NOT NULL REFERENCES suggestions (id) ON DELETE CASCADE,
      token_hash bytea NOT NULL,
      supported_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (suggestion_id, token_hash)
    )`,
    `CREATE FUNCTION suggestion_support_count() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'INSERT' THEN
         UPDATE suggestions SET support_count = support_count + 1 WHERE id = NEW.suggestion_id;
       ELSE
         UPDATE suggestions SET support_count = support_count - 1 WHERE id = OLD.suggestion_id;
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER suggestion_supports_count AFTER INSERT OR DELETE ON suggestion_supports
     FOR EACH ROW EXECUTE FUNCTION suggestion_support_count()`,
  ],
};
