import type { Context, MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/database.js';
import { RateLimiter, type RateLimitSettings } from './rate-limit.js';

/**
 * Every public submission route and the budgets it counts against, in one table.
 * - `client`: every request from one address (junk included) spends that address's own
 *   budget; past it, 429 to that address only.
 * - `kiosk`: ratings naming a `kioskId` share that kiosk's budget. Anyone can name a
 *   kiosk, so only accepted ratings count (checked before, counted after).
 * - `load`: accepted submissions to one petition, charter or consultation, all clients
 *   together. Never a refusal: it raises the resource's proof-of-work difficulty
 *   (`ProofOfWork`), so junk never denies a legal act to everyone.
 */
const SUBMISSION_RULES = [
  {
    path: /^\/v1\/services\/[^/]+\/ratings(\/details)?$/,
    client: 'ratings:client',
    perClient: (settings: RateLimitSettings) => settings.ratingsPerMinute,
    kiosk: true,
    load: false,
  },
  {
    path: /^\/v1\/(petitions\/[^/]+\/signatures|charters\/[^/]+\/adhesions|consultations\/[^/]+\/responses)$/,
    client: 'submissions',
    perClient: (settings: RateLimitSettings) => settings.submissionsPerMinute,
    kiosk: false,
    load: true,
  },
  {
    path: /^\/v1\/suggestions(\/[^/]+\/supports)?$/,
    client: 'submissions',
    perClient: (settings: RateLimitSettings) => settings.submissionsPerMinute,
    kiosk: false,
    load: false,
  },
  {
    path: /^\/v1\/action-plans\/[^/]+\/projects\/[^/]+\/comments$/,
    client: 'submissions',
    perClient: (settings: RateLimitSettings) => settings.submissionsPerMinute,
    kiosk: false,
    load: true,
  },
  {
    path: /^\/v1\/meetings\/[^/]+\/(registrations|cancellations)$/,
    client: 'submissions',
    perClient: (settings: RateLimitSettings) => settings.submissionsPerMinute,
    kiosk: false,
    load: true,
  },
] as const;

/** The rule of a public submission path, if it is one. */
export function submissionRule(path: string) {
  return SUBMISSION_RULES.find((rule) => rule.path.test(path));
}

const loadBucket = (path: string) => `load:${path}`;
const kioskBucket = (kioskId: string) => `ratings:kiosk:${kioskId}`;

/** Limits every public submission by the rules above: 429 `rate_limited` with `Retry-After`. */
export function submissionLimits(db: Queryable, settings: RateLimitSettings): MiddlewareHandler {
  const limiter = new RateLimiter(db, settings.clock, settings.trustedProxies);
  return async (c, next) => {
    const rule = c.req.method === 'POST' ? submissionRule(c.req.path) : undefined;
    if (!rule) return next();
    await limiter.consume(`${rule.client}:${limiter.clientKey(c)}`, rule.perClient(settings));
    const kioskId = rule.kiosk && settings.kioskPerMinute > 0 ? await kioskOf(c) : undefined;
    if (kioskId !== undefined) await limiter.refuseWhenSpent(kioskBucket(kioskId), settings.kioskPerMinute);
    await next();
    const accepted = c.res.status >= 200 && c.res.status < 300 && c.res.headers.get('Idempotent-Replayed') !== 'true';
    if (!accepted) return;
    if (kioskId !== undefined) await limiter.record(kioskBucket(kioskId));
    if (rule.load && settings.resourcePerMinute > 0) await limiter.record(loadBucket(c.req.path));
  };
}

/** The `kioskId` of a rating body, if it names one (the route validates the body itself). */
async function kioskOf(c: Context): Promise<string | undefined> {
  try {
    const body = JSON.parse(await c.req.text()) as { kioskId?: unknown } | null;
    return typeof body?.kioskId === 'string' ? body.kioskId : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How many submissions to `path` were accepted in the current window (0 when nothing
 * counts them): what a resource's proof-of-work difficulty follows.
 */
export function resourceLoad(
  db: Queryable,
  settings: RateLimitSettings | undefined,
): { load?: (path: string, tx?: Queryable) => Promise<number>; busyPerMinute?: number } {
  if (!settings || settings.resourcePerMinute <= 0) return {};
  // Inside a submission's transaction, read through it (PGlite has one connection).
  return {
    load: (path, tx) => new RateLimiter(tx ?? db, settings.clock).peek(loadBucket(path)),
    busyPerMinute: settings.resourcePerMinute,
  };
}
