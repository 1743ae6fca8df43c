import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { BOOTSTRAP_IDENTITY, type StaffVariables } from '../staff/identity.js';
import { isPublicStaffEndpoint } from '../staff/public-endpoints.js';
import { HttpError } from './http-error.js';

/**
 * Lets a request through when the staff authentication (`authenticateStaff`, mounted on
 * `/v1/admin/*`) has identified its caller, or when it carries the bootstrap token
 * `MOCHARAKA_ADMIN_TOKEN` (an app assembled without that middleware). 401 otherwise.
 */
export function requireAdmin(adminToken: string): MiddlewareHandler<{ Variables: StaffVariables }> {
  return async (c, next) => {
    if (c.get('staff') || isPublicStaffEndpoint(c.req.method, c.req.path)) return next();
    const match = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '');
    if (!match?.[1] || !matchesBootstrapToken(adminToken, match[1])) {
      throw new HttpError(401, 'unauthorized', 'A valid admin token is required', undefined, {
        'WWW-Authenticate': 'Bearer realm="mocharaka-admin"',
      });
    }
    c.set('staff', BOOTSTRAP_IDENTITY);
    await next();
  };
}

/** Compared in constant time: hashing first gives equal lengths, so neither content nor length leaks. */
export function matchesBootstrapToken(adminToken: string, candidate: string): boolean {
  return timingSafeEqual(digest(candidate), digest(adminToken));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
