import { createHash, createHmac } from 'node:crypto';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER } from '@mocharaka/core/contract';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Database, Queryable } from '../db/database.js';
import { HttpError } from './http-error.js';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const LOCK_NOT_AVAILABLE = '55P03';
const UNIQUE_VIOLATION = '23505';
const KEY_CONSTRAINT = 'idempotency_keys_pkey';
/** How long a key is remembered; older rows are forgotten lazily and purged hourly (server.ts). */
const RETENTION = "interval '24 hours'";

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
 * A public write as one SQL statement, so that with its Idempotency-Key it costs one
 * round trip: `ctes` are common table expressions (without `WITH`, comma-separated)
 * ending with one named `outcome` of one row — `refusal` (text, null when accepted),
 * `status` (integer) and `body` (jsonb, the answer). Every data-modifying CTE must AND
 * `FRESH` into its condition (nothing is written for a replayed key), and compute its
 * answer before anything JS could add, since the key row stores it in the same statement.
 */
export interface WriteStatement {
  ctes: string;
  params: readonly unknown[];
  /** The error for a refusal the outcome names (the statement wrote nothing). */
  refusal: (code: string) => Error;
}

/** True in a write CTE unless the request's key was already answered (the `live` CTE below). */
export const FRESH = 'NOT EXISTS (SELECT FROM live)';

/** A timestamptz expression as JavaScript's `toISOString()` writes it (UTC, milliseconds). */
export const isoTimestamp = (expression: string) => `to_char((${expression}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

interface Key {
  scope: string;
  key: string;
  requestHash: string;
}

interface OutcomeRow {
  refusal: string | null;
  status: number | null;
  body: unknown;
  stored_hash: string | null;
  stored_status: number | null;
  stored_body: unknown;
}

/** A replayed key's first answer, thrown through the handler to `idempotent`. */
class Replay extends Error {
  constructor(readonly result: HandlerResult) {
    super('replayed');
  }
}

/**
 * Runs a POST's writes at most once per `Idempotency-Key`. The key row, holding the
 * answer, is written with the side effect — in the same single statement for a
 * `WriteStatement` (`writeOnce`), else in the same transaction — so after a crash a side
 * effect exists exactly when its key does. The same key and body replays the first
 * answer; another body with the key is refused (422); a key whose answer is not stored
 * is 409. Two requests racing with one key: the second waits for the first's row, then
 * replays its answer (409 if the first still holds it after 5 s in a transaction). Without
 * the header nothing is remembered. `beforeWrite` runs first in the new request's
 * transaction (see `IdempotencyOptions`).
 */
export async function idempotent(
  c: Context,
  db: Database,
  requestBody: unknown,
  handler: (tx: Queryable) => Promise<HandlerResult>,
  { beforeWrite }: IdempotencyOptions = {},
): Promise<Response> {
  const rawKey = c.req.header(IDEMPOTENCY_KEY_HEADER);
  if (rawKey !== undefined && !KEY_PATTERN.test(rawKey)) {
    throw new HttpError(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
  }
  const key = rawKey === undefined ? undefined : { scope: `${c.req.method} ${c.req.path}`, ...protectKeyFields(rawKey, requestBody) };
  // A second attempt only after the key row conflicted: an expired row (forgotten first) or a racing request's.
  for (let attempt = 1; ; attempt++) {
    const write = new WriteContext(db, key, beforeWrite);
    try {
      const result = await write.run(handler);
      return c.json(result.body as object, result.status);
    } catch (error) {
      if (error instanceof Replay) {
        c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
        return c.json(error.result.body as object, error.result.status);
      }
      if ((error as { code?: string }).code === LOCK_NOT_AVAILABLE) throw inProgress();
      // A refusal may come from a request racing with this key (a response's participant
      // token, say): its answer, stored since, is the one to give.
      if (key && error instanceof HttpError) {
        const stored = await storedKey(db, key);
        if (stored) {
          const replay = replayOf(stored, key);
          if (replay instanceof HttpError) throw replay;
          c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
          return c.json(replay.result.body as object, replay.result.status);
        }
      }
      if (key && attempt < 3 && isKeyConflict(error)) {
        await db.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND created_at < now() - ${RETENTION}`, [
          key.scope,
          key.key,
        ]);
        continue;
      }
      throw error;
    }
  }
}

