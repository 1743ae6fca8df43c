import type { LoaderRead } from './loader-map.js';

/** The same key as core's `client/prefetched.ts` (a test checks they agree). */
export const PREFETCHED_READS = Symbol.for('mocharaka.prefetched-reads');
/** The page-wide endpoint, as core's `config/resolve-endpoint.ts` reads it. */
export const ENDPOINT_META_NAME = 'mocharaka:endpoint';

interface PrefetchedAnswer {
  status: number;
  retryAfter: string | null;
  body: string;
}

interface PrefetchedRead {
  sentAt: number;
  answer: Promise<PrefetchedAnswer | undefined>;
}

/**
 * Sends the element's first read now, while its modules download, as `HttpBackend`
 * would send it (same URL, no credentials): the element's first `GET` of that URL
 * takes this answer instead of waiting one more round trip. The body is read here too,
 * so an element whose code arrives after the answer has its data without waiting on
 * the network again, in time for its first render.
 */
export function prefetchRead(root: Document, element: Element, read: LoaderRead): void {
  const id = element.getAttribute(read.attribute)?.trim();
  if (!id || read.unless.some((name) => element.hasAttribute(name))) return;
  const endpoint =
    element.getAttribute('endpoint')?.trim() || root.querySelector<HTMLMetaElement>(`meta[name="${ENDPOINT_META_NAME}"]`)?.content.trim();
  if (!endpoint) return;
  let url: string;
  try {
    url = new URL(read.path.replace('{id}', encodeURIComponent(id)), new URL(endpoint.replace(/\/?$/, '/'), location.href)).href;
  } catch {
    return; // A malformed endpoint: the element says so itself.
  }
  const store = ((globalThis as { [PREFETCHED_READS]?: Map<string, PrefetchedRead> })[PREFETCHED_READS] ??= new Map());
  if (store.has(url)) return;
  const answer = fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } })
    .then(async (response) => ({ status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() }))
    .catch(() => undefined);
  store.set(url, { sentAt: performance.now(), answer });
}
