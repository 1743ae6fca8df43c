import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../client/api-error.js';

export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface ResourceOptions<Args extends readonly unknown[], Data> {
  /**
   * The inputs the load depends on, read before every host update (after `willUpdate`).
   * When one of them changes (`!==`) the resource loads again, aborting the load in
   * flight. Return `undefined` while the host is not configured: the resource stays
   * `idle`.
   */
  args(): Args | undefined;
  /** Loads the data; must pass `signal` on to fetch so a superseded load is aborted. */
  load(args: Args, signal: AbortSignal): Promise<Data>;
  /** Called once per successful load, after `data` is set (e.g. to fire `mocharaka-loaded`). */
  onLoaded?(data: Data, args: Args): void;
  /** Called once per failed load (not for aborted ones), after `error` is set. */
  onFailed?(error: ApiError, args: Args): void;
}

/**
 * Data an element loads from the backend, as a Lit reactive controller: `status`,
 * `data` and `error` for the render's one switch, a load per change of `args()`
 * (properties set before or after connection, in any order), aborted when superseded
 * or when the host disconnects, and answers of a superseded load ignored. A failed
 * network load is tried again when the browser comes back online; `retry()` is the
 * "Try again" button.
 *
 * ```ts
 * #petition = new ResourceController(this, {
 *   args: () => (this.client && this.petition ? [this.client, this.petition] as const : undefined),
 *   load: ([client, id], signal) => client.getPetition(id, { signal }),
 * });
 * ```
 */
export class ResourceController<Args extends readonly unknown[], Data> implements ReactiveController {
  status: ResourceStatus = 'idle';
  data?: Data;
  error?: ApiError;

  readonly #host: ReactiveControllerHost;
  readonly #options: ResourceOptions<Args, Data>;
  #args?: Args;
  #abort?: AbortController;
  #request = 0;

  constructor(host: ReactiveControllerHost, options: ResourceOptions<Args, Data>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#onOnline);
    // Reconnected after a move in the page: the load aborted on disconnect runs again.
    if (this.status === 'loading' && !this.#abort) {
      this.#args = undefined;
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#onOnline);
    // Any load in flight, a background refresh too: an element off the page must not act
    // on a late answer (its onLoaded could send another element's queued submissions).
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
      this.#request++;
    }
  }

  hostUpdate(): void {
    const args = this.#options.args();
    if (sameArgs(args, this.#args)) return;
    this.#args = args;
    if (args) void this.#run(args, true);
    else this.#reset();
  }

  /** Loads again, showing `loading` (the "Try again" button). */
  retry(): Promise<void> {
    return this.#args ? this.#run(this.#args, true) : Promise.resolve();
  }

  /**
   * Loads again in the background: `status` and the shown `data` stay until the answer
   * arrives, and a failure leaves them as they were (e.g. a count refreshed after signing).
   */
  refresh(): Promise<void> {
    return this.#args ? this.#run(this.#args, false) : Promise.resolve();
  }

  #reset() {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#request++;
    this.status = 'idle';
    this.data = undefined;
    this.error = undefined;
  }

  async #run(args: Args, visible: boolean): Promise<void> {
    const request = ++this.#request;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    if (visible) {
      this.status = 'loading';
      this.error = undefined;
      this.#host.requestUpdate();
    }
    try {
      const data = await this.#options.load(args, abort.signal);
      if (request !== this.#request) return;
      this.data = data;
      this.status = 'ready';
      this.error = undefined;
      this.#options.onLoaded?.(data, args);
    } catch (cause) {
      if (request !== this.#request || abort.signal.aborted) return;
      if (!visible && this.status === 'ready') return;
      this.error = cause instanceof ApiError ? cause : ApiError.network(cause);
      this.status = 'failed';
      this.#options.onFailed?.(this.error, args);
    } finally {
      if (request === this.#request) this.#abort = undefined;
    }
    this.#host.requestUpdate();
  }

  #onOnline = () => {
    if (this.status === 'failed' && this.error?.status === 0) void this.retry();
  };
}

function sameArgs(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((value, index) => value === b[index]);
}