/**
 * Runs `statement` as one statement with the request's key when `tx` is the write
 * context `idempotent` gave the handler and nothing else ran yet; otherwise (inside a
 * transaction) as one statement of that transaction, the key being the transaction's.
 * Returns the answer, or throws the statement's refusal.
 */
export async function writeOnce(tx: Queryable, statement: WriteStatement): Promise<HandlerResult> {
  if (tx instanceof WriteContext) return tx.statement(statement);
  const [row] = await tx.query<OutcomeRow>(composeStatement(statement, undefined), statement.params);
  return accepted(row!, statement);
}

function accepted(row: OutcomeRow, statement: WriteStatement): HandlerResult {
  if (row.refusal !== null) throw statement.refusal(row.refusal);
  return { status: row.status as ContentfulStatusCode, body: row.body };
}

/**
 * The `Queryable` a write handler gets. `writeOnce` through it is one statement on the
 * pool; a plain `query` opens a transaction (key check first, key row stored at the end)
 * that stays open until the handler returns, as every write had before.
 */
class WriteContext implements Queryable {
  #transaction?: LazyTransaction;
  #statementRan = false;

  constructor(
    private readonly db: Database,
    private readonly key: Key | undefined,
    private readonly beforeWrite: IdempotencyOptions['beforeWrite'],
  ) {}

