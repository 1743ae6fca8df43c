import { IDEMPOTENCY_KEY_HEADER, type ServiceList } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { HttpError, invalidFields, notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';
import { amendRating, insertRating, ratingKeyHash, summarizeRatings } from '../satisfaction/ratings.js';
import { findService, listServices, serviceTagIds } from '../satisfaction/services.js';

/**
 * The public satisfaction part of the contract. Its budgets (per client, per kiosk) are
 * the route table's rate-limit kind, applied by `http/submission-limits.ts`.
 */
export function serviceRoutes(deps: OperationDeps) {
  const { db } = deps;
  return new OperationRouter('/v1', deps)
    .serve('listServices', async (c) => c.json({ items: await listServices(db) } satisfies ServiceList))
    .serve('getService', async (c, { params }) => c.json((await findService(db, params.id)) ?? throwNotFound()))
    .serve('rateService', {
      write: (tx, { params, body }, c) => {
        const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
        return insertRating(tx, params.id, body, key === undefined ? null : ratingKeyHash(key));
      },
    })
    .serve('addRatingDetails', {
      write: async (tx, { params, body }) => {
        await checkTags(tx, params.id, body.tags);
        const receipt = await amendRating(tx, params.id, body);
        if (!receipt) throw new HttpError(404, 'rating_not_found', 'No rating with this key in the last hour');
        return { status: 200, body: receipt };
      },
    })
    .serve('getServiceSummary', async (c, { params }) => c.json((await summarizeRatings(db, params.id)) ?? throwNotFound()))
    .build();
}

/** 404 for an unknown service; 422 when a tag is not one of the service's. */
async function checkTags(tx: Queryable, serviceId: string, tags: readonly string[] | undefined): Promise<void> {
  const known = await serviceTagIds(tx, serviceId);
  if (!known) throwNotFound();
  if (tags?.some((tag) => !known.has(tag))) throw invalidFields({ tags: 'invalid_value' });
}

function throwNotFound(): never {
  throw notFound('Service');
}
