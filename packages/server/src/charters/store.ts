import {
  diffCharterDocuments,
  type AdhesionInput,
  type AdminAdhesion,
  type Charter,
  type CharterAdhesions,
  type CharterConsultation,
  type CharterDocument,
  type CharterInput,
  type CharterLanguage,
  type CharterStatusInput,
  type CharterSummary,
  type CharterVersionChanges,
  type CharterVersionInput,
  type CharterVersionSummary,
  type CouncilDecision,
  type LocalizedText,
} from '@mocharaka/core/contract';
import { randomBytes } from 'node:crypto';
import type { DerivedKeys } from '../crypto/keys.js';
import type { Queryable } from '../db/database.js';
import { THE_COMMUNE } from '../db/the-commune.js';
import { HttpError } from '../http/http-error.js';
import { FRESH, isoTimestamp, writeOnce, type HandlerResult } from '../http/idempotency.js';
import { isPublicName, openAdhesion, sealAdhesion, type StoredAdhesionData } from './adhesion-data.js';

interface CharterRow {
  id: string;
  status: Charter['status'];
  consultation: CharterConsultation | null;
  adoption: CouncilDecision | null;
  revision: CouncilDecision | null;
  current_version: number;
  commune_id: string;
  commune_name: LocalizedText;
}

interface VersionRow {
  number: number;
  title: LocalizedText;
  summary: LocalizedText | null;
  note: LocalizedText | null;
  changes: CharterVersionChanges | null;
  published_at: Date | string;
}

const iso = (value: Date | string) => new Date(value).toISOString();

const CHARTER_COLUMNS = `c.id, c.status, c.consultation, c.adoption, c.revision, c.current_version,
  c.commune_id, m.name AS commune_name`;

/** Languages a whole document is written in: a language counts only if every text has it. */
export function documentLanguages(title: LocalizedText, document: CharterDocument): CharterLanguage[] {
  const texts: LocalizedText[] = [title];
  const collect = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(collect);
    const record = value as Record<string, unknown>;
    if (typeof record.ar === 'string') texts.push(record as LocalizedText);
    else Object.values(record).forEach(collect);
  };
  collect(document);
  return (['ar', 'fr', 'zgh'] as const).filter((language) => texts.every((text) => !!text[language]?.trim()));
}

const toVersionSummary = (row: VersionRow): CharterVersionSummary => ({
  number: row.number,
  publishedAt: iso(row.published_at),
  ...(row.note ? { note: row.note } : {}),
  ...(row.changes ? { changes: row.changes } : {}),
});

const withDecisions = (row: CharterRow) => ({
  ...(row.consultation ? { consultation: row.consultation } : {}),
  ...(row.adoption ? { adoption: row.adoption } : {}),
  ...(row.revision ? { revision: row.revision } : {}),
});

