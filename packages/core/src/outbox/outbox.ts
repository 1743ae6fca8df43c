import { ApiError } from '../client/api-error.js';
import { newIdempotencyKey } from '../client/idempotency-key.js';
import { pendingEntries, readEntries, writeEntries, type OutboxEntry } from './outbox-storage.js';

export { OUTBOX_RETENTION_MS, type OutboxEntry } from './outbox-storage.js';

export type OutboxSender<Payload, Result> = (entry: OutboxEntry<Payload>) => Promise<Result>;

export type SendOutcome<Result> =
  { state: 'sent'; result: Result } | { state: 'queued'; error: ApiError } | { state: 'rejected'; error: ApiError };

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
    writeEntries(this.#storageKey, [...this.pending(), entry]);
    const outcomes = await this.flush();
    return outcomes.get(idempotencyKey) ?? { state: 'queued', error: ApiError.network('waiting for earlier submissions') };
  }

  pending(): OutboxEntry<Payload>[] {
    return pendingEntries<Payload>(this.#storageKey);
  }

  /** Sends waiting submissions oldest first, stopping at the first that must wait. */
  flush(): Promise<Map<string, SendOutcome<Result>>> {
    const run = this.#running.then(() => this.#flushInOrder());
    this.#running = run.catch(() => undefined);
    return run;
  }

  async #flushInOrder(): Promise<Map<string, SendOutcome<Result>>> {
    const outcomes = new Map<string, SendOutcome<Result>>();
    writeEntries(this.#storageKey, this.pending());
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
    writeEntries(
      this.#storageKey,
      readEntries<Payload>(this.#storageKey).map((entry) => (entry.idempotencyKey === key ? change(entry) : entry)),
    );
  }

  #remove(key: string) {
    writeEntries(
      this.#storageKey,
      readEntries(this.#storageKey).filter((entry) => entry.idempotencyKey !== key),
    );
  }
}
