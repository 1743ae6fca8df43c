import type { MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/database.js';
import { RateLimiter, type RateLimitSettings } from './rate-limit.js';

/** The public submissions other than ratings (which have their own limits, per kiosk too). */
const LIMITED_SUBMISSIONS = /^\/v1\/(petitions\/[^/]+\/signatures|charters\/[^/]+\/adhesions|consultations\/[^/]+\/responses)$/;

/**
 * Limits signatures, adhesions and consultation responses per client address (all of
 * them together) and per resource (one petition, charter or consultation), in the same
 * database-backed windows as the rating limits: 429 `rate_limited` with `Retry-After`.
 */
export function submissionLimits(db: Queryable, settings: RateLimitSettings): MiddlewareHandler {
  const limiter = new RateLimiter(db, settings.clock, settings.trustedProxies);
  return async (c, next) => {
    if (c.req.method === 'POST' && LIMITED_SUBMISSIONS.test(c.req.path)) {
      await limiter.consume(`submissions:${limiter.clientKey(c)}`, settings.submissionsPerMinute);
      await limiter.consume(`resource:${c.req.path}`, settings.resourcePerMinute);
    }
    await next();
  };
}