  async run(handler: (tx: Queryable) => Promise<HandlerResult>): Promise<HandlerResult> {
    if (this.beforeWrite) await this.#open().ready;
    let result: HandlerResult;
    try {
      result = await handler(this);
    } catch (error) {
      await this.#transaction?.rollback();
      throw error;
    }
    if (this.#statementRan) return result;
    // A handler that wrote nothing through us still has its answer remembered.
    await this.#open().commit(result);
    return result;
  }

  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    if (this.#statementRan) throw new Error('This write already ran as one statement; it cannot be followed by another');
    return this.#open().ready.then((tx) => tx.query<T>(sql, params));
  }

  async statement(statement: WriteStatement): Promise<HandlerResult> {
    if (this.#transaction) return writeOnce(await this.#transaction.ready, statement);
    if (this.#statementRan) throw new Error('A write handler runs one statement');
    const [row] = await this.db.query<OutcomeRow>(composeStatement(statement, this.key), [...statement.params, ...keyParams(this.key)]);
    if (row!.stored_hash !== null) throw replayOf(row!, this.key!);
    // A refused statement wrote nothing: the handler may read, or try again.
    const result = accepted(row!, statement);
    this.#statementRan = true;
    return result;
  }

  #open(): LazyTransaction {
    if (this.#transaction) return this.#transaction;
    const { db, key, beforeWrite } = this;
    this.#transaction = new LazyTransaction(
      db,
      async (tx) => {
        if (key) {
          // How long to wait for another transaction holding this key before answering 409.
          if (db.kind === 'postgres') await tx.query("SET LOCAL lock_timeout = '5s'");
          const stored = await storedKey(tx, key);
          if (stored) throw replayOf(stored, key);
        }
        await beforeWrite?.(tx);
      },
      async (tx, result) => {
        if (!key) return;
        await tx.query(
          'INSERT INTO idempotency_keys (scope, key, request_hash, status_code, response_body) VALUES ($1, $2, $3, $4, $5::jsonb)',
          [...keyParams(key), result.status, result.body],
        );
      },
    );
    return this.#transaction;
  }
}

/**
 * A transaction begun on first use and held open while the handler runs between its
 * statements: `begin` runs first in it, `end` last, before the commit.
 */
class LazyTransaction {
  /** The open transaction; rejects with what failed before the handler's first statement (a replayed key, say). */
  readonly ready: Promise<Queryable>;
  readonly #done: Promise<void>;
  #finish!: (result: HandlerResult | undefined) => void;

  constructor(db: Database, begin: (tx: Queryable) => Promise<void>, end: (tx: Queryable, result: HandlerResult) => Promise<void>) {
    const finished = new Promise<HandlerResult | undefined>((resolve) => (this.#finish = resolve));
    let opened!: (tx: Queryable) => void;
    const open = new Promise<Queryable>((resolve) => (opened = resolve));
    this.#done = db.transaction(async (tx) => {
      await begin(tx);
      opened(tx);
      const result = await finished;
      if (result === undefined) throw ROLLED_BACK;
      await end(tx, result);
    });
    this.ready = Promise.race([open, this.#done.then(() => open)]);
    // Whoever uses the transaction sees its failure; nobody may have yet.
    this.ready.catch(() => {});
  }

  async commit(result: HandlerResult): Promise<void> {
    this.#finish(result);
    await this.#done;
  }

  async rollback(): Promise<void> {
    this.#finish(undefined);
    await this.#done.catch(() => {});
  }
}

const ROLLED_BACK = new Error('rolled back');

/**
 * The statement: the key's live row (`live`), the write's CTEs, the key row stored with
 * the answer when the write was accepted, and one row telling which happened.
 */
function composeStatement(statement: WriteStatement, key: Key | undefined): string {
  const n = statement.params.length;
  const live = key
    ? `SELECT request_hash, status_code, response_body FROM idempotency_keys
       WHERE scope = $${n + 1} AND key = $${n + 2} AND created_at >= now() - ${RETENTION}`
    : 'SELECT NULL::text AS request_hash, NULL::smallint AS status_code, NULL::jsonb AS response_body WHERE false';
  const kept = key
    ? `, kept AS (
         INSERT INTO idempotency_keys (scope, key, request_hash, status_code, response_body)
         SELECT $${n + 1}, $${n + 2}, $${n + 3}, outcome.status, outcome.body FROM outcome
         WHERE outcome.refusal IS NULL AND ${FRESH}
       )`
    : '';
  return `WITH live AS MATERIALIZED (${live}), ${statement.ctes}${kept}
    SELECT outcome.refusal, outcome.status, outcome.body,
           live.request_hash AS stored_hash, live.status_code AS stored_status, live.response_body AS stored_body
    FROM outcome LEFT JOIN live ON true`;
}

const keyParams = (key: Key | undefined) => (key ? [key.scope, key.key, key.requestHash] : []);

async function storedKey(db: Queryable, key: Key): Promise<Pick<OutcomeRow, 'stored_hash' | 'stored_status' | 'stored_body'> | undefined> {
  const [row] = await db.query<Pick<OutcomeRow, 'stored_hash' | 'stored_status' | 'stored_body'>>(
    `SELECT request_hash AS stored_hash, status_code AS stored_status, response_body AS stored_body FROM idempotency_keys
     WHERE scope = $1 AND key = $2 AND created_at >= now() - ${RETENTION}`,
    [key.scope, key.key],
  );
  return row;
}

function replayOf(row: Pick<OutcomeRow, 'stored_hash' | 'stored_status' | 'stored_body'>, key: Key): Replay | HttpError {
  if (row.stored_status === null) return inProgress();
  if (row.stored_hash !== key.requestHash) {
    return new HttpError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with another request body');
  }
  return new Replay({ status: row.stored_status as ContentfulStatusCode, body: row.stored_body });
}

function isKeyConflict(error: unknown): boolean {
  const { code, constraint_name, constraint } = error as { code?: string; constraint_name?: string; constraint?: string };
  return code === UNIQUE_VIOLATION && (constraint_name ?? constraint) === KEY_CONSTRAINT;
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

function protectKeyFields(rawKey: string, requestBody: unknown): { key: string; requestHash: string } {
  const { storedKey, requestHash } = protectKey(rawKey, requestBody);
  return { key: storedKey, requestHash };
}

const inProgress = () =>
  new HttpError(409, 'idempotency_in_progress', 'A request with this Idempotency-Key is still being processed; retry later');

/** Forgets keys older than the 24-hour retention window (server.ts, hourly: never on a request's path). */
export async function purgeExpiredIdempotencyKeys(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - ${RETENTION}`);
}
