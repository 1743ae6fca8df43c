import type { ConsultationList } from '@mocharaka/core/contract';
import { respond } from '../consultations/responses.js';
import { findConsultation, listConsultations } from '../consultations/store.js';
import { talliedResults } from '../consultations/tallied-results.js';
import { HttpError, notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';

/** The public consultation part of the contract: surveys, responses, published results. */
export function consultationRoutes(deps: OperationDeps) {
  const { db } = deps;
  return new OperationRouter('/v1', deps)
    .serve('listConsultations', async (c) => c.json({ items: await listConsultations(db) } satisfies ConsultationList))
    .serve('getConsultation', async (c, { params }) => c.json((await findConsultation(db, params.id)) ?? throwNotFound()))
    .serve('respondToConsultation', {
      write: (tx, { params, body }) => respond(tx, params.id, body),
    })
    .serve('getConsultationResults', async (c, { params }) => {
      const consultation = (await findConsultation(db, params.id)) ?? throwNotFound();
      if (!consultation.resultsPublished) {
        throw new HttpError(404, 'results_not_published', 'The commune has not published the results of this consultation');
      }
      return c.json(await talliedResults(db, consultation));
    })
    .build();
}

function throwNotFound(): never {
  throw notFound('Consultation');
}
