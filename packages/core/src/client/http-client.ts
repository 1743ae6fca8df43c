import { PUBLIC_MAX_AGE_SECONDS, PUBLIC_STALE_SECONDS } from '../contract/http.js';
import type { ReadOptions, SubmitOptions } from './backend.js';
import { requestJson, type RequestPolicy } from './request-json.js';

/** A path below the endpoint, each segment encoded. */
export const path = (...segments: (string | number)[]) => segments.map((segment) => encodeURIComponent(segment)).join('/');

export interface HttpBackendOptions {
  /** Base URL of the contract, ending in `/v1` (relative URLs resolve against the page). */
  endpoint: string;
  /** Per-attempt timeout in milliseconds. */
  timeout?: number;
  /** Attempts for reads and idempotent submissions, the first included. */
  attempts?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/**
 * The transport every resource's HTTP backend shares (see `over-http/`): JSON reads and
 * submissions below one endpoint, with the timeout and retry policy of `requestJson`.
 * Answers are typed by the shared schemas but not re-parsed here, to keep the schemas of
 * every resource out of each element's bundle — a backend's answers are checked by the
 * conformance tests instead.
 *
 * Before each submission it solves a proof-of-work challenge from the backend (no third
 * party) and sends it in `Mocharaka-Proof`; a refused proof (422 `proof_*`) is replaced
 * once by a fresh one (see `lazy/post-with-proof.ts`, loaded at the first submission).
 */
export class HttpClient {
  readonly endpoint: string;
  readonly #policy: RequestPolicy;
  #wroteAt = -Infinity;

  constructor(options: HttpBackendOptions) {
    this.endpoint = new URL(options.endpoint.replace(/\/?$/, '/'), globalThis.location?.href).href;
    this.#policy = {
      timeout: options.timeout ?? 10_000,
      attempts: options.attempts ?? 3,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    };
  }

  /**
   * Public answers may come from the browser's cache for a few seconds. After this client's
   * own write, reads revalidate instead (a cheap 304 when nothing changed), so a citizen who
   * just registered or rated sees the seat count or the scores with their own action in them.
   */
  get<T>(path: string, options?: ReadOptions): Promise<T> {
    const wroteRecently = Date.now() - this.#wroteAt < (PUBLIC_MAX_AGE_SECONDS + PUBLIC_STALE_SECONDS) * 1000;
    return this.send(path, { method: 'GET', signal: options?.signal, ...(wroteRecently && { cache: 'no-cache' }) });
  }

  /** The `items` of a list answer. */
  list<T>(path: string, options?: ReadOptions): Promise<T[]> {
    return this.get<{ items: T[] }>(path, options).then((list) => list.items);
  }

  async post<T>(path: string, body: unknown, options: SubmitOptions): Promise<T> {
    // Submitting (proof of work included) is loaded with the first submission: a citizen who only reads never downloads it.
    const { postWithProof } = await import('../lazy/post-with-proof.js');
    this.#wroteAt = Date.now();
    try {
      return await postWithProof<T>(this.endpoint, (path, init) => this.send(path, init), path, body, options);
    } finally {
      this.#wroteAt = Date.now();
    }
  }

  async send<T>(path: string, init: RequestInit): Promise<T> {
    const url = new URL(path, this.endpoint).href;
    const headers = { accept: 'application/json', ...init.headers };
    return (await requestJson(url, { ...init, credentials: 'omit', headers }, this.#policy)) as T;
  }
}

/** Builds one resource's backend on the shared transport; each element names the one it uses. */
export type HttpBackendFactory<Backend> = (http: HttpClient) => Backend;
