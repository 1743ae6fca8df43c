import type { MiddlewareHandler } from 'hono';
import { setResponseHeader } from './response-headers.js';

/**
 * The demo page needs nothing beyond 'self': its stylesheet is a file, the element's
 * code is a same-origin module and Lit's static styles are constructable stylesheets,
 * which CSP does not treat as inline styles. Trusted Types are enforced too, so the
 * demo proves the elements run on the strictest host pages a commune may have.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; frame-ancestors 'self'; " +
  "base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'";

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  setResponseHeader(c, 'Content-Security-Policy', CONTENT_SECURITY_POLICY);
  setResponseHeader(c, 'X-Content-Type-Options', 'nosniff');
  setResponseHeader(c, 'Referrer-Policy', 'strict-origin-when-cross-origin');
  if (c.req.method === 'POST') setResponseHeader(c, 'Cache-Control', 'no-store');
};
