import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiError } from '../client/api-error.js';
import { newIdempotencyKey } from '../client/idempotency-key.js';
import type { FieldErrorCode } from '../contract/common.js';
import { ApiError as ApiErrorClass } from '../client/api-error.js';
import { pendingEntries, writeEntries, type OutboxEntry } from '../outbox/outbox-storage.js';
import type { Outbox } from '../outbox/outbox.js';

/**
 * The sending half (the outbox and how outcomes settle) is loaded when the host connects
 * (and awaited at the first send), not with the element: a citizen who only reads never
 * runs it. A submission is written to storage before it is awaited, so even if that load
 * fails (offline right after the page loaded) nothing is lost: it waits, queued.
 */
const loadSending = () => import('../lazy/submission-sending.js');

/** How a submission ended, for the element's one switch on state. */
export type Settlement<Result, Field extends string = string> =
  /** The server recorded it; `later` when it went out from the outbox after the form was left. */
  | { kind: 'receipt'; result: Result; later: boolean }
  /** The server refused some fields (422 naming fields the form knows). */
  | { kind: 'field-errors'; fields: Partial<Record<Field, FieldErrorCode>>; error: ApiError; later: boolean }
  /** Refused for good for another reason (409, 404, a 422 without known fields…). */
  | { kind: 'failure'; error: ApiError; later: boolean }
  /** Not answered yet (offline, 5xx, 429): kept on the device, sent when the connection returns. */
  | { kind: 'queued'; error: ApiError };

export interface SubmissionOptions<Payload, Result, Field extends string> {
  /**
   * The outbox's `localStorage` key, or undefined while the host is not configured.
   * Include the backend's scope (see `MocharakaElement.storageScope`) so two communes on
   * one page never mix their queues.
   */
  storageKey(): string | undefined;
  /** Sends one entry; `entry.idempotencyKey` must travel with it (`Idempotency-Key`). */
  send(entry: OutboxEntry<Payload>): Promise<Result>;
  /** The fields a 422 may name; others make the refusal a `failure`. */
  fields?: readonly Field[];
  /** What identifies a result, so `onReceipt` runs once per result however often it arrives. */
  receiptKey(result: Result): string;
  /** Called once per distinct receipt (fire the element's success event here). */
  onReceipt?(result: Result, entry: OutboxEntry<Payload>): void;
  /** Called for each settlement of an entry sent by `flush()` (reconnect, reload, "Send now"). */
  onLaterSettled?(settlement: Settlement<Result, Field>, entry: OutboxEntry<Payload>): void;
  /** Called with every error (queued or refused), e.g. to fire `mocharaka-error`. */
  onError?(error: ApiError): void;
}

/**
 * Submissions of an element, as a Lit reactive controller: each is written to the
 * device's outbox with its idempotency key before the first attempt (so a double click,
 * a reload or a reconnection counts once), sent in order, and settled into a receipt,
 * field errors, a failure, or "queued". What is queued is sent again when the browser
 * comes back online, and by `flush()` (call it once the host has loaded what it shows).
 * `onReceipt` is called once per receipt, whichever path brought it.
 *
 * ```ts
 * #signing = new SubmissionController(this, {
 *   storageKey: () => this.client && `mocharaka:outbox:petition:${this.storageScope}`,
 *   send: ({ target, payload, idempotencyKey }) => this.client!.signPetition(target, payload, { idempotencyKey }),
 *   fields: SIGNATURE_FIELDS,
 *   receiptKey: (receipt) => receipt.receipt.reference,
 *   onReceipt: (receipt) => this.dispatchEvent(new MocharakaPetitionSignedEvent(…)),
 * });
 * const settlement = await this.#signing.submit(petitionId, signature);
 * ```
 */
export class SubmissionController<Payload, Result, Field extends string = string> implements ReactiveController {
  #inFlight = 0;
  #connected = false;

  readonly #host: ReactiveControllerHost;
  readonly #options: SubmissionOptions<Payload, Result, Field>;
  readonly #announced = new Set<string>();
  #current?: Outbox<Payload, Result>;
  #outboxKey?: string;

  constructor(host: ReactiveControllerHost, options: SubmissionOptions<Payload, Result, Field>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** True while a `submit()` waits for its answer. */
  get sending(): boolean {
    return this.#inFlight > 0;
  }

  hostConnected(): void {
    this.#connected = true;
    window.addEventListener('online', this.#onOnline);
    loadSending().catch(() => undefined);
  }

  hostDisconnected(): void {
    this.#connected = false;
    window.removeEventListener('online', this.#onOnline);
  }

  /** Entries waiting on this device, optionally only those for `target`. */
  pending(target?: string): OutboxEntry<Payload>[] {
    const key = this.#options.storageKey();
    const entries = key ? pendingEntries<Payload>(key) : [];
    return target === undefined ? entries : entries.filter((entry) => entry.target === target);
  }

  /** Stores the submission, sends it (after anything waiting before it) and settles it. */
  async submit(target: string, payload: Payload, idempotencyKey = newIdempotencyKey()): Promise<Settlement<Result, Field>> {
    const key = this.#options.storageKey()!;
    const entry: OutboxEntry<Payload> = { idempotencyKey, target, payload, createdAt: Date.now(), attempts: 0 };
    writeEntries(key, [...pendingEntries(key), entry]);
    this.#inFlight++;
    this.#host.requestUpdate();
    try {
      const sending = await loadSending();
      const outcomes = await (await this.#outbox())!.flush();
      const outcome = outcomes.get(idempotencyKey) ?? { state: 'queued', error: ApiErrorClass.network('waiting for earlier submissions') };
      return sending.settle(this.#options, this.#announced, outcome, entry, false);
    } catch (cause) {
      // Not sent (the sending half did not load, or the send threw): it waits, queued.
      const error = ApiErrorClass.network(cause);
      this.#options.onError?.(error);
      return { kind: 'queued', error };
    } finally {
      this.#inFlight--;
      this.#host.requestUpdate();
    }
  }

  /**
   * Sends what an earlier visit or a lost connection left on this device and settles each
   * entry answered, through `onLaterSettled`. Resolves when the attempt is over. A host
   * no longer on the page sends nothing: the element that replaced it owns the queue.
   */
  async flush(): Promise<void> {
    if (!this.#connected) return;
    const entries = new Map(this.pending().map((entry) => [entry.idempotencyKey, entry]));
    if (entries.size === 0) return;
    const sending = await loadSending().catch(() => undefined);
    const outbox = await this.#outbox().catch(() => undefined);
    if (!sending || !outbox) return;
    const outcomes = await outbox.flush();
    for (const [key, outcome] of outcomes) {
      const entry = entries.get(key);
      if (!entry) continue;
      const settlement = sending.settle(this.#options, this.#announced, outcome, entry, true);
      this.#options.onLaterSettled?.(settlement, entry);
    }
    this.#host.requestUpdate();
  }

  /** The outbox of the current storage key (one per key: its sends stay in order). */
  async #outbox(): Promise<Outbox<Payload, Result> | undefined> {
    const key = this.#options.storageKey();
    if (!key) return undefined;
    const { Outbox } = await loadSending();
    if (key !== this.#outboxKey || !this.#current) {
      this.#outboxKey = key;
      this.#current = new Outbox(key, (entry) => this.#options.send(entry));
    }
    return this.#current;
  }

  #onOnline = () => void this.flush();
}