export async function listCharters(db: Queryable): Promise<CharterSummary[]> {
  const rows = await db.query<CharterRow & { title: LocalizedText; document: CharterDocument }>(
    `SELECT ${CHARTER_COLUMNS}, v.title, v.document
     FROM charters c JOIN communes m ON m.id = c.commune_id
     JOIN charter_versions v ON v.charter_id = c.id AND v.number = c.current_version
     ORDER BY c.created_at, c.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    languages: documentLanguages(row.title, row.document),
    version: row.current_version,
    ...(row.adoption ? { adoption: row.adoption } : {}),
  }));
}

/** The charter at `version` (the current one by default); undefined when either is unknown. */
export async function findCharter(db: Queryable, id: string, version?: number): Promise<Charter | undefined> {
  const [row] = await db.query<CharterRow>(
    `SELECT ${CHARTER_COLUMNS} FROM charters c JOIN communes m ON m.id = c.commune_id WHERE c.id = $1`,
    [id],
  );
  if (!row) return undefined;
  const versions = await db.query<VersionRow>(
    'SELECT number, title, summary, note, changes, published_at FROM charter_versions WHERE charter_id = $1 ORDER BY number',
    [id],
  );
  const number = version ?? row.current_version;
  const [shown] = await db.query<VersionRow & { document: CharterDocument }>(
    `SELECT number, title, summary, note, changes, published_at, document
     FROM charter_versions WHERE charter_id = $1 AND number = $2`,
    [id, number],
  );
  if (!shown) return undefined;
  return {
    id: row.id,
    commune: { id: row.commune_id, name: row.commune_name },
    title: shown.title,
    ...(shown.summary ? { summary: shown.summary } : {}),
    status: row.status,
    languages: documentLanguages(shown.title, shown.document),
    ...withDecisions(row),
    version: toVersionSummary(shown),
    currentVersion: row.current_version,
    versions: versions.map(toVersionSummary),
    document: shown.document,
  };
}

/** Creates a draft charter at version 1 in the server's commune; undefined when there is no commune. */
export async function createCharter(tx: Queryable, input: CharterInput): Promise<Charter | undefined> {
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO charters (id, commune_id)
     SELECT $1, communes.id FROM ${THE_COMMUNE} AS communes
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [input.id],
  );
  if (inserted.length === 0) {
    const [exists] = await tx.query('SELECT 1 FROM charters WHERE id = $1', [input.id]);
    if (exists) throw new HttpError(409, 'charter_exists', 'A charter with this id exists; post a new version instead');
    return undefined;
  }
  await tx.query(
    `INSERT INTO charter_versions (charter_id, number, title, summary, note, document)
     VALUES ($1, 1, $2::jsonb, $3::jsonb, $4::jsonb, $5::jsonb)`,
    [input.id, input.title, input.summary ?? null, input.note ?? null, input.document],
  );
  return findCharter(tx, input.id);
}

/**
 * Publishes a new version, which becomes the current one, with its article-level
 * changes from the previous version. Undefined when the charter does not exist.
 */
export async function addCharterVersion(tx: Queryable, id: string, input: CharterVersionInput): Promise<Charter | undefined> {
  const [previous] = await tx.query<{ number: number; title: LocalizedText; summary: LocalizedText | null; document: CharterDocument }>(
    `SELECT v.number, v.title, v.summary, v.document FROM charters c
     JOIN charter_versions v ON v.charter_id = c.id AND v.number = c.current_version
     WHERE c.id = $1 FOR UPDATE OF c`,
    [id],
  );
  if (!previous) return undefined;
  const number = previous.number + 1;
  await tx.query(
    `INSERT INTO charter_versions (charter_id, number, title, summary, note, document, changes)
     VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb, $6::jsonb, $7::jsonb)`,
    [
      id,
      number,
      input.title ?? previous.title,
      input.summary ?? previous.summary,
      input.note ?? null,
      input.document,
      diffCharterDocuments(previous.document, input.document),
    ],
  );
  await tx.query('UPDATE charters SET current_version = $2 WHERE id = $1', [id, number]);
  return findCharter(tx, id);
}

export async function setCharterStatus(tx: Queryable, id: string, input: CharterStatusInput): Promise<Charter | undefined> {
  const updated = await tx.query(
    `UPDATE charters SET status = $2,
       consultation = coalesce($3::jsonb, consultation),
       adoption = coalesce($4::jsonb, adoption),
       revision = coalesce($5::jsonb, revision)
     WHERE id = $1 RETURNING id`,
    [id, input.status, input.consultation ?? null, input.adoption ?? null, input.revision ?? null],
  );
  return updated.length ? findCharter(tx, id) : undefined;
}

/** Statuses in which the charter can be adhered to: adopted, and still so once revised. */
const OPEN_TO_ADHESION = new Set<Charter['status']>(['adopted', 'revised']);

function newReference(): string {
  return `ADH-${(randomBytes(6).toString('hex').toUpperCase().match(/.{4}/g) ?? []).join('-')}`;
}

/**
 * Records an adhesion in one statement with its Idempotency-Key (`writeOnce`); 404 for an
 * unknown charter, 409 `charter_not_adopted` before adoption. The contact, and a
 * citizen's name, are sealed (`adhesion-data.ts`); an association's name is public.
 */
export async function adhere(tx: Queryable, keys: DerivedKeys, charterId: string, input: AdhesionInput): Promise<HandlerResult> {
  const association = input.kind === 'association' ? input : undefined;
  const sealed = sealAdhesion(keys, charterId, input.kind, input.name, input.contact);
  return writeOnce(tx, {
    ctes: `charter AS (SELECT status FROM charters WHERE id = $2),
       adhesion AS (
         INSERT INTO charter_adhesions (reference, charter_id, kind, name, personal_data, registration_number, city)
         SELECT $1, $2, $3, $4, decode($5, 'hex'), $6, $7 FROM charter
         WHERE charter.status = ANY ($8::text[]) AND ${FRESH}
       ),
       outcome AS (
         SELECT CASE WHEN charter.status IS NULL THEN 'not_found' WHEN NOT (charter.status = ANY ($8::text[])) THEN 'not_adopted' END AS refusal,
                201 AS status,
                jsonb_build_object('receipt', jsonb_build_object('reference', $1::text, 'kind', $3::text, 'adheredAt', ${isoTimestamp('now()')})) AS body
         FROM (SELECT) AS one LEFT JOIN charter ON true
       )`,
    params: [
      newReference(),
      charterId,
      input.kind,
      isPublicName(input.kind) ? input.name : null,
      sealed.toString('hex'),
      association?.registrationNumber ?? null,
      association?.city ?? null,
      [...OPEN_TO_ADHESION],
    ],
    refusal: (code) =>
      code === 'not_found'
        ? new HttpError(404, 'not_found', 'Charter not found')
        : new HttpError(409, 'charter_not_adopted', 'The charter can be adhered to once the council has adopted it'),
  });
}

/** What anyone may read: counts and association names; hidden adhesions left out of both. */
export async function publicAdhesions(db: Queryable, charterId: string): Promise<CharterAdhesions> {
  // The running tally of migration 015; `exactAdhesionCounts` recounts the rows.
  const [counts] = await db.query<{ associations: number; citizens: number }>(
    `SELECT coalesce(sum(associations), 0)::integer AS associations, coalesce(sum(citizens), 0)::integer AS citizens
     FROM charter_adhesion_tallies WHERE charter_id = $1`,
    [charterId],
  );
  const names = await db.query<{ name: string; adhered_at: Date | string }>(
    `SELECT name, adhered_at FROM charter_adhesions
     WHERE charter_id = $1 AND kind = 'association' AND NOT hidden ORDER BY adhered_at, id`,
    [charterId],
  );
  return {
    counts: { associations: counts?.associations ?? 0, citizens: counts?.citizens ?? 0 },
    items: names.map((row) => ({ name: row.name, adheredAt: iso(row.adhered_at) })),
  };
}

/** The public counts recounted from every adhesion row (the test proving the tally equal to it). */
export async function exactAdhesionCounts(db: Queryable, charterId: string): Promise<CharterAdhesions['counts']> {
  const [row] = await db.query<{ associations: number; citizens: number }>(
    `SELECT count(*) FILTER (WHERE kind = 'association')::integer AS associations, count(*) FILTER (WHERE kind = 'citizen')::integer AS citizens
     FROM charter_adhesions WHERE charter_id = $1 AND NOT hidden`,
    [charterId],
  );
  return { associations: row?.associations ?? 0, citizens: row?.citizens ?? 0 };
}

interface AdhesionRow extends StoredAdhesionData {
  reference: string;
  kind: AdminAdhesion['kind'];
  registration_number: string | null;
  city: string | null;
  hidden: boolean;
  adhered_at: Date | string;
}

const ADHESION_COLUMNS = 'reference, charter_id, kind, name, contact, personal_data, registration_number, city, hidden, adhered_at';

const toAdminAdhesion = (keys: DerivedKeys, row: AdhesionRow): AdminAdhesion => ({
  reference: row.reference,
  kind: row.kind,
  ...openAdhesion(keys, row),
  ...(row.registration_number ? { registrationNumber: row.registration_number } : {}),
  ...(row.city ? { city: row.city } : {}),
  hidden: row.hidden,
  adheredAt: iso(row.adhered_at),
});

/** Every adhesion with its name and contact, opened, oldest first (staff). */
export async function listAdhesions(db: Queryable, keys: DerivedKeys, charterId: string): Promise<AdminAdhesion[]> {
  const rows = await db.query<AdhesionRow>(
    `SELECT ${ADHESION_COLUMNS} FROM charter_adhesions WHERE charter_id = $1 ORDER BY adhered_at, id`,
    [charterId],
  );
  return rows.map((row) => toAdminAdhesion(keys, row));
}

export async function setAdhesionHidden(
  tx: Queryable,
  keys: DerivedKeys,
  reference: string,
  hidden: boolean,
): Promise<AdminAdhesion | undefined> {
  const [row] = await tx.query<AdhesionRow>(`UPDATE charter_adhesions SET hidden = $2 WHERE reference = $1 RETURNING ${ADHESION_COLUMNS}`, [
    reference,
    hidden,
  ]);
  return row && toAdminAdhesion(keys, row);
}

export async function charterExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM charters WHERE id = $1', [id])).length > 0;
}
