import { ServiceInput } from '@mocharaka/core/contract';
import type { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { requireAdmin } from '../http/admin-auth.js';
import { HttpError, notFound } from '../http/http-error.js';
import { idempotent } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { pathParam, resource } from '../http/methods.js';
import { ratingsCsv } from '../satisfaction/export.js';
import { exportRatings, listRatings, setRatingHidden } from '../satisfaction/ratings.js';
import { findService, upsertService } from '../satisfaction/services.js';

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

/** Staff routes, behind the admin token. */
export function adminRoutes(app: Hono, db: Database, adminToken: string): void {
  app.use('/v1/admin/*', requireAdmin(adminToken));

  resource(app, '/v1/admin/services', {
    POST: async (c) => {
      const body = await readJsonBody(c, ServiceInput);
      const tagIds = (body.value.tags ?? []).map((tag) => tag.id);
      if (new Set(tagIds).size !== tagIds.length) {
        throw new HttpError(422, 'validation_failed', 'Some fields are invalid', { tags: 'invalid_value' });
      }
      return idempotent(c, db, body.raw, async (tx) => {
        const outcome = await upsertService(tx, body.value);
        if (!outcome) throw new HttpError(409, 'commune_missing', 'No commune is configured on this server yet');
        return { status: outcome.created ? 201 : 200, body: outcome.service };
      });
    },
  });

  resource(app, '/v1/admin/services/:id/ratings', {
    GET: async (c) => {
      const serviceId = pathParam(c, 'id');
      const cursor = c.req.query('cursor');
      const limit = c.req.query('limit') ?? String(DEFAULT_PAGE_SIZE);
      if (cursor !== undefined && !/^[1-9][0-9]{0,17}$/.test(cursor)) {
        throw new HttpError(400, 'invalid_cursor', 'cursor must be a nextCursor returned by this endpoint');
      }
      if (!/^[0-9]{1,3}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_PAGE_SIZE) {
        throw new HttpError(400, 'invalid_limit', `limit must be an integer from 1 to ${MAX_PAGE_SIZE}`);
      }
      if (!(await findService(db, serviceId))) throw notFound('Service');
      return c.json(await listRatings(db, serviceId, { before: cursor, limit: Number(limit) }));
    },
  });

  resource(app, '/v1/admin/services/:id/ratings.csv', {
    GET: async (c) => {
      const serviceId = pathParam(c, 'id');
      if (!(await findService(db, serviceId))) throw notFound('Service');
      const csv = ratingsCsv(await exportRatings(db, serviceId));
      const day = new Date().toISOString().slice(0, 10);
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        // Service ids are [a-z0-9-]: nothing to escape in the file name.
        'Content-Disposition': `attachment; filename="ratings-${serviceId}-${day}.csv"`,
        'Cache-Control': 'no-store',
      });
    },
  });

  for (const [action, hidden] of [['hide', true], ['unhide', false]] as const) {
    resource(app, `/v1/admin/ratings/:id/${action}`, {
      POST: async (c) => {
        const id = pathParam(c, 'id');
        if (!RATING_ID.test(id)) throw notFound('Rating');
        return idempotent(c, db, { id, hidden }, async (tx) => ({
          status: 200,
          body: (await setRatingHidden(tx, id, hidden)) ?? throwRatingNotFound(),
        }));
      },
    });
  }
}

const RATING_ID = /^[1-9][0-9]{0,17}$/;

function throwRatingNotFound(): never {
  throw notFound('Rating');
}
