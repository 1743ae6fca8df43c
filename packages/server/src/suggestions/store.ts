import { createHash } from 'node:crypto';
import type {
  AdminSuggestion,
  AdminSuggestionDetail,
  PublicSuggestion,
  SuggestionAnswerInput,
  SuggestionInput,
  SuggestionReceipt,
  SuggestionStatus,
  SupportReceipt,
} from '@mocharaka/core/contract';
import { STAFF_SUGGESTIONS_PAGE_SIZE, SUGGESTIONS_PAGE_SIZE } from '@mocharaka/core/contract';
import type { DerivedKeys } from '../crypto/keys.js';
import type { Queryable } from '../db/database.js';
import { THE_COMMUNE } from '../db/the-commune.js';
import { HttpError, invalidFields, notFound } from '../http/http-error.js';
import { suggestionBox } from './box.js';
import { newSuggestionCode } from './codes.js';
import { openContact, sealContact } from './contact.js';
import { SUGGESTION_COLUMNS, SUGGESTION_FROM, toAdmin, toPublic, type SuggestionRow } from './rows.js';

export interface SuggestionFilters {
  topic?: string;
  status?: SuggestionStatus;
  department?: string;
  cursor?: string;
}

/**
 * The supporter token is a random value only the supporter's browser knows; the server
 * keeps its SHA-256, bound to the suggestion box but not to one suggestion, so a support
 * moved by a merge still counts once per browser.
 */
export function supporterTokenHash(token: string): Buffer {
  return createHash('sha256').update(`mocharaka:suggestion-support:${token}`).digest();
}

/** Records a citizen's suggestion under a fresh follow-up code, its contact sealed. */
export async function submitSuggestion(tx: Queryable, keys: DerivedKeys, input: SuggestionInput): Promise<SuggestionReceipt> {
  const box = await suggestionBox(tx, { forShare: true });
  if (box.topics.length === 0) throw new HttpError(409, 'suggestion_box_closed', 'The commune has not opened its suggestion box yet');
  const fields: Record<string, 'invalid_value'> = {};
  if (!box.topics.some((topic) => topic.id === input.topic)) fields.topic = 'invalid_value';
  if (input.neighbourhood !== undefined && !box.neighbourhoods.some((one) => one.id === input.neighbourhood)) {
    fields.neighbourhood = 'invalid_value';
  }
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
  for (;;) {
    const code = newSuggestionCode();
    const sealed = input.contact ? sealContact(keys, code, input.contact).toString('hex') : null;
    const [row] = await tx.query<{ code: string; submitted_at: Date | string }>(
      `INSERT INTO suggestions (code, commune_id, kind, topic, neighbourhood, text, personal_data)
       SELECT $1, ${THE_COMMUNE}, $2, $3, $4, $5, decode($6, 'hex')
       ON CONFLICT (code) DO NOTHING
       RETURNING code, submitted_at`,
      [code, input.kind, input.topic, input.neighbourhood ?? null, input.text, sealed],
    );
    // A code already given (one chance in a trillion): draw another.
    if (row) {
      return { code: row.code, status: 'received', submittedAt: new Date(row.submitted_at).toISOString(), contactKept: sealed !== null };
    }
  }
}

async function findRow(db: Queryable, code: string, lock = false): Promise<SuggestionRow | undefined> {
  const [row] = await db.query<SuggestionRow>(
    `SELECT ${SUGGESTION_COLUMNS} FROM ${SUGGESTION_FROM} WHERE s.code = $1${lock ? ' FOR UPDATE OF s' : ''}`,
    [code],
  );
  return row;
}

/** Follow-up by code: anyone holding it reads the status and the answer, never the contact. */
export async function followSuggestion(db: Queryable, code: string): Promise<PublicSuggestion | undefined> {
  const row = await findRow(db, code);
  return row && toPublic(row);
}

