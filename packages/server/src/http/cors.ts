import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER, PROOF_HEADER, RETRY_AFTER_HEADER } from '@mocharaka/core/contract';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

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
  return cors({
    origin: async (origin) => {
      const origins = await allowed();
      if (origins.size === 0) return '*';
      return origins.has(origin.toLowerCase()) ? origin : null;
    },
    allowMethods: ['GET', 'HEAD', 'POST'],
    allowHeaders: ['Content-Type', IDEMPOTENCY_KEY_HEADER, PROOF_HEADER],
    exposeHeaders: [IDEMPOTENT_REPLAYED_HEADER, RETRY_AFTER_HEADER],
    credentials: false,
    maxAge: 600,
  });
}
