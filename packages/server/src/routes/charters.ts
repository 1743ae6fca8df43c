import type { CharterList } from '@mocharaka/core/contract';
import type { DerivedKeys } from '../crypto/keys.js';
import { adhere, charterExists, findCharter, listCharters, publicAdhesions } from '../charters/store.js';
import { notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';

/**
 * The public charter part of the contract: charters with their versions, adhering, and
 * the public list of adhesions (association names and counts, never a citizen's name
 * or anyone's contact). Adhering seals the contact and a citizen's name with `keys`.
 */
export function charterRoutes(deps: OperationDeps, keys: DerivedKeys) {
  const { db } = deps;
  return new OperationRouter('/v1', deps)
    .serve('listCharters', async (c) => c.json({ items: await listCharters(db) } satisfies CharterList))
    .serve('getCharter', async (c, { params }) => c.json((await findCharter(db, params.id)) ?? throwNotFound()))
    .serve('getCharterVersion', async (c, { params }) =>
      c.json((await findCharter(db, params.id, Number(params.n))) ?? throwNotFound('Charter version')),
    )
    .serve('getCharterAdhesions', async (c, { params }) => {
      if (!(await charterExists(db, params.id))) throwNotFound();
      return c.json(await publicAdhesions(db, params.id));
    })
    .serve('adhereToCharter', {
      write: (tx, { params, body }) => adhere(tx, keys, params.id, body),
    })
    .build();
}

function throwNotFound(what = 'Charter'): never {
  throw notFound(what);
}
