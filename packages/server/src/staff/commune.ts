import {
  DEFAULT_THRESHOLDS,
  type CommuneSettings,
  type CommuneSettingsInput,
  type LocalizedText,
  type PopulationCategory,
} from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { THE_COMMUNE } from '../db/the-commune.js';
import { HttpError } from '../http/http-error.js';

/** What the staff settings keep in `communes.settings` (other keys there are left alone). */
interface StoredSettings {
  populationCategory?: PopulationCategory;
  embeddingOrigins?: string[];
  retentionDays?: number;
}

interface CommuneRow {
  id: string;
  name: LocalizedText;
  settings: StoredSettings | null;
}

/** A commune without a category counts as the smallest (the lowest threshold), as the petition store does. */
const DEFAULT_CATEGORY: PopulationCategory = 'under_35000';

/**
 * The commune this server runs for. A server serves one commune, created at set-up
 * (`npm run create-admin`); with none yet, 409 `commune_missing`; with several (a
 * database assembled by hand), 409 `several_communes` rather than guessing one.
 */
export async function theCommune(db: Queryable, lock = false): Promise<CommuneRow> {
  const rows = await db.query<CommuneRow>(`SELECT id, name, settings FROM communes ORDER BY id LIMIT 2${lock ? ' FOR UPDATE' : ''}`);
  if (rows.length === 0) throw new HttpError(409, 'commune_missing', 'No commune is configured on this server yet');
  if (rows.length > 1) throw new HttpError(409, 'several_communes', 'This database holds several communes; a server serves one');
  return rows[0]!;
}

/** The origins staff allowed to embed the elements (console settings); none when no commune is set up. */
export async function communeEmbeddingOrigins(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ origins: string[] | null }>(
    `SELECT settings->'embeddingOrigins' AS origins FROM communes WHERE id = ${THE_COMMUNE}`,
  );
  return rows[0]?.origins ?? [];
}

export function settingsOf(row: CommuneRow, defaults: { retentionDays: number }): CommuneSettings {
  const stored = row.settings ?? {};
  const category =
    stored.populationCategory && Object.hasOwn(DEFAULT_THRESHOLDS, stored.populationCategory)
      ? stored.populationCategory
      : DEFAULT_CATEGORY;
  return {
    id: row.id,
    name: row.name,
    populationCategory: category,
    signatureThreshold: DEFAULT_THRESHOLDS[category],
    embeddingOrigins: stored.embeddingOrigins ?? [],
    retentionDays: stored.retentionDays ?? defaults.retentionDays,
  };
}

/** Replaces the staff settings; returns them before and after (for the audit trail). */
export async function updateSettings(
  tx: Queryable,
  input: CommuneSettingsInput,
  defaults: { retentionDays: number },
): Promise<{ before: CommuneSettings; after: CommuneSettings }> {
  const current = await theCommune(tx, true);
  const origins = [...new Set(input.embeddingOrigins.map((origin) => origin.toLowerCase()))];
  const [row] = await tx.query<CommuneRow>(
    `UPDATE communes SET name = $2::jsonb,
       settings = settings || jsonb_build_object('populationCategory', $3::text, 'embeddingOrigins', $4::jsonb, 'retentionDays', $5::integer)
     WHERE id = $1 RETURNING id, name, settings`,
    [current.id, input.name, input.populationCategory, origins, input.retentionDays],
  );
  return { before: settingsOf(current, defaults), after: settingsOf(row!, defaults) };
}

/** Creates the commune at set-up; undefined when one exists already. */
export async function createCommune(
  tx: Queryable,
  input: { id: string; name: LocalizedText; populationCategory: PopulationCategory },
): Promise<{ id: string } | undefined> {
  const [{ present } = { present: false }] = await tx.query<{ present: boolean }>('SELECT EXISTS (SELECT 1 FROM communes) AS present');
  if (present) return undefined;
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO communes (id, name, settings) VALUES ($1, $2::jsonb, jsonb_build_object('populationCategory', $3::text)) RETURNING id`,
    [input.id, input.name, input.populationCategory],
  );
  return row;
}

/**
 * The retention an administrator set in the settings, else `fallback`
 * (`MOCHARAKA_SIGNATURE_RETENTION_DAYS`); `fallback` too while no commune exists.
 */
export async function retentionDays(db: Queryable, fallback: number): Promise<number> {
  const rows = await db.query<{ settings: StoredSettings | null }>('SELECT settings FROM communes ORDER BY id LIMIT 2');
  return rows.length === 1 ? (rows[0]!.settings?.retentionDays ?? fallback) : fallback;
}
