import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES, type StaffRole } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { randomSecret, secretDigest } from './secrets.js';

/** A session's `last_seen_at` is written at most this often, not on every request. */
const TOUCH_EVERY_SECONDS = 60;

export interface StoredSession {
  /** The digest of the cookie's secret: the row's key, never sent to the browser. */
  tokenHash: Buffer;
  csrfToken: string;
  expiresAt: string;
  account: { id: string; email: string; displayName: string; role: StaffRole };
}

/**
 * Opens a session and returns the secret to put in the cookie: only its digest is stored,
 * so a copy of the database gives no usable session.
 */
export async function openSession(db: Queryable, accountId: string): Promise<{ secret: string; csrfToken: string; expiresAt: string }> {
  const secret = randomSecret();
  const csrfToken = randomSecret();
  const [row] = await db.query<{ expires_at: Date | string }>(
    `INSERT INTO staff_sessions (token_hash, account_id, csrf_token, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4::integer)) RETURNING expires_at`,
    [secretDigest(secret), accountId, csrfToken, SESSION_ABSOLUTE_HOURS],
  );
  return { secret, csrfToken, expiresAt: new Date(row!.expires_at).toISOString() };
}

/**
 * The live session of this cookie secret, its account active: not past its absolute
 * expiry nor idle longer than allowed. Refreshes its idle clock (at most once a minute).
 */
export async function findSession(db: Queryable, secret: string): Promise<StoredSession | undefined> {
  const tokenHash = secretDigest(secret);
  const [row] = await db.query<{
    csrf_token: string;
    expires_at: Date | string;
    stale: boolean;
    id: string;
    email: string;
    display_name: string;
    role: StaffRole;
  }>(
    `SELECT s.csrf_token, s.expires_at, s.last_seen_at < now() - make_interval(secs => $3::integer) AS stale,
            a.id, a.email, a.display_name, a.role
     FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND a.active AND s.expires_at > now()
       AND s.last_seen_at > now() - make_interval(mins => $2::integer)`,
    [tokenHash, SESSION_IDLE_MINUTES, TOUCH_EVERY_SECONDS],
  );
  if (!row) return undefined;
  if (row.stale) await db.query('UPDATE staff_sessions SET last_seen_at = now() WHERE token_hash = $1', [tokenHash]);
  return {
    tokenHash,
    csrfToken: row.csrf_token,
    expiresAt: new Date(row.expires_at).toISOString(),
    account: { id: row.id, email: row.email, displayName: row.display_name, role: row.role },
  };
}

export async function endSession(db: Queryable, tokenHash: Buffer): Promise<void> {
  await db.query('DELETE FROM staff_sessions WHERE token_hash = $1', [tokenHash]);
}

/** Ends every session of the account, but the one kept (`except`), if any. */
export async function endAccountSessions(db: Queryable, accountId: string, except?: Buffer): Promise<number> {
  const rows = await db.query(
    'DELETE FROM staff_sessions WHERE account_id = $1 AND ($2::bytea IS NULL OR token_hash <> $2) RETURNING account_id',
    [accountId, except ?? null],
  );
  return rows.length;
}

/** Sessions past their expiry are useless; any process may delete them. */
export async function purgeExpiredSessions(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM staff_sessions WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1::integer)`, [
    SESSION_IDLE_MINUTES,
  ]);
}
