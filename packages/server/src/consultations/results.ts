import {
  PROFILE_FIELDS,
  questionsOf,
  type Consultation,
  type ConsultationResults,
  type Question,
  type QuestionResult,
  type ResultCount,
} from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';

interface Options {
  /** Staff view: profile statistics for the equality commission. */
  withProfile?: boolean;
}

const FROM = 'FROM consultation_responses r WHERE r.consultation_id = $1';

/**
 * Aggregates a consultation's responses by reading every one of them: the staff view and
 * the exact recount the public results (tallied-results.ts) are tested equal to. Every
 * count is computed by the database; free text leaves it only where staff published it
 * (`consultation_published_texts`).
 */
export async function computeResults(db: Queryable, consultation: Consultation, options: Options = {}): Promise<ConsultationResults> {
  const id = consultation.id;
  // The total and how many responses answered each question, in one pass over the
  // responses (one query per question took seconds at 100,000 responses).
  const ids = questionsOf(consultation.survey).map((question) => question.id);
  const filters = ids.map((_, index) => `count(*) FILTER (WHERE r.answers ? $${index + 2})::integer`).join(', ');
  const [total] = await db.query<{ count: number; answered: number[] }>(
    `SELECT count(*)::integer AS count, ARRAY[${filters}]::integer[] AS answered ${FROM}`,
    [id, ...ids],
  );
  const answered = new Map(ids.map((questionId, index) => [questionId, total?.answered[index] ?? 0]));
  const questions: QuestionResult[] = [];
  for (const question of questionsOf(consultation.survey))
    questions.push(await questionResult(db, id, question, answered.get(question.id) ?? 0));
  const results: ConsultationResults = { consultationId: id, responseCount: total?.count ?? 0, questions };
  if (options.withProfile && consultation.profile) {
    const profile: Record<string, ResultCount[]> = {};
    for (const field of PROFILE_FIELDS) {
      if (!consultation.profile.fields.includes(field)) continue;
      profile[field] = await db.query<ResultCount>(
        `SELECT coalesce(r.profile->>$2, 'unanswered') AS key, count(*)::integer AS count ${FROM} GROUP BY 1 ORDER BY 1`,
        [id, field],
      );
    }
    results.profile = profile;
  }
  return results;
}

/** Zero counts for options nobody chose, in the survey's order. */
export function inOrder(keys: readonly string[], counted: readonly ResultCount[]): ResultCount[] {
  const byKey = new Map(counted.map((one) => [one.key, one.count]));
  return keys.map((key) => ({ key, count: byKey.get(key) ?? 0 }));
}

export async function publishedTexts(db: Queryable, id: string, questionId: string): Promise<Array<{ paragraph: string; text: string }>> {
  return db
    .query(
      `SELECT p.paragraph_id AS paragraph,
            CASE WHEN p.paragraph_id = '' THEN r.answers->>p.question_id ELSE r.answers->p.question_id->>p.paragraph_id END AS text
     FROM consultation_published_texts p JOIN consultation_responses r ON r.id = p.response_id
     WHERE r.consultation_id = $1 AND p.question_id = $2
     ORDER BY r.submitted_at, r.id`,
      [id, questionId],
    )
    .then((rows) =>
      (rows as Array<{ paragraph: string; text: string | null }>).filter((row): row is { paragraph: string; text: string } => !!row.text),
    );
}

async function questionResult(db: Queryable, id: string, question: Question, answered: number): Promise<QuestionResult> {
  const base = { questionId: question.id, kind: question.kind, answered };
  switch (question.kind) {
    case 'single': {
      const counted = await db.query<ResultCount>(
        `SELECT r.answers->>$2 AS key, count(*)::integer AS count ${FROM} AND r.answers ? $2 GROUP BY 1`,
        [id, question.id],
      );
      return {
        ...base,
        counts: inOrder(
          question.options.map((one) => one.id),
          counted,
        ),
      };
    }
    case 'multiple': {
      const counted = await db.query<ResultCount>(
        `SELECT e.value AS key, count(*)::integer AS count ${FROM.replace('WHERE', ', jsonb_array_elements_text(r.answers->$2) e WHERE')} GROUP BY 1`,
        [id, question.id],
      );
      return {
        ...base,
        counts: inOrder(
          question.options.map((one) => one.id),
          counted,
        ),
      };
    }
    case 'scale': {
      const counted = await db.query<ResultCount>(
        `SELECT r.answers->>$2 AS key, count(*)::integer AS count ${FROM} AND r.answers ? $2 GROUP BY 1`,
        [id, question.id],
      );
      const values = Array.from({ length: question.max - question.min + 1 }, (_, index) => String(question.min + index));
      // The mean from the counts (whole points), not from another pass over the responses.
      const n = counted.reduce((sum, one) => sum + one.count, 0);
      const mean = n ? counted.reduce((sum, one) => sum + Number(one.key) * one.count, 0) / n : null;
      return { ...base, counts: inOrder(values, counted), mean };
    }
    case 'number': {
      const [stats] = await db.query<{ mean: number | null; min: number | null; max: number | null }>(
        `SELECT avg((r.answers->>$2)::numeric)::float8 AS mean, min((r.answers->>$2)::numeric)::float8 AS min,
                max((r.answers->>$2)::numeric)::float8 AS max ${FROM} AND r.answers ? $2`,
        [id, question.id],
      );
      return { ...base, mean: stats?.mean ?? null, min: stats?.min ?? null, max: stats?.max ?? null };
    }
    case 'ranking': {
      const ranked = await db.query<{ key: string; mean_rank: number; first: number }>(
        `SELECT e.value AS key, avg(e.position)::float8 AS mean_rank, count(*) FILTER (WHERE e.position = 1)::integer AS first
         ${FROM.replace('WHERE', ', jsonb_array_elements_text(r.answers->$2) WITH ORDINALITY e(value, position) WHERE')}
         GROUP BY 1 ORDER BY 2, 1`,
        [id, question.id],
      );
      return { ...base, ranks: ranked.map((row) => ({ key: row.key, meanRank: Number(row.mean_rank), first: row.first })) };
    }
    case 'matrix': {
      const counted = await db.query<{ row: string; key: string; count: number }>(
        `SELECT e.key AS row, e.value AS key, count(*)::integer AS count
         ${FROM.replace('WHERE', ', jsonb_each_text(r.answers->$2) e WHERE')} AND jsonb_typeof(r.answers->$2) = 'object' GROUP BY 1, 2`,
        [id, question.id],
      );
      const columns = question.columns.map((one) => one.id);
      return {
        ...base,
        rows: question.rows.map((row) => ({
          key: row.id,
          counts: inOrder(
            columns,
            counted.filter((one) => one.row === row.id),
          ),
        })),
      };
    }
    case 'passage': {
      const counted = await db.query<ResultCount>(
        `SELECT e.key AS key, count(*)::integer AS count
         ${FROM.replace('WHERE', ', jsonb_object_keys(r.answers->$2) e(key) WHERE')} AND jsonb_typeof(r.answers->$2) = 'object' GROUP BY 1`,
        [id, question.id],
      );
      const published = await publishedTexts(db, id, question.id);
      return {
        ...base,
        paragraphs: inOrder(
          question.paragraphs.map((one) => one.id),
          counted,
        ).map(({ key, count }) => ({
          key,
          count,
          texts: published.filter((one) => one.paragraph === key).map((one) => one.text),
        })),
      };
    }
    case 'text':
    case 'long_text':
      return { ...base, texts: (await publishedTexts(db, id, question.id)).filter((one) => one.paragraph === '').map((one) => one.text) };
  }
}
