import { STAFF_CSRF_HEADER } from '@mocharaka/core/contract';
import type { Context } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import { HttpError } from '../http/http-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * True when a browser says the request comes from another site: `Sec-Fetch-Site` other
 * than `same-origin`/`none`, or an `Origin` whose host is not this one. (The host is
 * compared, not the scheme: behind a TLS-terminating proxy the server itself sees http.)
 */
export function isCrossSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  const origin = c.req.header('origin');
  if (origin === undefined) return false;
  const host = c.req.header('host');
  try {
    return !host || new URL(origin).host !== host.toLowerCase();
  } catch {
    return true; // `null` (sandboxed frames, some redirects) or garbage
  }
}

/**
 * A state-changing request made with the session cookie must come from this site and
 * carry the session's CSRF token: a form or script on another site can do neither (the
 * `SameSite=Strict` cookie would not even be sent from there by a current browser).
 */
export function checkCsrf(c: Context, csrfToken: string): void {
  if (!isStateChanging(c.req.method)) return;
  const sent = c.req.header(STAFF_CSRF_HEADER) ?? '';
  const valid = sent.length === csrfToken.length && timingSafeEqual(Buffer.from(sent), Buffer.from(csrfToken));
  if (isCrossSite(c) || !valid) throw csrfFailed();
}

export function csrfFailed(): HttpError {
  return new HttpError(403, 'csrf_failed', `Cross-site request refused: send the session's CSRF token in ${STAFF_CSRF_HEADER}`);
}
