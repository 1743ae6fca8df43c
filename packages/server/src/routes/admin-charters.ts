import type { AdminAdhesionList } from '@mocharaka/core/contract';
import type { DerivedKeys } from '../crypto/keys.js';
import { adhesionsCsv } from '../charters/export.js';
import { addCharterVersion, charterExists, createCharter, listAdhesions, setAdhesionHidden, setCharterStatus } from '../charters/store.js';
import { invalidFields, notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';
import { adminCharters } from '../staff/admin-lists.js';
import { communeMissing, csvDownload, today } from './responses.js';

/** Staff charter routes: drafts, versions, the life cycle, adhesions (opened with `keys`) and their moderation. */
export function adminCharterRoutes(deps: OperationDeps, keys: DerivedKeys) {
  const { db } = deps;
  const router = new OperationRouter('/v1/admin', deps)
    .serve('listChartersForStaff', async (c) => c.json({ items: await adminCharters(db) }))
    .serve('createCharter', {
      write: async (tx, { body }) => ({ status: 201, body: (await createCharter(tx, body)) ?? throwCommuneMissing() }),
    })
    .serve('addCharterVersion', {
      write: async (tx, { params, body }) => ({ status: 201, body: (await addCharterVersion(tx, params.id, body)) ?? throwNotFound() }),
    })
    .serve('setCharterStatus', {
      check: ({ body: { consultation } }) => {
        if (consultation && Date.parse(consultation.closesAt) <= Date.parse(consultation.opensAt)) {
          throw invalidFields({ 'consultation.closesAt': 'invalid_value' });
        }
      },
      write: async (tx, { params, body }) => ({ status: 200, body: (await setCharterStatus(tx, params.id, body)) ?? throwNotFound() }),
    })
    .serve('listCharterAdhesions', async (c, { params }) => {
      if (!(await charterExists(db, params.id))) throwNotFound();
      return c.json({ items: await listAdhesions(db, keys, params.id) } satisfies AdminAdhesionList);
    })
    .serve('exportCharterAdhesions', async (c, { params }) => {
      if (!(await charterExists(db, params.id))) throwNotFound();
      return csvDownload(c, adhesionsCsv(await listAdhesions(db, keys, params.id)), `adhesions-${params.id}-${today()}.csv`);
    });
  for (const [id, hidden] of [
    ['hideCharterAdhesion', true],
    ['unhideCharterAdhesion', false],
  ] as const) {
    router.serve(id, {
      write: async (tx, { params }) => ({
        status: 200,
        body: (await setAdhesionHidden(tx, keys, params.reference, hidden)) ?? throwNotFound('Adhesion'),
      }),
    });
  }
  return router.build();
}

function throwNotFound(what = 'Charter'): never {
  throw notFound(what);
}

function throwCommuneMissing(): never {
  throw communeMissing();
}
