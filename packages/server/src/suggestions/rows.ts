import type { AdminSuggestion, LocalizedText, PublicSuggestion, SuggestionKind, SuggestionStatus } from '@mocharaka/core/contract';

/** The columns every read selects: the suggestion `s`, and `c`, the one it was merged into. */
export const SUGGESTION_COLUMNS = `s.id::text AS id, s.code, s.kind, s.topic, s.neighbourhood, s.text, s.status, s.department,
  s.answer, s.published, s.support_count, s.submitted_at, s.studied_at, s.answered_at, s.personal_data,
  c.code AS merged_code, c.published AS merged_published, c.status AS merged_status, c.department AS merged_department,
  c.answer AS merged_answer, c.studied_at AS merged_studied_at, c.answered_at AS merged_answered_at,
  COALESCE((SELECT json_agg(d.code ORDER BY d.id) FROM suggestions d WHERE d.merged_into = s.id), '[]'::json) AS duplicates`;
export const SUGGESTION_FROM = 'suggestions s LEFT JOIN suggestions c ON c.id = s.merged_into';

export interface SuggestionRow {
  id: string;
  code: string;
  kind: SuggestionKind;
  topic: string;
  neighbourhood: string | null;
  text: string;
  status: SuggestionStatus;
  department: string | null;
  answer: LocalizedText | null;
  published: boolean;
  support_count: number;
  submitted_at: Date | string;
  studied_at: Date | string | null;
  answered_at: Date | string | null;
  personal_data: Uint8Array | null;
  merged_code: string | null;
  merged_published: boolean | null;
  merged_status: SuggestionStatus | null;
  merged_department: string | null;
  merged_answer: LocalizedText | null;
  merged_studied_at: Date | string | null;
  merged_answered_at: Date | string | null;
  duplicates: string[];
}

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * What anyone may read of a suggestion. A merged one follows the one it joined: its
 * status, department and answer; that one's code only when it is published.
 */
export function toPublic(row: SuggestionRow): PublicSuggestion {
  const merged = row.merged_code !== null;
  const status = merged ? row.merged_status! : row.status;
  const department = merged ? row.merged_department : row.department;
  const answer = merged ? row.merged_answer : row.answer;
  const answeredAt = merged ? row.merged_answered_at : row.answered_at;
  const studiedAt = merged ? row.merged_studied_at : row.studied_at;
  return {
    code: row.code,
    kind: row.kind,
    topic: row.topic,
    ...(row.neighbourhood ? { neighbourhood: row.neighbourhood } : {}),
    text: row.text,
    status,
    submittedAt: iso(row.submitted_at),
    ...(studiedAt ? { studiedAt: iso(studiedAt) } : {}),
    ...(department ? { department } : {}),
    ...(answer && answeredAt ? { answer: { text: answer, at: iso(answeredAt) } } : {}),
    supportCount: row.support_count,
    published: row.published && !merged,
    ...(merged ? { merged: row.merged_published ? { into: row.merged_code! } : {} } : {}),
  };
}

/** Staff read the merge target's code even when it is private. */
export function toAdmin(row: SuggestionRow): AdminSuggestion {
  const item = toPublic(row);
  return {
    ...item,
    ...(row.merged_code ? { merged: { into: row.merged_code } } : {}),
    hasContact: row.personal_data !== null,
    ...(item.answer ? { answeredAt: item.answer.at } : {}),
    duplicates: row.duplicates,
  };
}
