import type { MiddlewareHandler } from 'hono';
import { bodyLimit as streamedBodyLimit } from 'hono/body-limit';
import { HttpError } from './http-error.js';

/**
 * 413 `payload_too_large` for a body over `maxBytes`. A request that states its length
 * (Content-Length, no Transfer-Encoding: every browser's JSON POST) is judged by that
 * header, which Node's parser holds the body to, as hono's `bodyLimit` does — but
 * without asking for `c.req.raw.body` first, which on Node makes @hono/node-server build
 * a whole WHATWG Request (abort signal, web stream over the socket) for every request,
 * GETs included: a tenth of a signature's server CPU. Other bodies (chunked) are counted
 * by hono's `bodyLimit` as they stream in.
 */
export function bodyLimit(maxBytes: number): MiddlewareHandler {
  const refuse = () => {
    throw new HttpError(413, 'payload_too_large', `The body must not exceed ${maxBytes / 1024} kB`);
  };
  const streamed = streamedBodyLimit({ maxSize: maxBytes, onError: refuse });
  return async (c, next) => {
    // Node hands a GET or HEAD handler no body, whatever the request carried.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    if (parseInt(length, 10) > maxBytes) refuse();
    return next();
  };
}
