import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency.js';
import { PROOF_HEADER } from './proof-of-work.js';

/**
 * Lets the public contract be called from the page's own origin and from the origins
 * the commune lists (the sites embedding the elements). Never with credentials.
 */
export function publicCors(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins);
  return cors({
    origin: (origin, c) => (allowed.has(origin) || isSameOrigin(origin, c.req.url) ? origin : null),
    allowMethods: ['GET', 'HEAD', 'POST'],
    allowHeaders: ['Content-Type', IDEMPOTENCY_KEY_HEADER, PROOF_HEADER],
    exposeHeaders: ['Idempotent-Replayed', 'Retry-After'],
    credentials: false,
    maxAge: 600,
  });
}

function isSameOrigin(origin: string, requestUrl: string): boolean {
  try {
    // Compared by host only: behind a TLS-terminating proxy the server sees http.
    return new URL(origin).host === new URL(requestUrl).host;
  } catch {
    return false;
  }
}
