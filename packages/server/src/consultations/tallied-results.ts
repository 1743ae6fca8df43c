import { questionsOf, type Consultation, type ConsultationResults, type QuestionResult, type ResultCount } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { inOrder, publishedTexts } from './results.js';

interface TallyRow {
  question_id: string;
  facet: 'total' | 'answered' | 'count' | 'rank' | 'first' | 'number';
  key: string;
  sub: string;
  n: number;
}

interface NumberStats {
  question_id: string;
  mean: number | null;
  min: number | null;
  max: number | null;
}

interface RankRow {
  question_id: string;
  key: string;
  mean_rank: number;
  first: number;
}

/**
 * The public results, read from the running tallies of migration 015 (a few rows per
 * option, whatever the number of responses). Same figures as `computeResults`, which
 * reads every response; test/tallies.test.ts proves them equal. Only the statistics
 * (means, ranks) are derived in SQL, with the same numeric arithmetic as the recount.
 */
export async function talliedResults(db: Queryable, consultation: Consultation): Promise<ConsultationResults> {
  const id = consultation.id;
  const rows = await db.query<TallyRow>(
    `SELECT question_id, facet, key, sub, sum(n)::integer AS n FROM consultation_tallies
     WHERE consultation_id = $1 AND facet IN ('total', 'answered', 'count')
     GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0`,
    [id],
  );
  const numbers = await db.query<NumberStats>(
    `SELECT question_id, (sum(key::numeric * n) / sum(n))::float8 AS mean, min(key::numeric)::float8 AS min, max(key::numeric)::float8 AS max
     FROM (SELECT question_id, key, sum(n) AS n FROM consultation_tallies
           WHERE consultation_id = $1 AND facet = 'number' GROUP BY 1, 2 HAVING sum(n) > 0) AS answered
     GROUP BY 1`,
    [id],
  );
  const ranks = await db.query<RankRow>(
    `SELECT question_id, key, (sum(s) FILTER (WHERE facet = 'rank')::numeric / sum(n) FILTER (WHERE facet = 'rank'))::float8 AS mean_rank,
            coalesce(sum(n) FILTER (WHERE facet = 'first'), 0)::integer AS first
     FROM consultation_tallies WHERE consultation_id = $1 AND facet IN ('rank', 'first')
     GROUP BY 1, 2 HAVING sum(n) FILTER (WHERE facet = 'rank') > 0
     ORDER BY 1, 3, 2`,
    [id],
  );
  const counted = (questionId: string, facet: TallyRow['facet']) =>
    rows.filter((row) => row.question_id === questionId && row.facet === facet);
  const counts = (questionId: string): ResultCount[] => counted(questionId, 'count').map((row) => ({ key: row.key, count: row.n }));
  const total = counted('', 'total')[0]?.n ?? 0;

  const questions: QuestionResult[] = [];
  for (const question of questionsOf(consultation.survey)) {
    const base = { questionId: question.id, kind: question.kind, answered: counted(question.id, 'answered')[0]?.n ?? 0 };
    const ids = (items: readonly { id: string }[]) => items.map((one) => one.id);
    switch (question.kind) {
      case 'single':
      case 'multiple':
        questions.push({ ...base, counts: inOrder(ids(question.options), counts(question.id)) });
        break;
      case 'scale': {
        const all = counts(question.id);
        const values = Array.from({ length: question.max - question.min + 1 }, (_, index) => String(question.min + index));
        const n = all.reduce((sum, one) => sum + one.count, 0);
        const mean = n ? all.reduce((sum, one) => sum + Number(one.key) * one.count, 0) / n : null;
        questions.push({ ...base, counts: inOrder(values, all), mean });
        break;
      }
      case 'number': {
        const stats = numbers.find((one) => one.question_id === question.id);
        questions.push({ ...base, mean: stats?.mean ?? null, min: stats?.min ?? null, max: stats?.max ?? null });
        break;
      }
      case 'ranking':
        questions.push({
          ...base,
          ranks: ranks
            .filter((one) => one.question_id === question.id)
            .map((one) => ({ key: one.key, meanRank: Number(one.mean_rank), first: one.first })),
        });
        break;
      case 'matrix': {
        const cells = counted(question.id, 'count');
        const columns = ids(question.columns);
        questions.push({
          ...base,
          rows: question.rows.map((row) => ({
            key: row.id,
            counts: inOrder(
              columns,
              cells.filter((one) => one.key === row.id).map((one) => ({ key: one.sub, count: one.n })),
            ),
          })),
        });
        break;
      }
      case 'passage': {
        const published = await publishedTexts(db, id, question.id);
        questions.push({
          ...base,
          paragraphs: inOrder(ids(question.paragraphs), counts(question.id)).map(({ key, count }) => ({
            key,
            count,
            texts: published.filter((one) => one.paragraph === key).map((one) => one.text),
          })),
        });
        break;
      }
      case 'text':
      case 'long_text':
        questions.push({
          ...base,
          texts: (await publishedTexts(db, id, question.id)).filter((one) => one.paragraph === '').map((one) => one.text),
        });
        break;
    }
  }
  return { consultationId: id, responseCount: total, questions };
}
