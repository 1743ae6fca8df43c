import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER, PROOF_HEADER, RETRY_AFTER_HEADER } from '@mocharaka/core/contract';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS of the public operations, which take no cookie and no credentials: any origin by
 * default (`Access-Control-Allow-Origin: *`), so an element pasted on any site works at
 * once; only the listed origins when the operator sets `MOCHARAKA_ALLOWED_ORIGINS`.
 * There is no same-origin exception to compute: a page on the server's own origin makes
 * same-origin requests, which need no CORS at all, so the Host header (which a client
 * chooses) is never consulted. Staff operations get none of this: they stay same-origin.
 */
export function publicCors(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins);
  return cors({
    origin: allowed.size === 0 ? '*' : (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'HEAD', 'POST'],
    allowHeaders: ['Content-Type', IDEMPOTENCY_KEY_HEADER, PROOF_HEADER],
    exposeHeaders: [IDEMPOTENT_REPLAYED_HEADER, RETRY_AFTER_HEADER],
    credentials: false,
    maxAge: 600,
  });
}
