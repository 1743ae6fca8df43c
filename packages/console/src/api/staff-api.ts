import { ApiError, newIdempotencyKey } from '@mocharaka/core';
import { STAFF_CSRF_HEADER } from '@mocharaka/core/contract';

export type Query = Record<string, string | number | undefined>;
export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * How every console screen talks to the server. Screens receive it as a property, so
 * tests hand them a fake that answers from canned data.
 */
export interface StaffApi {
  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T>;
  send<T>(method: WriteMethod, path: string, body?: unknown): Promise<T>;
  /** The URL of a file route (CSV, printable list) the browser opens itself, with the session cookie. */
  href(path: string, query?: Query): string;
}

const TIMEOUT_MS = 20_000;

/**
 * The same-origin API with the session cookie: every write carries the session's CSRF
 * token and an Idempotency-Key (the admin routes are idempotent, so a double click or
 * a retried request never records a change twice). A 401 `unauthorized` means the session ended:
 * `onSignedOut` lets the shell show the sign-in screen.
 */
export class HttpStaffApi implements StaffApi {
  csrfToken?: string;
  onSignedOut?: () => void;

  constructor(private readonly origin = '') {}

  href(path: string, query?: Query): string {
    const url = new URL(`${this.origin}${path}`, location.href);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
    }
    return this.origin ? url.href : `${url.pathname}${url.search}`;
  }

  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
    return this.#request<T>('GET', this.href(path, query), undefined, signal);
  }

  send<T>(method: WriteMethod, path: string, body?: unknown): Promise<T> {
    return this.#request<T>(method, this.href(path), body);
  }

  async #request<T>(method: string, url: string, body: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (method !== 'GET') {
      headers['Idempotency-Key'] = newIdempotencyKey();
      if (this.csrfToken) headers[STAFF_CSRF_HEADER] = this.csrfToken;
    }
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        // Staff read what they just changed: public answers the browser may keep for a few seconds are fetched anew.
        cache: 'no-store',
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (cause) {
      if (signal?.aborted) throw signal.reason ?? cause;
      throw ApiError.network(cause);
    }
    if (response.status === 204) return undefined as T;
    const answer: unknown = await response.json().catch(() => undefined);
    if (response.ok) return answer as T;
    const error = ApiError.fromBody(response.status, answer);
    if (response.status === 401 && error.code === 'unauthorized') this.onSignedOut?.();
    throw error;
  }
}
