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
  /** Callbacks of loads started before the host's first update, held until `runHeldCallbacks()`. */
  #held?: (() => void)[];

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
    void this.#loadIfChanged();
  }

  /**
   * Starts the load before the host's first update, so that data already at hand (the
   * loader's prefetched answer) can be in the first render; resolves once it settled.
   * Its `onLoaded`/`onFailed` wait for `runHeldCallbacks()`, which the host calls in that
   * update once every controller is set up (a restored draft), before it renders.
   */
  loadBeforeFirstUpdate(): Promise<void> | undefined {
    this.#held = [];
    return this.#loadIfChanged();
  }

  runHeldCallbacks(): void {
    const held = this.#held;
    this.#held = undefined;
    for (const callback of held ?? []) callback();
  }

  #loadIfChanged(): Promise<void> | undefined {
    const args = this.#options.args();
    if (sameArgs(args, this.#args)) return undefined;
    this.#args = args;
    if (args) return this.#run(args, true);
    this.#reset();
    return undefined;
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
      this.#settled(request, () => this.#options.onLoaded?.(data, args));
    } catch (cause) {
      if (request !== this.#request || abort.signal.aborted) return;
      if (!visible && this.status === 'ready') return;
      const error = (this.error = cause instanceof ApiError ? cause : ApiError.network(cause));
      this.status = 'failed';
      this.#settled(request, () => this.#options.onFailed?.(error, args));
    } finally {
      if (request === this.#request) this.#abort = undefined;
    }
    this.#host.requestUpdate();
  }

  /** Runs a settled load's callback, or holds it (see `loadBeforeFirstUpdate`), dropped if another load started meanwhile. */
  #settled(request: number, callback: () => void) {
    if (!this.#held) return callback();
    this.#held.push(() => request === this.#request && callback());
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
