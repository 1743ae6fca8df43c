import type { PetitionList } from '@mocharaka/core/contract';
import type { DerivedKeys } from '../crypto/keys.js';
import { notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';
import { sign } from '../petitions/signatures.js';
import { findPetition, listPetitions } from '../petitions/store.js';

/** The public petition part of the contract: petitions and their counts, never a signatory's data. */
export function petitionRoutes(deps: OperationDeps, keys: DerivedKeys) {
  const { db } = deps;
  return new OperationRouter('/v1', deps)
    .serve('listPetitions', async (c, { query }) =>
      c.json({ items: await listPetitions(db, { status: query.status }) } satisfies PetitionList),
    )
    .serve('getPetition', async (c, { params }) => c.json((await findPetition(db, params.id)) ?? throwNotFound()))
    .serve('signPetition', {
      write: (tx, { params, body }) => sign(tx, keys, params.id, body),
    })
    .build();
}

function throwNotFound(): never {
  throw notFound('Petition');
}
