import {
  questionsOf,
  type AdminConsultationResponse,
  type Consultation,
  type LocalizedText,
  type ProfileInput,
} from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { moroccoIso, toCsv } from '../http/csv.js';

export type ExportLanguage = 'ar' | 'fr';

const labelIn = (text: LocalizedText, lang: ExportLanguage) => (lang === 'fr' && text.fr ? text.fr : text.ar);

/** Every response of a consultation, oldest first, for staff exports. */
export async function exportResponses(db: Queryable, consultationId: string): Promise<AdminConsultationResponse[]> {
  const rows = await db.query<{
    id: string;
    submitted_at: Date | string;
    answers: AdminConsultationResponse['answers'];
    profile: ProfileInput | null;
  }>(
    `SELECT id::text, submitted_at, answers, profile FROM consultation_responses WHERE consultation_id = $1
     ORDER BY submitted_at, consultation_responses.id`,
    [consultationId],
  );
  return rows.map((row) => ({
    id: row.id,
    submittedAt: new Date(row.submitted_at).toISOString(),
    answers: row.answers,
    ...(row.profile ? { profile: row.profile } : {}),
  }));
}

/**
 * One line per response, one column per question (a matrix or passage question gets
 * one column per row or paragraph; a multiple choice or ranking lists its choices
 * separated by ` | `), then the profile columns the consultation asks. Choices are
 * shown by their label in `lang` (Arabic by default), times in the commune's time zone.
 */
export function responsesCsv(
  consultation: Consultation,
  responses: readonly AdminConsultationResponse[],
  lang: ExportLanguage = 'ar',
): string {
  const columns: Array<{ header: string; cell: (answers: AdminConsultationResponse['answers']) => string | number | undefined }> = [];
  for (const question of questionsOf(consultation.survey)) {
    const value = (answers: AdminConsultationResponse['answers']) => answers[question.id];
    const choices = 'options' in question ? question.options : question.kind === 'matrix' ? question.columns : [];
    const label = (id: string) => {
      const choice = choices.find((candidate) => candidate.id === id);
      return choice ? labelIn(choice.label, lang) : id;
    };
    if (question.kind === 'matrix' || question.kind === 'passage') {
      const parts = question.kind === 'matrix' ? question.rows : question.paragraphs;
      for (const part of parts) {
        columns.push({
          header: `${question.id}.${part.id}`,
          cell: (answers) => {
            const answer = (value(answers) as Record<string, string> | undefined)?.[part.id];
            return answer !== undefined && question.kind === 'matrix' ? label(answer) : answer;
          },
        });
      }
    } else {
      columns.push({
        header: question.id,
        cell: (answers) => {
          const answer = value(answers);
          if (Array.isArray(answer)) return answer.map((id) => label(String(id))).join(' | ');
          return typeof answer === 'string' && choices.length > 0 ? label(answer) : (answer as string | number | undefined);
        },
      });
    }
  }
  const profileFields = consultation.profile?.fields ?? [];
  return toCsv(
    ['response_id', 'submitted_at', ...columns.map((column) => column.header), ...profileFields.map((field) => `profile.${field}`)],
    responses.map((response) => [
      response.id,
      moroccoIso(response.submittedAt),
      ...columns.map((column) => column.cell(response.answers)),
      ...profileFields.map((field) => response.profile?.[field]),
    ]),
  );
}

/** Publishes or withdraws one free-text answer; false when there is no such answer. */
export async function setTextPublished(
  db: Queryable,
  consultationId: string,
  target: { responseId: string; questionId: string; paragraphId?: string; published: boolean },
): Promise<boolean> {
  const paragraph = target.paragraphId ?? '';
  const [exists] = await db.query(
    `SELECT 1 FROM consultation_responses WHERE id = $1::bigint AND consultation_id = $2
       AND (CASE WHEN $4 = '' THEN jsonb_typeof(answers->$3) = 'string' ELSE answers->$3 ? $4 END)`,
    [target.responseId, consultationId, target.questionId, paragraph],
  );
  if (!exists) return false;
  if (target.published) {
    await db.query(
      `INSERT INTO consultation_published_texts (response_id, question_id, paragraph_id) VALUES ($1::bigint, $2, $3)
       ON CONFLICT DO NOTHING`,
      [target.responseId, target.questionId, paragraph],
    );
  } else {
    await db.query('DELETE FROM consultation_published_texts WHERE response_id = $1::bigint AND question_id = $2 AND paragraph_id = $3', [
      target.responseId,
      target.questionId,
      paragraph,
    ]);
  }
  return true;
}
