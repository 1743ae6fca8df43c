import {
  ANSWER_DELAY_MONTHS,
  DEFAULT_THRESHOLDS,
  ELIGIBILITY_BASES,
  PAPER_SIGNATURE_STATUSES,
  PETITION_STATUS_TRANSITIONS,
  type DataController,
  type EligibilityBasis,
  type LocalizedText,
  type Petition,
  type PetitionInput,
  type PetitionStatus,
  type PopulationCategory,
  type StatusChange,
} from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { THE_COMMUNE } from '../db/the-commune.js';

/**
 * The public count: online signatures made before the start of the current 10-second
 * window, plus recorded paper signatures. Computed from the database clock alone, so
 * every server process gives the same number, and a signature never shows the instant
 * it is made.
 */
export const COUNT_WINDOW_SECONDS = 10;

const CURRENT_WINDOW = `date_bin('${COUNT_WINDOW_SECONDS} seconds', now(), timestamptz '1970-01-01 00:00:00+00')`;

const EXACT_ONLINE_COUNT = (petitionId: string) =>
  `SELECT count(*) FROM petition_signatures s WHERE s.petition_id = ${petitionId} AND s.signed_at < ${CURRENT_WINDOW}`;

/**
 * The public count recounted from every signature row (staff, and the test proving the
 * running tally of migration 015 equal to it). The public reads use the tally, and this
 * recount only while a slot holds a window after the reader's (see migration 015).
 */
export async function exactSignatureCount(db: Queryable, petitionId: string): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `SELECT ((${EXACT_ONLINE_COUNT('$1')})
             + (SELECT coalesce(sum(pp.count), 0) FROM petition_paper_signatures pp WHERE pp.petition_id = $1))::integer AS count`,
    [petitionId],
  );
  return row?.count ?? 0;
}

const PETITION_COLUMNS = `
  p.id, p.title, p.body, p.demands, p.agent_name, p.status, p.opens_at, p.closes_at, p.threshold,
  p.eligibility, p.portal_url, c.id AS commune_id, c.name AS commune_name, c.settings AS commune_settings,
  ((SELECT CASE
       WHEN max(t.recent_window) > ${CURRENT_WINDOW} THEN (${EXACT_ONLINE_COUNT('p.id')})
       ELSE coalesce(sum(t.settled + CASE WHEN t.recent_window < ${CURRENT_WINDOW} THEN t.recent ELSE 0 END), 0) END
     FROM petition_signature_tallies t WHERE t.petition_id = p.id)
   + (SELECT coalesce(sum(pp.count), 0) FROM petition_paper_signatures pp WHERE pp.petition_id = p.id))::integer
    AS signature_count,
  coalesce((SELECT jsonb_agg(jsonb_build_object('status', h.status, 'at', h.at, 'note', h.note) ORDER BY h.at, h.id)
            FROM petition_status_changes h WHERE h.petition_id = p.id), '[]'::jsonb) AS history`;

interface PetitionRow {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
  demands: LocalizedText[];
  agent_name: string;
  status: PetitionStatus;
  opens_at: Date | string;
  closes_at: Date | string;
  threshold: number | null;
  eligibility: EligibilityBasis[];
  portal_url: string | null;
  commune_id: string;
  commune_name: LocalizedText;
  commune_settings: CommuneSettings | null;
  signature_count: number;
  history: Array<{ status: PetitionStatus; at: string; note: LocalizedText | null }>;
}

