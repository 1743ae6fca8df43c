import type { RateLimitKind } from '@mocharaka/core/contract';
import type { MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/database.js';
import type { RateLimitSettings } from './rate-limit.js';
import { submissionLimits } from './submission-limits.js';

/**
 * The middleware of each rate-limit kind of the route table, for the operations that
 * name it. Without settings (tests), or with every limit at 0 (benchmarks), nothing is
 * limited and no middleware runs.
 */
export function rateLimitMiddleware(
  db: Queryable,
  settings: RateLimitSettings | undefined,
): Record<RateLimitKind, MiddlewareHandler | undefined> {
  if (!settings || !anyLimit(settings)) return { ratings: undefined, submissions: undefined };
  // One middleware for both kinds: submission-limits.ts holds the budgets of every public submission path.
  const limits = submissionLimits(db, settings);
  return { ratings: limits, submissions: limits };
}

const anyLimit = (settings: RateLimitSettings) =>
  settings.ratingsPerMinute > 0 || settings.kioskPerMinute > 0 || settings.submissionsPerMinute > 0 || settings.resourcePerMinute > 0;
