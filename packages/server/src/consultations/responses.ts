import { createHash } from 'node:crypto';
import {
  checkAnswers,
  pruneAnswers,
  type Consultation,
  type ConsultationReceipt,
  type ConsultationResponseInput,
  type FieldErrorCode,
  type ProfileInput,
} from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { HttpError, notFound } from '../http/http-error.js';
import { findConsultation } from './store.js';

/**
 * The participant token is a random value only the participant's browser knows; the
 * server keeps its SHA-256 (bound to the consultation), never the token itself.
 */
export function participantTokenHash(consultationId: string, token: string): Buffer {
  return createHash('sha256').update(`mocharaka:consultation:${consultationId}:${token}`).digest();
}

/** Profile answers the consultation does not ask for, or a neighbourhood it does not list. */
function checkProfile(consultation: Consultation, profile: ProfileInput | undefined): Record<string, FieldErrorCode> {
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

/**
 * Records one response: 404 for an unknown consultation, 409 `consultation_closed`
 * outside its window, 422 with the question ids for answers its survey refuses, 409
 * `already_responded` when this token already answered.
 */
export async function respond(tx: Queryable, consultationId: string, input: ConsultationResponseInput): Promise<ConsultationReceipt> {
  // FOR SHARE: an admin edit of the survey waits until this response is in.
  const consultation = await findConsultation(tx, consultationId, { forUpdate: true });
  if (!consultation) throw notFound('Consultation');
  if (consultation.status !== 'open') {
    throw new HttpError(
      409,
      'consultation_closed',
      consultation.status === 'upcoming' ? 'This consultation is not open yet' : 'This consultation is closed',
    );
  }
  const errors = { ...checkAnswers(consultation.survey, input.answers), ...checkProfile(consultation, input.profile) };
  if (Object.keys(errors).length > 0) throw new HttpError(422, 'validation_failed', 'Some answers are invalid', errors);
  const answers = pruneAnswers(consultation.survey, input.answers);
  const [row] = await tx.query<{ id: string; submitted_at: Date | string }>(
    `INSERT INTO consultation_responses (consultation_id, token_hash, answers, profile)
     VALUES ($1, $2, $3::jsonb, $4::jsonb)
     ON CONFLICT (consultation_id, token_hash) DO NOTHING
     RETURNING id::text, submitted_at`,
    [consultationId, participantTokenHash(consultationId, input.participantToken), answers, input.profile ?? null],
  );
  if (!row) throw new HttpError(409, 'already_responded', 'A response was already recorded from this participant');
  return { receipt: { reference: receiptReference(consultationId, row.id), submittedAt: new Date(row.submitted_at).toISOString() } };
}

/** A short reference the participant can quote, e.g. `C-7Q2K-0042`. */
function receiptReference(consultationId: string, responseId: string): string {
  const check = createHash('sha256').update(`${consultationId}:${responseId}`).digest('hex').slice(0, 4).toUpperCase();
  return `C-${check}-${responseId.padStart(4, '0')}`;
}
