import { MODERATION_WINDOW_DAYS, type Dashboard, type LocalizedText } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { adminConsultations, adminPetitions } from './admin-lists.js';
import { suggestionsDashboard } from '../suggestions/dashboard.js';

/** The commune's months: the dashboard's "this month" starts at midnight in Morocco. */
const COMMUNE_TIME_ZONE = 'Africa/Casablanca';
/** Question kinds whose answers are free text staff may publish. */
const FREE_TEXT_KINDS = ['text', 'long_text', 'passage'];

export async function dashboard(db: Queryable): Promise<Dashboard> {
  const [petitions, consultations, satisfaction, moderation] = await Promise.all([
    adminPetitions(db, ['collecting', 'deposited', 'under_review']),
    adminConsultations(db, ['upcoming', 'open']),
    satisfactionThisMonth(db),
    moderationQueue(db),
  ]);
  return { petitions, consultations, satisfaction, moderation, suggestions: await suggestionsDashboard(db) };
}

async function satisfactionThisMonth(db: Queryable): Promise<Dashboard['satisfaction']> {
  const rows = await db.query<{
    month: string;
    id: string | null;
    name: LocalizedText | null;
    ratings: number | null;
    average: number | string | null;
  }>(
    `WITH m AS (SELECT date_trunc('month', now() AT TIME ZONE $1) AS local_start)
     SELECT to_char(m.local_start, 'YYYY-MM') AS month, s.id, s.name, r.ratings, r.average
     FROM m
     LEFT JOIN services s ON true
     LEFT JOIN LATERAL (
       SELECT count(*)::integer AS ratings, avg(level)::float8 AS average FROM ratings
       WHERE service_id = s.id AND created_at >= (m.local_start AT TIME ZONE $1)
     ) r ON true
     ORDER BY s.position, s.id`,
    [COMMUNE_TIME_ZONE],
  );
  return {
    month: rows[0]!.month,
    services: rows
      .filter((row) => row.id !== null)
      .map((row) => ({
        id: row.id!,
        name: row.name!,
        ratingCount: row.ratings ?? 0,
        ...(row.ratings ? { average: Math.round(Number(row.average) * 100) / 100 } : {}),
      })),
  };
}

async function moderationQueue(db: Queryable): Promise<Dashboard['moderation']> {
  const [row] = await db.query<{ since: Date | string; comments: number; adhesions: number; texts: number }>(
    `WITH w AS (SELECT now() - make_interval(days => $1::integer) AS since)
     SELECT w.since,
       (SELECT count(*) FROM ratings WHERE created_at >= w.since AND comment IS NOT NULL AND comment <> '' AND NOT hidden)::integer AS comments,
       (SELECT count(*) FROM charter_adhesions WHERE adhered_at >= w.since AND NOT hidden)::integer AS adhesions,
       (SELECT count(*) FROM consultation_responses r JOIN consultations c ON c.id = r.consultation_id
        WHERE r.submitted_at >= w.since
          AND EXISTS (
            SELECT 1 FROM jsonb_array_elements(c.definition -> 'survey' -> 'sections') AS section,
                          jsonb_array_elements(section -> 'questions') AS question
            WHERE $2::jsonb ? (question ->> 'kind') AND r.answers ? (question ->> 'id'))
          AND NOT EXISTS (SELECT 1 FROM consultation_published_texts p WHERE p.response_id = r.id))::integer AS texts
     FROM w`,
    [MODERATION_WINDOW_DAYS, FREE_TEXT_KINDS],
  );
  return {
    since: new Date(row!.since).toISOString(),
    ratingComments: row!.comments,
    charterAdhesions: row!.adhesions,
    freeTextAnswers: row!.texts,
  };
}
