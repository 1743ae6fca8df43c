import { questionsOf, type ConsultationInput } from '@mocharaka/core/contract';
import { exportResponses, responsesCsv, setTextPublished } from '../consultations/export.js';
import { computeResults } from '../consultations/results.js';
import { findConsultation, setResultsPublished, upsertConsultation } from '../consultations/store.js';
import { HttpError, invalidFields, notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';
import { adminConsultations } from '../staff/admin-lists.js';
import { communeMissing, csvDownload, today } from './responses.js';

/** Staff routes for consultations: definitions, publication of results and texts, exports. */
export function adminConsultationRoutes(deps: OperationDeps) {
  const { db } = deps;
  return new OperationRouter('/v1/admin', deps)
    .serve('listConsultationsForStaff', async (c) => c.json({ items: await adminConsultations(db) }))
    .serve('upsertConsultation', {
      check: ({ body }) => checkDefinition(body),
      write: async (tx, { body }) => {
        const outcome = await upsertConsultation(tx, body);
        if (!outcome) throw communeMissing();
        return { status: outcome.created ? 201 : 200, body: outcome.consultation };
      },
    })
    .serve('publishConsultationResults', {
      write: async (tx, { params, body }) => {
        const consultation = (await findConsultation(tx, params.id)) ?? throwNotFound();
        if (body.published && !body.force && Date.parse(consultation.closesAt) > Date.now()) {
          throw new HttpError(
            422,
            'consultation_open',
            `The consultation is open until ${consultation.closesAt}: results published now can sway later answers; send "force": true to publish anyway`,
          );
        }
        return { status: 200, body: (await setResultsPublished(tx, params.id, body.published)) ?? throwNotFound() };
      },
    })
    .serve('publishConsultationText', {
      write: async (tx, { params, body }) => {
        const consultation = (await findConsultation(tx, params.id)) ?? throwNotFound();
        const question = questionsOf(consultation.survey).find((one) => one.id === body.questionId);
        const freeText =
          question &&
          (question.kind === 'passage'
            ? body.paragraphId !== undefined
            : ['text', 'long_text'].includes(question.kind) && !body.paragraphId);
        if (!freeText) throw invalidFields({ questionId: 'invalid_value' });
        if (!(await setTextPublished(tx, consultation.id, body))) throw notFound('Answer');
        return { status: 200, body: { ...body } };
      },
    })
    .serve('getConsultationResultsForStaff', async (c, { params }) => {
      const consultation = (await findConsultation(db, params.id)) ?? throwNotFound();
      return c.json(await computeResults(db, consultation, { withProfile: true }));
    })
    .serve('exportConsultationResponses', async (c, { params }) => {
      const consultation = (await findConsultation(db, params.id)) ?? throwNotFound();
      c.header('Cache-Control', 'no-store');
      return c.json({ consultation, items: await exportResponses(db, consultation.id) });
    })
    .serve('exportConsultationResponsesCsv', async (c, { params }) => {
      const consultation = (await findConsultation(db, params.id)) ?? throwNotFound();
      const csv = responsesCsv(consultation, await exportResponses(db, consultation.id));
      return csvDownload(c, csv, `consultation-${consultation.id}-${today()}.csv`);
    })
    .build();
}

/** What the schema cannot say: unique ids, conditions on earlier questions, a real window. */
function checkDefinition(input: ConsultationInput): void {
  if (Date.parse(input.closesAt) <= Date.parse(input.opensAt)) throw invalidFields({ closesAt: 'invalid_value' });
  const seen = new Set<string>();
  const sectionIds = new Set<string>();
  for (const [s, section] of input.survey.sections.entries()) {
    if (sectionIds.has(section.id)) throw invalidFields({ [`survey.sections.${s}.id`]: 'invalid_value' });
    sectionIds.add(section.id);
    for (const [q, question] of section.questions.entries()) {
      const path = `survey.sections.${s}.questions.${q}`;
      if (seen.has(question.id)) throw invalidFields({ [`${path}.id`]: 'invalid_value' });
      if (question.showIf && !seen.has(question.showIf.question)) throw invalidFields({ [`${path}.showIf`]: 'invalid_value' });
      if (
        'min' in question &&
        'max' in question &&
        question.min !== undefined &&
        question.max !== undefined &&
        question.min > question.max
      ) {
        throw invalidFields({ [`${path}.max`]: 'invalid_value' });
      }
      if (question.kind === 'scale' && question.labels && question.labels.length !== question.max - question.min + 1) {
        throw invalidFields({ [`${path}.labels`]: 'invalid_value' });
      }
      const parts =
        'options' in question
          ? question.options
          : question.kind === 'matrix'
            ? [...question.rows]
            : question.kind === 'passage'
              ? question.paragraphs
              : [];
      if (new Set(parts.map((one) => one.id)).size !== parts.length) throw invalidFields({ [path]: 'invalid_value' });
      seen.add(question.id);
    }
  }
  if (input.profile?.fields.includes('neighbourhood') && !input.profile.neighbourhoods?.length) {
    throw invalidFields({ 'profile.neighbourhoods': 'invalid_value' });
  }
}

function throwNotFound(): never {
  throw notFound('Consultation');
}
