import type { Migration } from './migration.js';

/**
 * Staff accounts, their sessions and personal API tokens, failed-authentication counters,
 * and the append-only audit trail of staff writes. Session and token secrets are stored
 * only as SHA-256 digests; passwords as scrypt hashes.
 */
export const migration009: Migration = {
  version: 9,
  name: 'staff',
  statements: [
    `CREATE TABLE staff_accounts (
      id text PRIMARY KEY,
      email text NOT NULL UNIQUE CHECK (email = lower(email)),
      display_name text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin', 'editor', 'petitions-officer', 'moderator', 'viewer')),
      password_hash text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_sign_in_at timestamptz
    )`,
    `CREATE TABLE staff_sessions (
      token_hash bytea PRIMARY KEY,
      account_id text NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`,
    `CREATE INDEX staff_sessions_by_account ON staff_sessions (account_id)`,
    `CREATE INDEX staff_sessions_by_expiry ON staff_sessions (expires_at)`,
    `CREATE TABLE staff_api_tokens (
      id text PRIMARY KEY,
      account_id text NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
      name text NOT NULL,
      prefix text NOT NULL,
      token_hash bytea NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz
    )`,
    `CREATE INDEX staff_api_tokens_by_account ON staff_api_tokens (account_id, created_at DESC)`,
    // Failed sign-ins and bearer tokens per account and per client, in fixed windows.
    `CREATE TABLE staff_auth_failures (
      bucket text NOT NULL,
      window_start timestamptz NOT NULL,
      count integer NOT NULL,
      PRIMARY KEY (bucket, window_start)
    )`,
    `CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id text NOT NULL,
      actor_name text NOT NULL,
      actor_via text NOT NULL CHECK (actor_via IN ('session', 'token', 'bootstrap', 'cli')),
      action text NOT NULL,
      resource_type text NOT NULL,
      resource_id text NOT NULL,
      summary jsonb NOT NULL DEFAULT '{}'::jsonb
    )`,
    `CREATE INDEX audit_log_by_resource ON audit_log (resource_type, resource_id, id DESC)`,
    `CREATE INDEX audit_log_by_actor ON audit_log (actor_id, id DESC)`,
    `CREATE INDEX audit_log_by_time ON audit_log (at)`,
    // Append-only in the database itself, not only by convention of the server's code.
    `CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
     END
     $$`,
    `CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
     FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`,
    `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
     FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`,
    // Who moved a petition along its life cycle (NULL for steps recorded before accounts existed).
    `ALTER TABLE petition_status_changes ADD COLUMN actor_id text, ADD COLUMN actor_name text`,
  ],
};