function whereOf(filters: SuggestionFilters, conditions: string[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const add = (condition: string, value: unknown) => {
    params.push(value);
    conditions.push(condition.replace('?', `$${params.length}`));
  };
  if (filters.topic !== undefined) add('s.topic = ?', filters.topic);
  if (filters.status !== undefined) add('COALESCE(c.status, s.status) = ?', filters.status);
  if (filters.department !== undefined) add('s.department = ?', filters.department);
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** Published suggestions, newest first, merged duplicates left out. */
export async function listPublicSuggestions(
  db: Queryable,
  filters: SuggestionFilters,
): Promise<{ items: PublicSuggestion[]; nextCursor?: string }> {
  const conditions = ['s.published', 's.merged_into IS NULL'];
  const { sql, params } = whereOf(filters, conditions);
  const cursor = filters.cursor ? ` AND s.id < $${params.length + 1}::bigint` : '';
  const rows = await db.query<SuggestionRow>(
    `SELECT ${SUGGESTION_COLUMNS} FROM ${SUGGESTION_FROM} ${sql}${cursor} ORDER BY s.id DESC LIMIT ${SUGGESTIONS_PAGE_SIZE + 1}`,
    filters.cursor ? [...params, filters.cursor] : params,
  );
  const page = rows.slice(0, SUGGESTIONS_PAGE_SIZE);
  return { items: page.map(toPublic), ...(rows.length > SUGGESTIONS_PAGE_SIZE ? { nextCursor: page.at(-1)!.id } : {}) };
}

/** The triage queue: every suggestion, oldest first. */
export async function listStaffSuggestions(
  db: Queryable,
  filters: SuggestionFilters,
): Promise<{ items: AdminSuggestion[]; nextCursor?: string }> {
  const { sql, params } = whereOf(filters, []);
  const cursor = filters.cursor ? `${sql ? ' AND' : ' WHERE'} s.id > $${params.length + 1}::bigint` : '';
  const rows = await db.query<SuggestionRow>(
    `SELECT ${SUGGESTION_COLUMNS} FROM ${SUGGESTION_FROM} ${sql}${cursor} ORDER BY s.id LIMIT ${STAFF_SUGGESTIONS_PAGE_SIZE + 1}`,
    filters.cursor ? [...params, filters.cursor] : params,
  );
  const page = rows.slice(0, STAFF_SUGGESTIONS_PAGE_SIZE);
  return { items: page.map(toAdmin), ...(rows.length > STAFF_SUGGESTIONS_PAGE_SIZE ? { nextCursor: page.at(-1)!.id } : {}) };
}

/** Every suggestion with its contact opened, for the CSV export. */
export async function exportStaffSuggestions(db: Queryable, keys: DerivedKeys): Promise<AdminSuggestionDetail[]> {
  const rows = await db.query<SuggestionRow>(`SELECT ${SUGGESTION_COLUMNS} FROM ${SUGGESTION_FROM} ORDER BY s.id`);
  return rows.map((row) => detailOf(keys, row));
}

function detailOf(keys: DerivedKeys, row: SuggestionRow): AdminSuggestionDetail {
  return { ...toAdmin(row), ...(row.personal_data ? { contact: openContact(keys, row.code, row.personal_data) } : {}) };
}

export async function staffSuggestion(db: Queryable, keys: DerivedKeys, code: string): Promise<AdminSuggestionDetail | undefined> {
  const row = await findRow(db, code);
  return row && detailOf(keys, row);
}

/** The suggestion locked for a staff change; 404 if none, 409 once merged into another. */
async function lockForChange(tx: Queryable, code: string): Promise<SuggestionRow> {
  const row = await findRow(tx, code, true);
  if (!row) throw notFound('Suggestion');
  if (row.merged_code !== null) throw new HttpError(409, 'suggestion_merged', 'This suggestion was merged into another one');
  return row;
}

export async function assignSuggestion(tx: Queryable, keys: DerivedKeys, code: string, department: string): Promise<AdminSuggestionDetail> {
  await lockForChange(tx, code);
  const box = await suggestionBox(tx);
  if (!box.departments.some((one) => one.id === department)) throw invalidFields({ department: 'invalid_value' });
  await tx.query(
    `UPDATE suggestions SET department = $2,
       status = CASE WHEN status = 'received' THEN 'under_study' ELSE status END,
       studied_at = COALESCE(studied_at, now())
     WHERE code = $1`,
    [code, department],
  );
  return (await staffSuggestion(tx, keys, code))!;
}

export async function answerSuggestion(
  tx: Queryable,
  keys: DerivedKeys,
  code: string,
  input: SuggestionAnswerInput,
): Promise<AdminSuggestionDetail> {
  await lockForChange(tx, code);
  await tx.query(
    `UPDATE suggestions SET status = $2, answer = $3::jsonb, answered_at = now(), studied_at = COALESCE(studied_at, now()) WHERE code = $1`,
    [code, input.status, input.answer],
  );
  return (await staffSuggestion(tx, keys, code))!;
}

export async function publishSuggestion(
  tx: Queryable,
  keys: DerivedKeys,
  code: string,
  published: boolean,
): Promise<AdminSuggestionDetail> {
  await lockForChange(tx, code);
  await tx.query('UPDATE suggestions SET published = $2 WHERE code = $1', [code, published]);
  return (await staffSuggestion(tx, keys, code))!;
}

/**
 * Merges the duplicate `code` into `into`: its supports move there (one per browser, the
 * trigger keeps both counts), the suggestions merged into it follow, and its follow-up
 * shows the other one's status and answer from now on.
 */
export async function mergeSuggestion(tx: Queryable, keys: DerivedKeys, code: string, into: string): Promise<AdminSuggestionDetail> {
  if (code === into) throw new HttpError(409, 'same_suggestion', 'A suggestion cannot be merged into itself');
  const duplicate = await lockForChange(tx, code);
  const target = await findRow(tx, into, true);
  if (!target) throw notFound('Suggestion to merge into');
  if (target.merged_code !== null) throw new HttpError(409, 'suggestion_merged', 'The suggestion to merge into was itself merged');
  await tx.query(
    `INSERT INTO suggestion_supports (suggestion_id, token_hash, supported_at)
     SELECT $2, token_hash, supported_at FROM suggestion_supports WHERE suggestion_id = $1
     ON CONFLICT DO NOTHING`,
    [duplicate.id, target.id],
  );
  await tx.query('DELETE FROM suggestion_supports WHERE suggestion_id = $1', [duplicate.id]);
  await tx.query('UPDATE suggestions SET merged_into = $2 WHERE id = $1 OR merged_into = $1', [duplicate.id, target.id]);
  return (await staffSuggestion(tx, keys, into))!;
}

/**
 * "Me too" on a published suggestion: one row per browser token, the count kept by the
 * table's trigger in the same statement. A second support from a token is not counted.
 */
export async function supportSuggestion(tx: Queryable, code: string, token: string): Promise<SupportReceipt> {
  const [target] = await tx.query<{ id: string }>(
    'SELECT id::text FROM suggestions WHERE code = $1 AND published AND merged_into IS NULL',
    [code],
  );
  if (!target) throw notFound('Published suggestion');
  const inserted = await tx.query(
    `INSERT INTO suggestion_supports (suggestion_id, token_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
    [target.id, supporterTokenHash(token)],
  );
  const [row] = await tx.query<{ support_count: number }>('SELECT support_count FROM suggestions WHERE id = $1', [target.id]);
  return { code, supportCount: row!.support_count, counted: inserted.length === 1 };
}
