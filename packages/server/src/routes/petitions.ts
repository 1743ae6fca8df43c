import { PetitionStatus, SignatureInput, type PetitionList } from '@mocharaka/core/contract';
import type { Hono } from 'hono';
import { deriveKeys } from '../crypto/keys.js';
import type { Database } from '../db/database.js';
import { HttpError, notFound } from '../http/http-error.js';
import { idempotent } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { proofCheck, type ProofOfWork } from '../http/proof-of-work.js';
import { pathParam, resource } from '../http/methods.js';
import { sign } from '../petitions/signatures.js';
import { findPetition, listPetitions } from '../petitions/store.js';

/** The public petition part of the contract: petitions and their counts, never a signatory's data. */
export function petitionRoutes(app: Hono, db: Database, secretKey: string, proof?: ProofOfWork): void {
  const keys = deriveKeys(secretKey);
  resource(app, '/v1/petitions', {
    GET: async (c) => {
      const status = c.req.query('status');
      if (status !== undefined && !PetitionStatus.safeParse(status).success) {
        throw new HttpError(422, 'validation_failed', 'Some fields are invalid', { status: 'invalid_value' });
      }
      return c.json({ items: await listPetitions(db, { status: status as PetitionStatus | undefined }) } satisfies PetitionList);
    },
  });

  resource(app, '/v1/petitions/:id', {
    GET: async (c) => c.json((await findPetition(db, pathParam(c, 'id'))) ?? throwNotFound()),
  });

  resource(app, '/v1/petitions/:id/signatures', {
    POST: async (c) => {
      const body = await readJsonBody(c, SignatureInput);
      return idempotent(c, db, body.raw, async (tx) => ({
        status: 201,
        body: await sign(tx, keys, pathParam(c, 'id'), body.value),
      }), proofCheck(proof, c));
    },
  });
}

function throwNotFound(): never {
  throw notFound('Petition');
}
