import { ApiError } from './api-error.js';
import { takePrefetched } from './prefetched.js';

export interface RequestPolicy {
  /** Per-attempt timeout in milliseconds. */
  timeout: number;
  /** Attempts in all, the first included. */
  attempts: number;
  fetch: typeof fetch;
}

const MAX_BACKOFF_MS = 8_000;
const MAX_RETRY_AFTER_MS = 10_000;

/**
 * One JSON request with a timeout per attempt and retries with jittered exponential
 * backoff on network failures, 408, 429 and 5xx (honouring `Retry-After`). Callers
 * retry POSTs only because each carries an `Idempotency-Key` the server honours.
 * Failures always end as an `ApiError`; an abort by the caller is rethrown as is.
 * A first read the loader already sent for this URL is taken instead of fetching again.
 */
export async function requestJson(url: string, init: RequestInit, policy: RequestPolicy): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), policy.timeout);
    const forwardAbort = () => timeout.abort();
    init.signal?.addEventListener('abort', forwardAbort, { once: true });
    let error: ApiError;
    let retryAfter: string | null = null;
    try {
      const taken = attempt === 1 && (init.method ?? 'GET') === 'GET' ? takePrefetched(url, timeout.signal) : undefined;
      const prefetched = taken && (await taken);
      if (prefetched) {
        // Read whole already: parsed here, the answer reaches the element within the same task.
        if (prefetched.status >= 200 && prefetched.status < 300) return prefetched.status === 204 ? undefined : JSON.parse(prefetched.body);
        error = ApiError.fromBody(prefetched.status, parseOrUndefined(prefetched.body));
        retryAfter = prefetched.retryAfter;
      } else {
        const response = await policy.fetch(url, { ...init, signal: timeout.signal });
        if (response.ok) return response.status === 204 ? undefined : await response.json();
        error = ApiError.fromBody(response.status, await response.json().catch(() => undefined));
        retryAfter = response.headers.get('retry-after');
      }
    } catch (cause) {
      if (init.signal?.aborted) throw init.signal.reason ?? cause;
      error = cause instanceof ApiError ? cause : ApiError.network(cause);
    } finally {
      clearTimeout(timer);
      init.signal?.removeEventListener('abort', forwardAbort);
    }
    if (!error.retryable || attempt >= policy.attempts) throw error;
    await delay(backoff(attempt, retryAfter));
  }
}

function parseOrUndefined(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function backoff(attempt: number, retryAfter: string | null): number {
  const seconds = Number(retryAfter);
  if (retryAfter && Number.isFinite(seconds)) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  const ceiling = Math.min(MAX_BACKOFF_MS, 400 * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
