import { createHash, createHmac } from 'node:crypto';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER } from '@mocharaka/core/contract';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Database, Queryable } from '../db/database.js';
import { HttpError } from './http-error.js';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const LOCK_NOT_AVAILABLE = '55P03';

export interface HandlerResult {
  status: ContentfulStatusCode;
  body: unknown;
}

export interface IdempotencyOptions {
  /**
   * Runs in the transaction of a new request (never for a replayed key), before the
   * handler: a check that must hold for a first answer only, such as spending a proof of
   * work, so a retry with the same key gets its first answer even though its proof is spent.
   */
  beforeWrite?: (tx: Queryable) => Promise<void>;
}

/**
 * Runs a POST's writes at most once per `Idempotency-Key`. In one transaction the key
 * row is inserted, the handler writes through that same transaction and the response
 * is stored, so after a crash a side effect exists exactly when its key does. The same
 * key and body replays the first answer; another body with the key is refused (422);
 * a request meeting the key still in flight elsewhere waits briefly, then gets 409.
 * Without the header the handler simply runs in a transaction. `beforeWrite` runs
 * first in the new request's transaction (see `IdempotencyOptions`).
 */
export async function idempotent(
  c: Context,
  db: Database,
  requestBody: unknown,
  handler: (tx: Queryable) => Promise<HandlerResult>,
  { beforeWrite }: IdempotencyOptions = {},
): Promise<Response> {
  const rawKey = c.req.header(IDEMPOTENCY_KEY_HEADER);
  if (rawKey === undefined) {
    const result = await db.transaction(async (tx) => {
      await beforeWrite?.(tx);
      return handler(tx);
    });
    return c.json(result.body as object, result.status);
  }
  if (!KEY_PATTERN.test(rawKey)) {
    throw new HttpError(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
  }
  const scope = `${c.req.method} ${c.req.path}`;
  const { storedKey: key, requestHash } = protectKey(rawKey, requestBody);

  const outcome = await db
    .transaction(async (tx) => {
      // How long to wait for another transaction holding this key before answering 409.
      if (db.kind === 'postgres') await tx.query("SET LOCAL lock_timeout = '5s'");
      await tx.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND created_at < now() - interval '24 hours'`, [
        scope,
        key,
      ]);
      const inserted = await tx.query(
        `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
         ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
        [scope, key, requestHash],
      );
      if (inserted.length === 0) return { replayed: true, result: await storedResponse(tx, scope, key, requestHash) };
      await beforeWrite?.(tx);
      const result = await handler(tx);
      await tx.query('UPDATE idempotency_keys SET status_code = $3, response_body = $4::jsonb WHERE scope = $1 AND key = $2', [
        scope,
        key,
        result.status,
        result.body,
      ]);
      return { replayed: false, result };
    })
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === LOCK_NOT_AVAILABLE) throw inProgress();
      throw error;
    });

  if (outcome.replayed) c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
  return c.json(outcome.result.body as object, outcome.result.status);
}

async function storedResponse(tx: Queryable, scope: string, key: string, requestHash: string): Promise<HandlerResult> {
  const [row] = await tx.query<{ request_hash: string; status_code: number | null; response_body: unknown }>(
    'SELECT request_hash, status_code, response_body FROM idempotency_keys WHERE scope = $1 AND key = $2',
    [scope, key],
  );
  if (!row || row.status_code === null) throw inProgress();
  if (row.request_hash !== requestHash) {
    throw new HttpError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with another request body');
  }
  return { status: row.status_code as ContentfulStatusCode, body: row.response_body };
}

/**
 * What is stored of a key and its request. Bodies can hold personal data (a signature
 * holds a name and an ID number), and a plain hash of a body could be brute-forced from a
 * database dump by someone who knows the name and address. So the body is hashed with
 * an HMAC keyed by the client's random Idempotency-Key, and only a hash of that key is
 * stored: the dump alone gives nothing to test guesses against.
 */
export function protectKey(rawKey: string, requestBody: unknown): { storedKey: string; requestHash: string } {
  return {
    storedKey: createHash('sha256').update(rawKey).digest('base64url'),
    requestHash: createHmac('sha256', rawKey).update(JSON.stringify(requestBody)).digest('base64url'),
  };
}

const inProgress = () =>
  new HttpError(409, 'idempotency_in_progress', 'A request with this Idempotency-Key is still being processed; retry later');

/** Forgets keys older than the 24-hour retention window. */
export async function purgeExpiredIdempotencyKeys(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'`);
}
