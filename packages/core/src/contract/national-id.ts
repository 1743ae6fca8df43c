/**
 * National ID numbers as citizens type them (any keyboard's digits: `digits.ts`), without
 * zod, so the element and the server's schemas (and the ID hash) normalise them with the
 * same code.
 */
import { toLatinDigits } from './digits.js';

/** Separators and invisible marks that never make a different ID: spaces, `. - _ /`, bidi marks. */
const ID_SEPARATORS = /[\s.\-_/\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * The CNIE number in its one canonical form: one or two letters (the issuing prefix) then
 * the card's number, at most 7 digits, with no leading zero.
 */
export const NATIONAL_ID_PATTERN = /^[A-Z]{1,2}[1-9][0-9]{0,6}$/;

/** The longest national ID field a signatory may send, separators and padding included. */
export const NATIONAL_ID_INPUT_MAX = 40;

/**
 * What a signatory may type for a national ID: one or two letters and up to 9 digits
 * (zeros of padding included), in any case, with Latin, Arabic-Indic, Persian or
 * full-width characters, and separators anywhere. Checked before `normalizeNationalId`.
 */
export const NATIONAL_ID_INPUT_PATTERN =
  /^[\s._/\-\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]*(?:[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A][\s._/\-\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]*){1,2}(?:[0-9\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19][\s._/\-\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]*){1,9}$/;

/**
 * `jb ٣٤٥-٦٧٨` → `JB345678`, `AB0123456` → `AB123456`. The number on a CNIE is the card's
 * serial within its prefix: zeros written before it (some forms pad it to a fixed width)
 * do not make another card, so they are dropped. Case, spaces, separators, bidi marks
 * and the kind of digits do not make a different ID either. A value that is not letters
 * then digits is returned without its separators, for the pattern to refuse.
 */
export function normalizeNationalId(value: string): string {
  const compact = toLatinDigits(value).toUpperCase().replace(ID_SEPARATORS, '');
  const parts = /^([A-Z]{1,2})0*([0-9]+)$/.exec(compact);
  if (!parts) return compact;
  return parts[1] + parts[2];
}
