import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER, PROOF_HEADER, RETRY_AFTER_HEADER } from '@mocharaka/core/contract';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { setResponseHeader } from './response-headers.js';

/** How long the commune's allowed origins are kept before they are read again. */
export const EMBEDDING_ORIGINS_TTL_MS = 30_000;

/**
 * CORS of the public operations, which take no cookie and no credentials: any origin by
 * default (`Access-Control-Allow-Origin: *`), so an element pasted on any site works at
 * once; only the listed origins once an allow-list exists — the operator's
 * `MOCHARAKA_ALLOWED_ORIGINS` and the commune's own list, set by staff in the console
 * (read at most every 30 s, so a change holds across processes without a restart).
 * There is no same-origin exception to compute: a page on the server's own origin makes
 * same-origin requests, which need no CORS at all, so the Host header (which a client
 * chooses) is never consulted. Staff operations get none of this: they stay same-origin.
 * Preflights are hono's `cors`; on the other requests the same headers are set once the
 * handler answered (hono's sets them on `c.res` beforehand, which makes the handler's
 * answer a copy: see `setResponseHeader`).
 */
export function publicCors(
  configured: readonly string[],
  communeOrigins: () => Promise<readonly string[]> = async () => [],
): MiddlewareHandler {
  let cached: { origins: Set<string>; until: number } | undefined;
  const allowed = async () => {
    if (!cached || cached.until <= Date.now()) {
      const stored = await communeOrigins().catch(() => cached?.origins ?? []);
      cached = {
        origins: new Set([...configured, ...stored].map((origin) => origin.toLowerCase())),
        until: Date.now() + EMBEDDING_ORIGINS_TTL_MS,
      };
    }
    return cached.origins;
  };
  const originOf = async (origin: string) => {
    const origins = await allowed();
    if (origins.size === 0) return '*';
    return origins.has(origin.toLowerCase()) ? origin : null;
  };
  const exposeHeaders = [IDEMPOTENT_REPLAYED_HEADER, RETRY_AFTER_HEADER];
  const preflight = cors({
    origin: originOf,
    allowMethods: ['GET', 'HEAD', 'POST'],
    allowHeaders: ['Content-Type', IDEMPOTENCY_KEY_HEADER, PROOF_HEADER],
    exposeHeaders,
    credentials: false,
    maxAge: 600,
  });
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const allowOrigin = await originOf(c.req.header('origin') ?? '');
    await next();
    if (allowOrigin) setResponseHeader(c, 'Access-Control-Allow-Origin', allowOrigin);
    setResponseHeader(c, 'Access-Control-Expose-Headers', exposeHeaders.join(','));
    setResponseHeader(c, 'Vary', 'Origin', { append: true });
  };
}
