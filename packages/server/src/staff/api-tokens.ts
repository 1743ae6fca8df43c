import { API_TOKEN_PREFIX, type ApiToken, type StaffRole } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { newId, randomSecret, secretDigest } from './secrets.js';

/** `last_used_at` is written at most this often. */
const TOUCH_EVERY_SECONDS = 60;
/** Characters of the secret kept in clear to tell tokens apart (`mch_` + 6). */
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  created_at: Date | string;
  expires_at: Date | string | null;
  last_used_at: Date | string | null;
}

const COLUMNS = 'id, name, prefix, created_at, expires_at, last_used_at';

function toToken(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: new Date(row.created_at).toISOString(),
    ...(row.expires_at ? { expiresAt: new Date(row.expires_at).toISOString() } : {}),
    ...(row.last_used_at ? { lastUsedAt: new Date(row.last_used_at).toISOString() } : {}),
  };
}

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(API_TOKEN_PREFIX);
}

/** Creates a token; the secret is returned once and only its digest is stored. */
export async function createApiToken(
  tx: Queryable,
  accountId: string,
  input: { name: string; expiresInDays?: number },
): Promise<{ token: ApiToken; secret: string }> {
  const secret = `${API_TOKEN_PREFIX}${randomSecret()}`;
  const [row] = await tx.query<TokenRow>(
    `INSERT INTO staff_api_tokens (id, account_id, name, prefix, token_hash, expires_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::integer IS NULL THEN NULL ELSE now() + make_interval(days => $6::integer) END)
     RETURNING ${COLUMNS}`,
    [newId(), accountId, input.name, secret.slice(0, SHOWN_PREFIX_LENGTH), secretDigest(secret), input.expiresInDays ?? null],
  );
  return { token: toToken(row!), secret };
}

/** The account's tokens still usable, newest first. */
export async function listApiTokens(db: Queryable, accountId: string): Promise<ApiToken[]> {
  const rows = await db.query<TokenRow>(
    `SELECT ${COLUMNS} FROM staff_api_tokens
     WHERE account_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
     ORDER BY created_at DESC, id`,
    [accountId],
  );
  return rows.map(toToken);
}

/** Revokes a token of `ownerId` (any owner's when undefined); the token's name and owner, or undefined. */
export async function revokeApiToken(
  tx: Queryable,
  id: string,
  ownerId: string | undefined,
): Promise<{ name: string; accountId: string } | undefined> {
  const [row] = await tx.query<{ name: string; account_id: string }>(
    `UPDATE staff_api_tokens SET revoked_at = now()
     WHERE id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR account_id = $2)
     RETURNING name, account_id`,
    [id, ownerId ?? null],
  );
  return row && { name: row.name, accountId: row.account_id };
}

export async function revokeAccountTokens(tx: Queryable, accountId: string): Promise<void> {
  await tx.query('UPDATE staff_api_tokens SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL', [accountId]);
}

/** The owner of a usable token (not revoked, not expired, account active), with the owner's current role. */
export async function findTokenOwner(
  db: Queryable,
  secret: string,
): Promise<{ tokenId: string; account: { id: string; email: string; displayName: string; role: StaffRole } } | undefined> {
  const [row] = await db.query<{ token_id: string; stale: boolean; id: string; email: string; display_name: string; role: StaffRole }>(
    `SELECT t.id AS token_id, (t.last_used_at IS NULL OR t.last_used_at < now() - make_interval(secs => $2::integer)) AS stale,
            a.id, a.email, a.display_name, a.role
     FROM staff_api_tokens t JOIN staff_accounts a ON a.id = t.account_id
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND a.active`,
    [secretDigest(secret), TOUCH_EVERY_SECONDS],
  );
  if (!row) return undefined;
  if (row.stale) await db.query('UPDATE staff_api_tokens SET last_used_at = now() WHERE id = $1', [row.token_id]);
  return { tokenId: row.token_id, account: { id: row.id, email: row.email, displayName: row.display_name, role: row.role } };
}
