import {
  ANSWER_DELAY_MONTHS,
  type AdminCharterSummary,
  type AdminConsultationSummary,
  type AdminPetitionSummary,
  type CharterStatus,
  type ConsultationStatus,
  type LocalizedText,
  type PetitionStatus,
} from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { addMonths, defaultThreshold, type CommuneSettings } from '../petitions/store.js';

const iso = (value: Date | string) => new Date(value).toISOString();

interface AdminPetitionRow {
  id: string;
  title: LocalizedText;
  status: PetitionStatus;
  opens_at: Date | string;
  closes_at: Date | string;
  threshold: number | null;
  settings: CommuneSettings | null;
  online: number;
  paper: number;
  deposited_at: Date | string | null;
}

/** What staff see of a petition, in the list and alone: one SELECT and one mapping for both, so they cannot disagree. */
const ADMIN_PETITION_SELECT = `SELECT p.id, p.title, p.status, p.opens_at, p.closes_at, p.threshold, c.settings,
       (SELECT count(*) FROM petition_signatures s WHERE s.petition_id = p.id)::integer AS online,
       (SELECT coalesce(sum(pp.count), 0) FROM petition_paper_signatures pp WHERE pp.petition_id = p.id)::integer AS paper,
       (SELECT max(h.at) FROM petition_status_changes h WHERE h.petition_id = p.id AND h.status = 'deposited') AS deposited_at
     FROM petitions p JOIN communes c ON c.id = p.commune_id`;

function toAdminPetition(row: AdminPetitionRow): AdminPetitionSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    opensAt: iso(row.opens_at),
    closesAt: iso(row.closes_at),
    signatureCount: row.online + row.paper,
    paperSignatureCount: row.paper,
    threshold: row.threshold ?? defaultThreshold(row.settings),
    ...(row.deposited_at ? { answerDueAt: addMonths(new Date(row.deposited_at), ANSWER_DELAY_MONTHS).toISOString() } : {}),
  };
}

/** Every petition with exact counts (staff see no privacy delay), newest first; `statuses` narrows it. */
export async function adminPetitions(db: Queryable, statuses?: readonly PetitionStatus[]): Promise<AdminPetitionSummary[]> {
  const rows = await db.query<AdminPetitionRow>(
    `${ADMIN_PETITION_SELECT}
     WHERE $1::jsonb IS NULL OR $1::jsonb ? p.status
     ORDER BY p.opens_at DESC, p.id`,
    [statuses ?? null],
  );
  return rows.map(toAdminPetition);
}

/** One petition as `adminPetitions` lists it, or undefined when there is none with this id. */
export async function findAdminPetition(db: Queryable, id: string): Promise<AdminPetitionSummary | undefined> {
  const [row] = await db.query<AdminPetitionRow>(`${ADMIN_PETITION_SELECT} WHERE p.id = $1`, [id]);
  return row && toAdminPetition(row);
}

/** Every consultation with its response count, newest first; `statuses` narrows it. */
export async function adminConsultations(db: Queryable, statuses?: readonly ConsultationStatus[]): Promise<AdminConsultationSummary[]> {
  const rows = await db.query<{
    id: string;
    title: LocalizedText;
    status: ConsultationStatus;
    opens_at: Date | string;
    closes_at: Date | string;
    results_published: boolean;
    responses: number;
  }>(
    `SELECT * FROM (
       SELECT c.id, c.definition -> 'title' AS title, c.opens_at, c.closes_at, c.results_published,
         CASE WHEN now() < c.opens_at THEN 'upcoming' WHEN now() < c.closes_at THEN 'open' ELSE 'closed' END AS status,
         (SELECT count(*) FROM consultation_responses r WHERE r.consultation_id = c.id)::integer AS responses
       FROM consultations c
     ) AS listed
     WHERE $1::jsonb IS NULL OR $1::jsonb ? status
     ORDER BY opens_at DESC, id`,
    [statuses ?? null],
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    opensAt: iso(row.opens_at),
    closesAt: iso(row.closes_at),
    responseCount: row.responses,
    resultsPublished: row.results_published,
  }));
}

/** Every charter at its current version, with its adhesion counts. */
export async function adminCharters(db: Queryable): Promise<AdminCharterSummary[]> {
  const rows = await db.query<{ id: string; title: LocalizedText; status: CharterStatus; version: number; shown: number; hidden: number }>(
    `SELECT ch.id, v.title, ch.status, ch.current_version AS version,
       (SELECT count(*) FROM charter_adhesions a WHERE a.charter_id = ch.id AND NOT a.hidden)::integer AS shown,
       (SELECT count(*) FROM charter_adhesions a WHERE a.charter_id = ch.id AND a.hidden)::integer AS hidden
     FROM charters ch JOIN charter_versions v ON v.charter_id = ch.id AND v.number = ch.current_version
     ORDER BY ch.created_at DESC, ch.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    version: row.version,
    adhesionCount: row.shown,
    hiddenAdhesionCount: row.hidden,
  }));
}
