import { ConsultationResponseInput, type ConsultationList } from '@mocharaka/core/contract';
import type { Hono } from 'hono';
import { computeResults } from '../consultations/results.js';
import { respond } from '../consultations/responses.js';
import { findConsultation, listConsultations } from '../consultations/store.js';
import type { Database } from '../db/database.js';
import { HttpError, notFound } from '../http/http-error.js';
import { idempotent } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { proofCheck, type ProofOfWork } from '../http/proof-of-work.js';
import { pathParam, resource } from '../http/methods.js';

/** The public consultation part of the contract: surveys, responses, published results. */
export function consultationRoutes(app: Hono, db: Database, proof?: ProofOfWork): void {
  resource(app, '/v1/consultations', {
    GET: async (c) => c.json({ items: await listConsultations(db) } satisfies ConsultationList),
  });

  resource(app, '/v1/consultations/:id', {
    GET: async (c) => c.json((await findConsultation(db, pathParam(c, 'id'))) ?? throwNotFound()),
  });

  resource(app, '/v1/consultations/:id/responses', {
    POST: async (c) => {
      const body = await readJsonBody(c, ConsultationResponseInput);
      return idempotent(c, db, body.raw, async (tx) => ({
        status: 201,
        body: await respond(tx, pathParam(c, 'id'), body.value),
      }), proofCheck(proof, c));
    },
  });

  resource(app, '/v1/consultations/:id/results', {
    GET: async (c) => {
      const consultation = (await findConsultation(db, pathParam(c, 'id'))) ?? throwNotFound();
      if (!consultation.resultsPublished) {
        throw new HttpError(404, 'results_not_published', 'The commune has not published the results of this consultation');
      }
      return c.json(await computeResults(db, consultation));
    },
  });
}

function throwNotFound(): never {
  throw notFound('Consultation');
}
