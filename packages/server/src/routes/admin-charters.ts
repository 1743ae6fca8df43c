import { CharterInput, CharterStatusInput, CharterVersionInput, type AdminAdhesionList } from '@mocharaka/core/contract';
import type { Hono } from 'hono';
import { adhesionsCsv } from '../charters/export.js';
import { addCharterVersion, charterExists, createCharter, listAdhesions, setAdhesionHidden, setCharterStatus } from '../charters/store.js';
import type { Database } from '../db/database.js';
import { requireAdmin } from '../http/admin-auth.js';
import { HttpError, notFound } from '../http/http-error.js';
import { idempotent } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { pathParam, resource } from '../http/methods.js';

const REFERENCE = /^ADH-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/;

/** Staff charter routes, behind the admin token (checked here too, whatever the registration order). */
export function adminCharterRoutes(app: Hono, db: Database, adminToken: string): void {
  const admin = requireAdmin(adminToken);
  app.use('/v1/admin/charters', admin);
  app.use('/v1/admin/charters/*', admin);
  app.use('/v1/admin/charter-adhesions/*', admin);

  resource(app, '/v1/admin/charters', {
    POST: async (c) => {
      const body = await readJsonBody(c, CharterInput);
      return idempotent(c, db, body.raw, async (tx) => {
        const charter = await createCharter(tx, body.value);
        if (!charter) throw new HttpError(409, 'commune_missing', 'No commune is configured on this server yet');
        return { status: 201, body: charter };
      });
    },
  });

  resource(app, '/v1/admin/charters/:id/versions', {
    POST: async (c) => {
      const body = await readJsonBody(c, CharterVersionInput);
      return idempotent(c, db, body.raw, async (tx) => ({
        status: 201,
        body: (await addCharterVersion(tx, pathParam(c, 'id'), body.value)) ?? throwNotFound(),
      }));
    },
  });

  resource(app, '/v1/admin/charters/:id/status', {
    POST: async (c) => {
      const body = await readJsonBody(c, CharterStatusInput);
      const consultation = body.value.consultation;
      if (consultation && Date.parse(consultation.closesAt) <= Date.parse(consultation.opensAt)) {
        throw new HttpError(422, 'validation_failed', 'Some fields are invalid', { 'consultation.closesAt': 'invalid_value' });
      }
      return idempotent(c, db, body.raw, async (tx) => ({
        status: 200,
        body: (await setCharterStatus(tx, pathParam(c, 'id'), body.value)) ?? throwNotFound(),
      }));
    },
  });

  resource(app, '/v1/admin/charters/:id/adhesions', {
    GET: async (c) => {
      const id = pathParam(c, 'id');
      if (!(await charterExists(db, id))) throwNotFound();
      return c.json({ items: await listAdhesions(db, id) } satisfies AdminAdhesionList);
    },
  });

  resource(app, '/v1/admin/charters/:id/adhesions.csv', {
    GET: async (c) => {
      const id = pathParam(c, 'id');
      if (!(await charterExists(db, id))) throwNotFound();
      const day = new Date().toISOString().slice(0, 10);
      return c.body(adhesionsCsv(await listAdhesions(db, id)), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        // Charter ids are [a-z0-9-]: nothing to escape in the file name.
        'Content-Disposition': `attachment; filename="adhesions-${id}-${day}.csv"`,
        'Cache-Control': 'no-store',
      });
    },
  });

  for (const [action, hidden] of [['hide', true], ['unhide', false]] as const) {
    resource(app, `/v1/admin/charter-adhesions/:reference/${action}`, {
      POST: async (c) => {
        const reference = pathParam(c, 'reference');
        if (!REFERENCE.test(reference)) throwNotFound('Adhesion');
        return idempotent(c, db, { reference, hidden }, async (tx) => ({
          status: 200,
          body: (await setAdhesionHidden(tx, reference, hidden)) ?? throwNotFound('Adhesion'),
        }));
      },
    });
  }
}

function throwNotFound(what = 'Charter'): never {
  throw notFound(what);
}
