import type { Consultation, ConsultationInput } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { THE_COMMUNE } from '../db/the-commune.js';

/** What is kept in `consultations.definition`: everything but id, dates and publication. */
type Definition = Pick<Consultation, 'title' | 'introduction' | 'documents' | 'survey' | 'profile'>;

interface ConsultationRow {
  id: string;
  definition: Definition;
  opens_at: Date | string;
  closes_at: Date | string;
  results_published: boolean;
  status: Consultation['status'];
  response_count: number;
}

// The status uses the database clock, so every server process agrees on the window. The
// response count is the running tally of migration 015 (results.ts recounts it exactly).
const COLUMNS = `c.id, c.definition, c.opens_at, c.closes_at, c.results_published,
  CASE WHEN now() < c.opens_at THEN 'upcoming' WHEN now() < c.closes_at THEN 'open' ELSE 'closed' END AS status,
  (SELECT coalesce(sum(t.n), 0) FROM consultation_tallies t
    WHERE t.consultation_id = c.id AND t.question_id = '' AND t.facet = 'total')::integer AS response_count`;

const iso = (value: Date | string) => new Date(value).toISOString();

function toConsultation(row: ConsultationRow): Consultation {
  const { title, introduction, documents, survey, profile } = row.definition;
  return {
    id: row.id,
    title,
    introduction,
    opensAt: iso(row.opens_at),
    closesAt: iso(row.closes_at),
    ...(documents?.length ? { documents } : {}),
    survey,
    ...(profile ? { profile } : {}),
    status: row.status,
    resultsPublished: row.results_published,
    responseCount: row.response_count,
  };
}

/** Open ones first, then upcoming, then closed; most recent first within each. */
export async function listConsultations(db: Queryable): Promise<Consultation[]> {
  const rows = await db.query<ConsultationRow>(
    `SELECT ${COLUMNS} FROM consultations c
     ORDER BY CASE WHEN now() < c.opens_at THEN 1 WHEN now() < c.closes_at THEN 0 ELSE 2 END, c.opens_at DESC, c.id`,
  );
  return rows.map(toConsultation);
}

export async function findConsultation(
  db: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Consultation | undefined> {
  const [row] = await db.query<ConsultationRow>(
    `SELECT ${COLUMNS} FROM consultations c WHERE c.id = $1${options.forUpdate ? ' FOR SHARE' : ''}`,
    [id],
  );
  return row ? toConsultation(row) : undefined;
}

/** Creates or replaces a consultation; undefined when the server has no commune yet. */
export async function upsertConsultation(
  db: Queryable,
  input: ConsultationInput,
): Promise<{ created: boolean; consultation: Consultation } | undefined> {
  const { id, opensAt, closesAt, resultsPublished, title, introduction, documents, survey, profile } = input;
  const definition: Definition = { title, introduction, survey, ...(documents ? { documents } : {}), ...(profile ? { profile } : {}) };
  const [row] = await db.query<{ created: boolean }>(
    `INSERT INTO consultations (id, commune_id, definition, opens_at, closes_at, results_published)
     SELECT $1, communes.id, $2::jsonb, $3::timestamptz, $4::timestamptz, coalesce($5::boolean, false)
     FROM ${THE_COMMUNE} AS communes
     ON CONFLICT (id) DO UPDATE SET definition = EXCLUDED.definition, opens_at = EXCLUDED.opens_at,
       closes_at = EXCLUDED.closes_at,
       results_published = coalesce($5::boolean, consultations.results_published), updated_at = now()
     RETURNING (xmax = 0) AS created`,
    [id, definition, opensAt, closesAt, resultsPublished ?? null],
  );
  if (!row) return undefined;
  const consultation = await findConsultation(db, id);
  return consultation && { created: row.created, consultation };
}

export async function setResultsPublished(db: Queryable, id: string, published: boolean): Promise<Consultation | undefined> {
  const rows = await db.query('UPDATE consultations SET results_published = $2, updated_at = now() WHERE id = $1 RETURNING id', [
    id,
    published,
  ]);
  return rows.length ? findConsultation(db, id) : undefined;
}
