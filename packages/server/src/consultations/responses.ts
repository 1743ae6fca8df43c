import { createHash } from 'node:crypto';
import {
  checkAnswers,
  pruneAnswers,
  type Consultation,
  type ConsultationResponseInput,
  type FieldErrorCode,
  type ProfileInput,
} from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { HttpError, notFound } from '../http/http-error.js';
import { FRESH, isoTimestamp, writeOnce, type HandlerResult, type WriteStatement } from '../http/idempotency.js';

/**
 * The participant token is a random value only the participant's browser knows; the
 * server keeps its SHA-256 (bound to the consultation), never the token itself.
 */
export function participantTokenHash(consultationId: string, token: string): Buffer {
  return createHash('sha256').update(`mocharaka:consultation:${consultationId}:${token}`).digest();
}

/** Profile answers the consultation does not ask for, or a neighbourhood it does not list. */
function checkProfile(consultation: Pick<Consultation, 'profile'>, profile: ProfileInput | undefined): Record<string, FieldErrorCode> {
  const errors: Record<string, FieldErrorCode> = {};
  if (!profile) return errors;
  const asked = new Set<string>(consultation.profile?.fields ?? []);
  for (const key of Object.keys(profile)) {
    if (!asked.has(key)) errors[`profile.${key}`] = 'unknown_field';
  }
  const neighbourhoods = new Set((consultation.profile?.neighbourhoods ?? []).map((one) => one.id));
  if (profile.neighbourhood !== undefined && !neighbourhoods.has(profile.neighbourhood)) {
    errors['profile.neighbourhood'] ??= 'invalid_value';
  }
  return errors;
}

/** What a response is checked against: the survey, its window and the version (updated_at) it was read at. */
interface SurveyVersion {
  consultation: Pick<Consultation, 'id' | 'survey' | 'profile' | 'status'>;
  version: string;
}

/**
 * Surveys as last read, by consultation: a response is checked against the cached survey
 * and the statement that records it refuses it (`stale`) when the row changed since, so
 * an admin edit is never missed by any process and a response costs no extra read.
 * Holds only consultations that exist.
 */
const surveys = new Map<string, SurveyVersion>();

async function readSurvey(db: Queryable, consultationId: string): Promise<SurveyVersion | undefined> {
  const [row] = await db.query<{ definition: Pick<Consultation, 'survey' | 'profile'>; status: Consultation['status']; version: string }>(
    `SELECT definition, to_char(updated_at, 'YYYY-MM-DD HH24:MI:SS.USOF') AS version,
            CASE WHEN now() < opens_at THEN 'upcoming' WHEN now() < closes_at THEN 'open' ELSE 'closed' END AS status
     FROM consultations WHERE id = $1`,
    [consultationId],
  );
  if (!row) {
    surveys.delete(consultationId);
    return undefined;
  }
  const read = {
    consultation: { id: consultationId, survey: row.definition.survey, profile: row.definition.profile, status: row.status },
    version: row.version,
  };
  surveys.set(consultationId, read);
  return read;
}

const closed = (status: Consultation['status']) =>
  new HttpError(409, 'consultation_closed', status === 'upcoming' ? 'This consultation is not open yet' : 'This consultation is closed');

class StaleSurvey extends Error {}

/**
 * Records one response: 404 for an unknown consultation, 409 `consultation_closed`
 * outside its window, 422 with the question ids for answers its survey refuses, 409
 * `already_responded` when this token already answered. One statement with the
 * Idempotency-Key (`writeOnce`), which takes a share lock on the consultation: an admin
 * edit of the survey waits until the response is in, and a response checked against an
 * older survey is checked again.
 */
export async function respond(tx: Queryable, consultationId: string, input: ConsultationResponseInput): Promise<HandlerResult> {
  let survey = surveys.get(consultationId) ?? (await readSurvey(tx, consultationId));
  for (let attempt = 1; ; attempt++) {
    if (!survey) throw notFound('Consultation');
    const { consultation } = survey;
    const errors = { ...checkAnswers(consultation.survey, input.answers), ...checkProfile(consultation, input.profile) };
    if (Object.keys(errors).length > 0) {
      // Judged against the survey as it is now; a closed consultation says so first (by the database clock).
      const current = await readSurvey(tx, consultationId);
      if (!current) throw notFound('Consultation');
      if (current.consultation.status !== 'open') throw closed(current.consultation.status);
      if (current.version !== survey.version && attempt < 3) {
        survey = current;
        continue;
      }
      throw new HttpError(422, 'validation_failed', 'Some answers are invalid', errors);
    }
    try {
      return await writeOnce(tx, responseStatement(consultationId, survey, input));
    } catch (error) {
      if (!(error instanceof StaleSurvey) || attempt >= 3) throw error;
      survey = await readSurvey(tx, consultationId);
    }
  }
}

function responseStatement(
  consultationId: string,
  { consultation, version }: SurveyVersion,
  input: ConsultationResponseInput,
): WriteStatement {
  return {
    ctes: `consultation AS (
         SELECT id, to_char(updated_at, 'YYYY-MM-DD HH24:MI:SS.USOF') = $5 AS current,
                CASE WHEN now() < opens_at THEN 'upcoming' WHEN now() < closes_at THEN 'open' ELSE 'closed' END AS status
         FROM consultations WHERE id = $1 FOR SHARE
       ),
       response AS (
         INSERT INTO consultation_responses (consultation_id, token_hash, answers, profile)
         SELECT $1, $2, $3::jsonb, $4::jsonb FROM consultation
         WHERE consultation.current AND consultation.status = 'open' AND ${FRESH}
         ON CONFLICT (consultation_id, token_hash) DO NOTHING
         RETURNING id::text AS id
       ),
       outcome AS (
         SELECT CASE WHEN consultation.id IS NULL THEN 'not_found' WHEN NOT consultation.current THEN 'stale'
                     WHEN consultation.status <> 'open' THEN consultation.status
                     WHEN response.id IS NULL THEN 'already_responded' END AS refusal,
                201 AS status,
                jsonb_build_object('receipt', jsonb_build_object(
                  'reference', 'C-' || upper(left(encode(sha256(convert_to($1 || ':' || response.id, 'UTF8')), 'hex'), 4)) || '-'
                               || CASE WHEN length(response.id) < 4 THEN lpad(response.id, 4, '0') ELSE response.id END,
                  'submittedAt', ${isoTimestamp('now()')})) AS body
         FROM (SELECT) AS one LEFT JOIN consultation ON true LEFT JOIN response ON true
       )`,
    params: [
      consultationId,
      participantTokenHash(consultationId, input.participantToken),
      pruneAnswers(consultation.survey, input.answers),
      input.profile ?? null,
      version,
    ],
    refusal: (code) => {
      if (code === 'not_found') return notFound('Consultation');
      if (code === 'stale') return new StaleSurvey();
      if (code === 'upcoming' || code === 'closed') return closed(code);
      return new HttpError(409, 'already_responded', 'A response was already recorded from this participant');
    },
  };
}
