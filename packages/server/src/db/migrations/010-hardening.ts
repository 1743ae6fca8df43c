import type { Migration } from './migration.js';

/**
 * - Signature attempts: every signature request under an ID writes its row (a first one
 *   inserts, a repeat updates `attempts`), so first and duplicate signatures cost the same
 *   WAL flush; a repeat whose name, address or basis differ from the first (a keyed
 *   fingerprint, `data_fingerprint`) counts in `conflicting_attempts`, which staff see in
 *   the export (signature squatting) and nobody else does.
 * - Charter adhesions: a citizen's name and every contact are sealed in `personal_data`
 *   (AES-256-GCM, as signatures); an association's name, registration number and city stay
 *   public. Existing rows are sealed by `sealClearAdhesions` with the server's key, in
 *   this same transaction (see `keyedStep`).
 * - The fingerprint of MOCHARAKA_SECRET_KEY, so a server started with another key refuses
 *   to start instead of failing later on every export and duplicate check.
 */
export const migration010: Migration = {
  version: 10,
  name: 'hardening',
  statements: [
    `ALTER TABLE petition_signatures
       ADD COLUMN attempts integer NOT NULL DEFAULT 1,
       ADD COLUMN conflicting_attempts integer NOT NULL DEFAULT 0,
       ADD COLUMN data_fingerprint bytea`,
    `ALTER TABLE charter_adhesions
       ADD COLUMN personal_data bytea,
       ALTER COLUMN name DROP NOT NULL,
       ALTER COLUMN contact DROP NOT NULL`,
    `CREATE TABLE secret_key_fingerprint (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      fingerprint text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`,
  ],
};
