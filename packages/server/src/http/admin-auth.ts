import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './http-error.js';

/** Requires `Authorization: Bearer <admin token>`, compared in constant time. */
export function requireAdmin(adminToken: string): MiddlewareHandler {
  const expected = digest(adminToken);
  return async (c, next) => {
    const match = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '');
    // Hashing first gives equal lengths, so the comparison leaks neither content nor length.
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      throw new HttpError(401, 'unauthorized', 'A valid admin token is required', undefined, {
        'WWW-Authenticate': 'Bearer realm="mocharaka-admin"',
      });
    }
    await next();
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