/** The petition part of a commune's `settings`. */
export interface CommuneSettings {
  populationCategory?: PopulationCategory;
  dataController?: DataController;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** The threshold of the commune's population category; a commune without one counts as the smallest. */
export function defaultThreshold(settings: CommuneSettings | null | undefined): number {
  const category = settings?.populationCategory;
  return category && Object.hasOwn(DEFAULT_THRESHOLDS, category) ? DEFAULT_THRESHOLDS[category] : DEFAULT_THRESHOLDS.under_35000;
}

/** `date` plus `months` calendar months in UTC, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

function toPetition(row: PetitionRow): Petition {
  const statusHistory: StatusChange[] = row.history.map((change) => ({
    status: change.status,
    at: iso(change.at),
    ...(change.note ? { note: change.note } : {}),
  }));
  const deposit = statusHistory.findLast((change) => change.status === 'deposited');
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    demands: row.demands,
    agent: { name: row.agent_name },
    commune: { id: row.commune_id, name: row.commune_name },
    status: row.status,
    statusHistory,
    opensAt: iso(row.opens_at),
    closesAt: iso(row.closes_at),
    threshold: row.threshold ?? defaultThreshold(row.commune_settings),
    signatureCount: row.signature_count,
    eligibility: ELIGIBILITY_BASES.filter((basis) => row.eligibility.includes(basis)),
    dataController: row.commune_settings?.dataController ?? { name: row.commune_name, contact: '' },
    ...(deposit ? { answerDueAt: addMonths(new Date(deposit.at), ANSWER_DELAY_MONTHS).toISOString() } : {}),
    ...(row.portal_url ? { portalUrl: row.portal_url } : {}),
  };
}

export async function listPetitions(db: Queryable, filter: { status?: PetitionStatus } = {}): Promise<Petition[]> {
  const rows = await db.query<PetitionRow>(
    `SELECT ${PETITION_COLUMNS} FROM petitions p JOIN communes c ON c.id = p.commune_id
     WHERE $1::text IS NULL OR p.status = $1::text
     ORDER BY p.opens_at DESC, p.id`,
    [filter.status ?? null],
  );
  return rows.map(toPetition);
}

export async function findPetition(db: Queryable, id: string): Promise<Petition | undefined> {
  const [row] = await db.query<PetitionRow>(
    `SELECT ${PETITION_COLUMNS} FROM petitions p JOIN communes c ON c.id = p.commune_id WHERE p.id = $1`,
    [id],
  );
  return row && toPetition(row);
}

/**
 * Creates the petition in the commune (status `collecting`, dated at its opening), or
 * replaces its definition when the id exists. Returns undefined when there is no commune.
 */
export async function upsertPetition(tx: Queryable, input: PetitionInput): Promise<{ petition: Petition; created: boolean } | undefined> {
  const [row] = await tx.query<{ created: boolean }>(
    `INSERT INTO petitions (id, commune_id, title, body, demands, agent_name, opens_at, closes_at, threshold, eligibility, portal_url)
     SELECT $1, communes.id, $2::jsonb, $3::jsonb, $4::jsonb, $5, $6::timestamptz, $7::timestamptz, $8::integer,
            ARRAY(SELECT jsonb_array_elements_text($9::jsonb)), $10
     FROM ${THE_COMMUNE} AS communes
     ON CONFLICT (id) DO UPDATE SET
       title = excluded.title, body = excluded.body, demands = excluded.demands, agent_name = excluded.agent_name,
       opens_at = excluded.opens_at, closes_at = excluded.closes_at, threshold = excluded.threshold,
       eligibility = excluded.eligibility, portal_url = excluded.portal_url
     RETURNING (xmax = 0) AS created`,
    [
      input.id,
      input.title,
      input.body,
      input.demands,
      input.agent.name,
      input.opensAt,
      input.closesAt,
      input.threshold ?? null,
      input.eligibility ? [...new Set(input.eligibility)] : [...ELIGIBILITY_BASES],
      input.portalUrl ?? null,
    ],
  );
  if (!row) return undefined;
  if (row.created) {
    await tx.query(`INSERT INTO petition_status_changes (petition_id, status, at) VALUES ($1, 'collecting', $2::timestamptz)`, [
      input.id,
      input.opensAt,
    ]);
  } else {
    // While the petition is still collecting, its only history entry follows its opening date.
    await tx.query(
      `UPDATE petition_status_changes h SET at = p.opens_at
       FROM petitions p
       WHERE p.id = $1 AND h.petition_id = p.id AND p.status = 'collecting'
         AND (SELECT count(*) FROM petition_status_changes WHERE petition_id = p.id) = 1`,
      [input.id],
    );
  }
  return { petition: (await findPetition(tx, input.id))!, created: row.created };
}

export type StatusChangeOutcome =
  | { ok: true; petition: Petition }
  | { ok: false; reason: 'not_found' | 'invalid_transition' | 'before_last_change'; from?: PetitionStatus }
  | { ok: false; reason: 'below_threshold'; count: number; threshold: number };

/**
 * Records a dated status change when it follows from the current status (the row is
 * locked meanwhile). A deposit with fewer signatures than the threshold (online and
 * paper) needs `force`: staff confirm they know the petition will likely be inadmissible.
 */
export async function changeStatus(
  tx: Queryable,
  id: string,
  change: { status: PetitionStatus; at?: string; note?: LocalizedText; force?: boolean },
): Promise<StatusChangeOutcome> {
  const [current] = await tx.query<{ status: PetitionStatus; last_at: Date | string | null; at: Date | string }>(
    `SELECT status, (SELECT max(at) FROM petition_status_changes WHERE petition_id = p.id) AS last_at,
            coalesce($2::timestamptz, now()) AS at
     FROM petitions p WHERE id = $1 FOR UPDATE`,
    [id, change.at ?? null],
  );
  if (!current) return { ok: false, reason: 'not_found' };
  if (!PETITION_STATUS_TRANSITIONS[current.status].includes(change.status)) {
    return { ok: false, reason: 'invalid_transition', from: current.status };
  }
  if (current.last_at !== null && new Date(current.at) < new Date(current.last_at)) {
    return { ok: false, reason: 'before_last_change' };
  }
  if (change.status === 'deposited' && !change.force) {
    const [counted] = await tx.query<{ count: number }>(
      `SELECT ((SELECT count(*) FROM petition_signatures WHERE petition_id = $1)
               + (SELECT coalesce(sum(count), 0) FROM petition_paper_signatures WHERE petition_id = $1))::integer AS count`,
      [id],
    );
    const { threshold } = (await findPetition(tx, id))!;
    if (counted!.count < threshold) return { ok: false, reason: 'below_threshold', count: counted!.count, threshold };
  }
  await tx.query(`UPDATE petitions SET status = $2 WHERE id = $1`, [id, change.status]);
  await tx.query(`INSERT INTO petition_status_changes (petition_id, status, at, note) VALUES ($1, $2, $3::timestamptz, $4::jsonb)`, [
    id,
    change.status,
    iso(current.at),
    change.note ?? null,
  ]);
  return { ok: true, petition: (await findPetition(tx, id))! };
}

/** All paper signatures recorded for a petition (the printable list shows them beside the online ones). */
export async function paperSignatureTotal(db: Queryable, petitionId: string): Promise<number> {
  const [row] = await db.query<{ total: number }>(
    'SELECT coalesce(sum(count), 0)::integer AS total FROM petition_paper_signatures WHERE petition_id = $1',
    [petitionId],
  );
  return row?.total ?? 0;
}

export async function recordPaperSignatures(
  tx: Queryable,
  id: string,
  input: { count: number; note?: string },
): Promise<'not_found' | 'closed' | Petition> {
  const [current] = await tx.query<{ status: PetitionStatus }>('SELECT status FROM petitions WHERE id = $1 FOR UPDATE', [id]);
  if (!current) return 'not_found';
  if (!PAPER_SIGNATURE_STATUSES.includes(current.status)) return 'closed';
  await tx.query('INSERT INTO petition_paper_signatures (petition_id, count, note) VALUES ($1, $2, $3)', [
    id,
    input.count,
    input.note ?? null,
  ]);
  return (await findPetition(tx, id))!;
}
