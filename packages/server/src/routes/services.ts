import { RatingInput, type ServiceList } from '@mocharaka/core/contract';
import type { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { notFound } from '../http/http-error.js';
import { idempotent } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { pathParam, resource } from '../http/methods.js';
import { insertRating, summarizeRatings } from '../satisfaction/ratings.js';
import { findService, listServices } from '../satisfaction/services.js';

/** The public satisfaction part of the contract. */
export function serviceRoutes(app: Hono, db: Database): void {
  resource(app, '/v1/services', {
    GET: async (c) => c.json({ items: await listServices(db) } satisfies ServiceList),
  });

  resource(app, '/v1/services/:id', {
    GET: async (c) => c.json((await findService(db, pathParam(c, 'id'))) ?? throwNotFound()),
  });

  resource(app, '/v1/services/:id/ratings', {
    POST: async (c) => {
      const body = await readJsonBody(c, RatingInput);
      return idempotent(c, db, body.raw, async (tx) => {
        const receipt = await insertRating(tx, pathParam(c, 'id'), body.value);
        return { status: 201, body: receipt ?? throwNotFound() };
      });
    },
  });

  resource(app, '/v1/services/:id/summary', {
    GET: async (c) => c.json((await summarizeRatings(db, pathParam(c, 'id'))) ?? throwNotFound()),
  });
}

function throwNotFound(): never {
  throw notFound('Service');
}
