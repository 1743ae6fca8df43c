import { RatingDetailsInput, RatingInput, type ServiceList } from '@mocharaka/core/contract';
import type { Context, Hono } from 'hono';
import type { Database } from '../db/database.js';
import type { Queryable } from '../db/database.js';
import { HttpError, notFound } from '../http/http-error.js';
import { IDEMPOTENCY_KEY_HEADER, idempotent } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { proofCheck, type ProofOfWork } from '../http/proof-of-work.js';
import { pathParam, resource } from '../http/methods.js';
import { RateLimiter, type RateLimitSettings } from '../http/rate-limit.js';
import { amendRating, insertRating, ratingKeyHash, summarizeRatings } from '../satisfaction/ratings.js';
import { findService, listServices, serviceTagIds } from '../satisfaction/services.js';

/**
 * The public satisfaction part of the contract. Rating and details POSTs share one
 * per-client limit; ratings naming a `kioskId` also count against that kiosk's limit.
 * With `proof`, both need a proof of work.
 */
export function serviceRoutes(app: Hono, db: Database, limits?: RateLimitSettings, proof?: ProofOfWork): void {
  const limiter = new RateLimiter(db, limits?.clock, limits?.trustedProxies);
  const limitClient = (c: Context) => limiter.consume(`ratings:client:${limiter.clientKey(c)}`, limits?.ratingsPerMinute ?? 0);
  const limitKiosk = (kioskId: string | undefined) =>
    kioskId === undefined ? undefined : limiter.consume(`ratings:kiosk:${kioskId}`, limits?.kioskPerMinute ?? 0);

  resource(app, '/v1/services', {
    GET: async (c) => c.json({ items: await listServices(db) } satisfies ServiceList),
  });

  resource(app, '/v1/services/:id', {
    GET: async (c) => c.json((await findService(db, pathParam(c, 'id'))) ?? throwNotFound()),
  });

  resource(app, '/v1/services/:id/ratings', {
    POST: async (c) => {
      await limitClient(c);
      const body = await readJsonBody(c, RatingInput);
      await limitKiosk(body.value.kioskId);
      const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
      return idempotent(c, db, body.raw, async (tx) => {
        const serviceId = pathParam(c, 'id');
        await checkTags(tx, serviceId, body.value.tags);
        const receipt = await insertRating(tx, serviceId, body.value, key === undefined ? null : ratingKeyHash(key));
        return { status: 201, body: receipt ?? throwNotFound() };
      }, proofCheck(proof, c));
    },
  });

  resource(app, '/v1/services/:id/ratings/details', {
    POST: async (c) => {
      await limitClient(c);
      const body = await readJsonBody(c, RatingDetailsInput);
      return idempotent(c, db, body.raw, async (tx) => {
        const serviceId = pathParam(c, 'id');
        await checkTags(tx, serviceId, body.value.tags);
        const receipt = await amendRating(tx, serviceId, body.value);
        if (!receipt) throw new HttpError(404, 'rating_not_found', 'No rating with this key in the last hour');
        return { status: 200, body: receipt };
      }, proofCheck(proof, c));
    },
  });

  resource(app, '/v1/services/:id/summary', {
    GET: async (c) => c.json((await summarizeRatings(db, pathParam(c, 'id'))) ?? throwNotFound()),
  });
}

/** 404 for an unknown service; 422 when a tag is not one of the service's. */
async function checkTags(tx: Queryable, serviceId: string, tags: readonly string[] | undefined): Promise<void> {
  const known = await serviceTagIds(tx, serviceId);
  if (!known) throwNotFound();
  if (tags?.some((tag) => !known.has(tag))) {
    throw new HttpError(422, 'validation_failed', 'Some fields are invalid', { tags: 'invalid_value' });
  }
}

function throwNotFound(): never {
  throw notFound('Service');
}
