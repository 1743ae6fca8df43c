import type { Context } from 'hono';

/**
 * Sets a header on the answer once a handler gave it (a middleware after `await next()`),
 * by editing that answer's headers in place. `c.header` at that point copies the whole
 * Response first, and on Node the copy is a web-stream Response that @hono/node-server
 * writes chunk by chunk instead of its one-call fast path: with the security, CORS and
 * compression headers, four copies of every answer (a fifth of a signature's server CPU).
 * A Response whose headers are immutable (one from `fetch`) is copied as `c.header` does.
 */
export function setResponseHeader(c: Context, name: string, value: string, { append = false } = {}): void {
  const headers = c.res.headers;
  try {
    if (append) headers.append(name, value);
    else headers.set(name, value);
  } catch {
    c.header(name, value, { append });
  }
}
