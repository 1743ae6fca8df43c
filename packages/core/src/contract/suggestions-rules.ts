/**
 * The suggestion box's rules as plain values and functions, without zod: the schemas in
 * `suggestions.ts` are built from them, and the suggestions element checks a suggestion
 * and reads a follow-up code with them without bundling the zod runtime.
 */
import { toLatinDigits } from './digits.js';

/** A suggestion (an idea to do something) or a remark (something noticed). */
export const SUGGESTION_KINDS = ['suggestion', 'remark'] as const;

/** received → under_study → answered | not_retained. */
export const SUGGESTION_STATUSES = ['received', 'under_study', 'answered', 'not_retained'] as const;
/** The statuses of a suggestion the commune has answered, with a dated public answer. */
export const SUGGESTION_ANSWERED_STATUSES = ['answered', 'not_retained'] as const;

export const SUGGESTION_TEXT_MIN = 10;
export const SUGGESTION_TEXT_MAX = 2000;
export const SUGGESTION_NAME_MAX = 120;
export const SUGGESTION_CONTACT_MAX = 120;
/** What the contact is asked for, stated beside the field and kept with it. */
export const SUGGESTION_CONTACT_PURPOSE = 'follow_up' as const;

/** Topics, neighbourhoods and departments a commune lists, each at most. */
export const SUGGESTION_CHOICES_MAX = 60;
/** Suggestions per page of the public list. */
export const SUGGESTIONS_PAGE_SIZE = 20;
/** Suggestions per page of the staff list. */
export const STAFF_SUGGESTIONS_PAGE_SIZE = 200;

/** Crockford base 32: no I, L, O, U, so a code read aloud or copied by hand stays the same. */
export const SUGGESTION_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A follow-up code, e.g. `S-7Q2K-M9XD`. */
export const SUGGESTION_CODE_PATTERN = /^S-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** The browser's random supporter token: as long as the consultation's participant token. */
export const SUPPORTER_TOKEN_MIN = 16;
export const SUPPORTER_TOKEN_MAX = 100;

/**
 * A follow-up code as a citizen may type it (lower case, Arabic-Indic digits, spaces,
 * without the dashes, O for 0, I or L for 1) in its one written form; anything that
 * still is not a code is returned as typed, upper-cased, for the pattern to refuse.
 */
export function normalizeSuggestionCode(typed: string): string {
  const compact = toLatinDigits(typed)
    .toUpperCase()
    .replace(/[\s\-_.\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/^S/, '');
  const fixed = compact.replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-Z]{8}$/.test(fixed) ? `S-${fixed.slice(0, 4)}-${fixed.slice(4)}` : toLatinDigits(typed).trim().toUpperCase();
}
