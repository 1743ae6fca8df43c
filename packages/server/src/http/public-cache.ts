import { PUBLIC_CACHE_CONTROL } from '@mocharaka/core/contract';
import type { MiddlewareHandler } from 'hono';
import { createHash } from 'node:crypto';
import { setResponseHeader } from './response-headers.js';

/** Staff answers (`/v1/admin`): personal data and drafts, never kept by any cache. */
export const STAFF_CACHE_CONTROL = 'no-store';

/**
 * A weak ETag is a digest of the JSON body, which every public GET builds anyway from a
 * few rows (migration 015's tallies): the body is a few kilobytes whatever the number of
 * signatures, and hashing it costs microseconds. A version column could not cover
 * everything a body depends on (the 10-second window turning over, the commune's
 * settings, a published text) without every writer remembering to bump it; the digest
 * changes exactly when the answer does. Weak, because the bytes may differ once
 * compressed while the answer is the same.
 */
function weakTag(body: Uint8Array): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Weak comparison (RFC 9110 13.1.2): `*`, or any listed tag equal once `W/` is set aside. */
function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((one) => opaque(one) === opaque(tag));
}

/** What a 304 leaves out: it has no body, so nothing describing one. */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding'];

const isStaff = (path: string) => path === '/v1/admin' || path.startsWith('/v1/admin/');

/**
 * `Cache-Control` and a weak `ETag` on the public `/v1` GETs (and HEADs) that succeed,
 * and 304 without a body for a matching `If-None-Match`; `no-store` on every staff
 * answer. An answer that sets its own `Cache-Control` (the server's identity) keeps it
 * and is not tagged.
 */
export const publicCache: MiddlewareHandler = async (c, next) => {
  await next();
  if (isStaff(c.req.path)) {
    setResponseHeader(c, 'Cache-Control', STAFF_CACHE_CONTROL);
    return;
  }
  if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.res.status !== 200 || c.res.headers.has('Cache-Control')) return;
  // Read once and answered from the bytes read: a clone would tee the stream of every GET, and
  // @hono/node-server writes a Uint8Array body straight to the socket.
  const answer = c.res;
  const body = new Uint8Array(await answer.arrayBuffer());
  const tag = weakTag(body);
  const notModified = matches(c.req.header('If-None-Match'), tag);
  const headers = new Headers(answer.headers);
  if (notModified) for (const name of BODY_HEADERS) headers.delete(name);
  // Unset first: hono's setter would otherwise copy the old answer's headers back.
  c.res = undefined;
  c.res = notModified ? new Response(null, { status: 304, headers }) : new Response(body, { status: answer.status, headers });
  setResponseHeader(c, 'Cache-Control', PUBLIC_CACHE_CONTROL);
  setResponseHeader(c, 'ETag', tag);
};
