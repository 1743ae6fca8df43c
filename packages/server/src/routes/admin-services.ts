import { RATINGS_PAGE_SIZE_DEFAULT } from '@mocharaka/core/contract';
import { invalidFields, notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';
import { ratingsCsv } from '../satisfaction/export.js';
import { exportRatings, listRatings, setRatingHidden } from '../satisfaction/ratings.js';
import { findService, upsertService } from '../satisfaction/services.js';
import { communeMissing, csvDownload, today } from './responses.js';

/** Staff satisfaction routes: services, their ratings and comment moderation. */
export function adminServiceRoutes(deps: OperationDeps) {
  const { db } = deps;
  const router = new OperationRouter('/v1/admin', deps)
    .serve('upsertService', {
      check: ({ body }) => {
        const tagIds = (body.tags ?? []).map((tag) => tag.id);
        if (new Set(tagIds).size !== tagIds.length) throw invalidFields({ tags: 'invalid_value' });
      },
      write: async (tx, { body }) => {
        const outcome = await upsertService(tx, body);
        if (!outcome) throw communeMissing();
        return { status: outcome.created ? 201 : 200, body: outcome.service };
      },
    })
    .serve('listServiceRatings', async (c, { params, query }) => {
      if (!(await findService(db, params.id))) throw notFound('Service');
      return c.json(await listRatings(db, params.id, { before: query.cursor, limit: Number(query.limit ?? RATINGS_PAGE_SIZE_DEFAULT) }));
    })
    .serve('exportServiceRatings', async (c, { params }) => {
      if (!(await findService(db, params.id))) throw notFound('Service');
      return csvDownload(c, ratingsCsv(await exportRatings(db, params.id)), `ratings-${params.id}-${today()}.csv`);
    });
  for (const [id, hidden] of [
    ['hideRatingComment', true],
    ['unhideRatingComment', false],
  ] as const) {
    router.serve(id, {
      write: async (tx, { params }) => ({ status: 200, body: (await setRatingHidden(tx, params.id, hidden)) ?? throwNotFound('Rating') }),
    });
  }
  return router.build();
}

function throwNotFound(what: string): never {
  throw notFound(what);
}
