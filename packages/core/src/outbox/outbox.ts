import { ApiError } from '../client/api-error.js';
import { newIdempotencyKey } from '../client/idempotency-key.js';

/** One submission waiting to reach the server. Its key never changes across retries. */
export interface OutboxEntry<Payload = unknown> {
  idempotencyKey: string;
  /** What the entry is for (e.g. the service id), so a sender knows where to post. */
  target: string;
  payload: Payload;
  createdAt: number;
  attempts: number;
}

export type OutboxSender<Payload, Result> = (entry: OutboxEntry<Payload>) => Promise<Result>;

export type SendOutcome<Result> =
  | { state: 'sent'; result: Result }
  | { state: 'queued'; error: ApiError }
  | { state: 'rejected'; error: ApiError };

/** Entries older than this are dropped: a week-old rating is no longer worth sending. */
export const OUTBOX_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A persistent queue of submissions, kept in `localStorage` so they survive a reload,
 * a closed tab or a flaky network. A submission is written here before the first
 * attempt and removed only when the server answered it (accepted, or refused for good),
 * so nothing the citizen submitted is silently lost and a retry is counted once.
 * Entries are sent one at a time, oldest first, and a waiting entry holds back the
 * ones after it: a follow-up (a rating's details) never overtakes what it follows.
 */
export class Outbox<Payload, Result> {
  readonly #storageKey: string;
  readonly #send: OutboxSender<Payload, Result>;
  #running: Promise<unknown> = Promise.resolve();

  constructor(storageKey: string, send: OutboxSender<Payload, Result>) {
    this.#storageKey = storageKey;
    this.#send = send;
  }

  /**
   * Stores a new submission and sends what is waiting, in order. Resolves with this
   * submission's outcome ('queued' when something before it is still waiting).
   */
  async submit(target: string, payload: Payload, idempotencyKey = newIdempotencyKey()): Promise<SendOutcome<Result>> {
    const entry: OutboxEntry<Payload> = { idempotencyKey, target, payload, createdAt: Date.now(), attempts: 0 };
    this.#write([...this.pending(), entry]);
    const outcomes = await this.flush();
    return outcomes.get(idempotencyKey) ?? { state: 'queued', error: ApiError.network('waiting for earlier submissions') };
  }

  pending(): OutboxEntry<Payload>[] {
    const now = Date.now();
    return this.#read().filter((entry) => now - entry.createdAt < OUTBOX_RETENTION_MS);
  }

  /** Sends waiting submissions oldest first, stopping at the first that must wait. */
  flush(): Promise<Map<string, SendOutcome<Result>>> {
    const run = this.#running.then(() => this.#flushInOrder());
    this.#running = run.catch(() => undefined);
    return run;
  }

  async #flushInOrder(): Promise<Map<string, SendOutcome<Result>>> {
    const outcomes = new Map<string, SendOutcome<Result>>();
    this.#write(this.pending());
    for (const entry of this.pending()) {
      const outcome = await this.#attempt(entry);
      outcomes.set(entry.idempotencyKey, outcome);
      if (outcome.state === 'queued') break;
    }
    return outcomes;
  }

  async #attempt(entry: OutboxEntry<Payload>): Promise<SendOutcome<Result>> {
    this.#update(entry.idempotencyKey, (stored) => ({ ...stored, attempts: stored.attempts + 1 }));
    try {
      const result = await this.#send(entry);
      this.#remove(entry.idempotencyKey);
      return { state: 'sent', result };
    } catch (cause) {
      const error = cause instanceof ApiError ? cause : ApiError.network(cause);
      if (error.retryable) return { state: 'queued', error };
      this.#remove(entry.idempotencyKey);
      return { state: 'rejected', error };
    }
  }

  #update(key: string, change: (entry: OutboxEntry<Payload>) => OutboxEntry<Payload>) {
    this.#write(this.#read().map((entry) => (entry.idempotencyKey === key ? change(entry) : entry)));
  }

  #remove(key: string) {
    this.#write(this.#read().filter((entry) => entry.idempotencyKey !== key));
  }

  #read(): OutboxEntry<Payload>[] {
    try {
      const raw = storage()?.getItem(this.#storageKey);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? (parsed as OutboxEntry<Payload>[]) : [];
    } catch {
      return [];
    }
  }

  #write(entries: OutboxEntry<Payload>[]) {
    try {
      if (entries.length === 0) storage()?.removeItem(this.#storageKey);
      else storage()?.setItem(this.#storageKey, JSON.stringify(entries));
    } catch {
      // Storage full or blocked (private mode, sandboxed iframe): the attempt in
      // progress still runs; only the survival across a reload is lost.
    }
  }
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
