/**
 * Where the loader (`packages/loader/src/prefetch.ts`, which has its own copy of this
 * key: it shares no module with the elements) leaves the reads it sent before an
 * element's code arrived, by URL.
 */
export const PREFETCHED_READS = Symbol.for('mocharaka.prefetched-reads');

/** An answer prefetched longer ago than this is not used: the element reads again. */
export const PREFETCH_MAX_AGE_MS = 30_000;

/** A prefetched answer, its body already read: taking it needs no further wait on the network. */
export interface PrefetchedAnswer {
  status: number;
  retryAfter: string | null;
  body: string;
}

export interface PrefetchedRead {
  /** `performance.now()` when the loader sent it. */
  sentAt: number;
  /** Resolves once the whole answer is in, or to undefined when the request failed; the element then sends its own. */
  answer: Promise<PrefetchedAnswer | undefined>;
}

type PrefetchStore = Map<string, PrefetchedRead>;

/**
 * The answer the loader prefetched for `url`, once (a second read of the URL fetches
 * again); undefined when there is none, it failed, or `signal` aborts first.
 */
export function takePrefetched(url: string, signal: AbortSignal): Promise<PrefetchedAnswer | undefined> | undefined {
  const store = (globalThis as { [PREFETCHED_READS]?: PrefetchStore })[PREFETCHED_READS];
  const read = store?.get(url);
  if (!read) return undefined;
  store!.delete(url);
  if (performance.now() - read.sentAt > PREFETCH_MAX_AGE_MS) return undefined;
  const aborted = new Promise<undefined>((resolve) => signal.addEventListener('abort', () => resolve(undefined), { once: true }));
  return Promise.race([read.answer, aborted]);
}
