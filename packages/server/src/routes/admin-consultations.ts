import { ConsultationInput, PublishTextInput, ResultsPublicationInput, questionsOf } from '@mocharaka/core/contract';
import type { Hono } from 'hono';
import { exportResponses, responsesCsv, setTextPublished } from '../consultations/export.js';
import { computeResults } from '../consultations/results.js';
import { findConsultation, setResultsPublished, upsertConsultation } from '../consultations/store.js';
import type { Database } from '../db/database.js';
import { requireAdmin } from '../http/admin-auth.js';
import { HttpError, notFound } from '../http/http-error.js';
import { idempotent } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { pathParam, resource } from '../http/methods.js';

const invalid = (fields: Record<string, 'invalid_value'>) => new HttpError(422, 'validation_failed', 'Some fields are invalid', fields);

/** Staff routes for consultations, behind the admin token. */
export function adminConsultationRoutes(app: Hono, db: Database, adminToken: string): void {
  // Also covered by adminRoutes' `/v1/admin/*`; repeated so these routes stand alone.
  app.use('/v1/admin/consultations/*', requireAdmin(adminToken));
  app.use('/v1/admin/consultations', requireAdmin(adminToken));

  resource(app, '/v1/admin/consultations', {
    POST: async (c) => {
      const body = await readJsonBody(c, ConsultationInput);
      checkDefinition(body.value);
      return idempotent(c, db, body.raw, async (tx) => {
        const outcome = await upsertConsultation(tx, body.value);
        if (!outcome) throw new HttpError(409, 'commune_missing', 'No commune is configured on this server yet');
        return { status: outcome.created ? 201 : 200, body: outcome.consultation };
      });
    },
  });

  resource(app, '/v1/admin/consultations/:id/results-publication', {
    POST: async (c) => {
      const body = await readJsonBody(c, ResultsPublicationInput);
      return idempotent(c, db, body.raw, async (tx) => ({
        status: 200,
        body: (await setResultsPublished(tx, pathParam(c, 'id'), body.value.published)) ?? throwNotFound(),
      }));
    },
  });

  resource(app, '/v1/admin/consultations/:id/published-texts', {
    POST: async (c) => {
      const body = await readJsonBody(c, PublishTextInput);
      return idempotent(c, db, body.raw, async (tx) => {
        const consultation = (await findConsultation(tx, pathParam(c, 'id'))) ?? throwNotFound();
        const question = questionsOf(consultation.survey).find((one) => one.id === body.value.questionId);
        const freeText = question && (question.kind === 'passage' ? body.value.paragraphId !== undefined : ['text', 'long_text'].includes(question.kind) && !body.value.paragraphId);
        if (!freeText) throw invalid({ questionId: 'invalid_value' });
        if (!(await setTextPublished(tx, consultation.id, body.value))) throw notFound('Answer');
        return { status: 200, body: { ...body.value } };
      });
    },
  });

  resource(app, '/v1/admin/consultations/:id/results', {
    GET: async (c) => {
      const consultation = (await findConsultation(db, pathParam(c, 'id'))) ?? throwNotFound();
      return c.json(await computeResults(db, consultation, { withProfile: true }));
    },
  });

  resource(app, '/v1/admin/consultations/:id/responses', {
    GET: async (c) => {
      const consultation = (await findConsultation(db, pathParam(c, 'id'))) ?? throwNotFound();
      c.header('Cache-Control', 'no-store');
      return c.json({ consultation, items: await exportResponses(db, consultation.id) });
    },
  });

  resource(app, '/v1/admin/consultations/:id/responses.csv', {
    GET: async (c) => {
      const consultation = (await findConsultation(db, pathParam(c, 'id'))) ?? throwNotFound();
      const day = new Date().toISOString().slice(0, 10);
      return c.body(responsesCsv(consultation, await exportResponses(db, consultation.id)), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="consultation-${consultation.id}-${day}.csv"`,
        'Cache-Control': 'no-store',
      });
    },
  });
}

/** What the schema cannot say: unique ids, conditions on earlier questions, a real window. */
function checkDefinition(input: ConsultationInput): void {
  if (Date.parse(input.closesAt) <= Date.parse(input.opensAt)) throw invalid({ closesAt: 'invalid_value' });
  const seen = new Set<string>();
  const sectionIds = new Set<string>();
  for (const [s, section] of input.survey.sections.entries()) {
    if (sectionIds.has(section.id)) throw invalid({ [`survey.sections.${s}.id`]: 'invalid_value' });
    sectionIds.add(section.id);
    for (const [q, question] of section.questions.entries()) {
      const path = `survey.sections.${s}.questions.${q}`;
      if (seen.has(question.id)) throw invalid({ [`${path}.id`]: 'invalid_value' });
      if (question.showIf && !seen.has(question.showIf.question)) throw invalid({ [`${path}.showIf`]: 'invalid_value' });
      if ('min' in question && 'max' in question && question.min !== undefined && question.max !== undefined && question.min > question.max) {
        throw invalid({ [`${path}.max`]: 'invalid_value' });
      }
      if (question.kind === 'scale' && question.labels && question.labels.length !== question.max - question.min + 1) {
        throw invalid({ [`${path}.labels`]: 'invalid_value' });
      }
      const parts = 'options' in question ? question.options : question.kind === 'matrix' ? [...question.rows] : question.kind === 'passage' ? question.paragraphs : [];
      if (new Set(parts.map((one) => one.id)).size !== parts.length) throw invalid({ [path]: 'invalid_value' });
      seen.add(question.id);
    }
  }
  if (input.profile?.fields.includes('neighbourhood') && !input.profile.neighbourhoods?.length) {
    throw invalid({ 'profile.neighbourhoods': 'invalid_value' });
  }
}

function throwNotFound(): never {
  throw notFound('Consultation');
}
