import type { AdminSuggestionDetail } from '@mocharaka/core/contract';
import { moroccoIso, toCsv } from '../http/csv.js';

const HEADER = [
  'code',
  'kind',
  'topic',
  'neighbourhood',
  'status',
  'department',
  'published',
  'merged_into',
  'supports',
  'received_at',
  'studied_at',
  'answered_at',
  'text',
  'answer_ar',
  'answer_fr',
  'contact_name',
  'contact',
  'contact_purpose',
] as const;

const time = (value: string | undefined) => (value ? moroccoIso(value) : '');

/** Suggestions as staff open them in a spreadsheet, merged duplicates included and marked. */
export function suggestionsCsv(suggestions: readonly AdminSuggestionDetail[]): string {
  return toCsv(
    HEADER,
    suggestions.map((s) => [
      s.code,
      s.kind,
      s.topic,
      s.neighbourhood,
      s.status,
      s.department,
      s.published ? 'yes' : 'no',
      s.merged?.into,
      s.supportCount,
      time(s.submittedAt),
      time(s.studiedAt),
      time(s.answer?.at),
      s.text,
      s.answer?.text.ar,
      s.answer?.text.fr,
      s.contact?.name,
      s.contact?.value,
      s.contact?.purpose,
    ]),
  );
}
