import { AdhesionInput, type CharterList } from '@mocharaka/core/contract';
import type { Context, Hono } from 'hono';
import type { Database } from '../db/database.js';
import { charterExists, adhere, findCharter, listCharters, publicAdhesions } from '../charters/store.js';
import { notFound } from '../http/http-error.js';
import { idempotent } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { proofCheck, type ProofOfWork } from '../http/proof-of-work.js';
import { pathParam, resource } from '../http/methods.js';

const VERSION_NUMBER = /^[1-9][0-9]{0,5}$/;

/**
 * The public charter part of the contract: charters with their versions, adhering, and
 * the public list of adhesions (association names and counts, never a citizen's name
 * or anyone's contact).
 */
export function charterRoutes(app: Hono, db: Database, proof?: ProofOfWork): void {
  resource(app, '/v1/charters', {
    GET: async (c) => c.json({ items: await listCharters(db) } satisfies CharterList),
  });

  resource(app, '/v1/charters/:id', {
    GET: async (c) => c.json((await findCharter(db, pathParam(c, 'id'))) ?? throwNotFound()),
  });

  resource(app, '/v1/charters/:id/versions/:n', {
    GET: async (c) => {
      const n = pathParam(c, 'n');
      if (!VERSION_NUMBER.test(n)) throwNotFound('Charter version');
      return c.json((await findCharter(db, pathParam(c, 'id'), Number(n))) ?? throwNotFound('Charter version'));
    },
  });

  resource(app, '/v1/charters/:id/adhesions', {
    GET: async (c: Context) => {
      const id = pathParam(c, 'id');
      if (!(await charterExists(db, id))) throwNotFound();
      return c.json(await publicAdhesions(db, id));
    },
    POST: async (c: Context) => {
      const body = await readJsonBody(c, AdhesionInput);
      return idempotent(c, db, body.raw, async (tx) => ({
        status: 201,
        body: await adhere(tx, pathParam(c, 'id'), body.value),
      }), proofCheck(proof, c));
    },
  });
}

function throwNotFound(what = 'Charter'): never {
  throw notFound(what);
}
