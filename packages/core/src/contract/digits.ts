/**
 * Digits and numbers as a keyboard gives them, for the elements, the console and the
 * server's schemas alike: an Arabic keyboard types `٣٤٥` and `٣٫٥`, a French one `3,5`.
 */

/** Arabic-Indic (٠-٩, U+0660) and Eastern Arabic / Persian (۰-۹, U+06F0) digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Latin digits for every digit a keyboard may give: Arabic-Indic `٣٤٥`, Persian `۳۴۵` and
 * full-width `３４５` (with full-width letters, through NFKC) all become `345`.
 */
export function toLatinDigits(value: string): string {
  return value.normalize('NFKC').replace(EASTERN_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** Spaces (no-break ones too), the Arabic thousands separator and the bidi marks a paste brings. */
const IGNORED = /[\s\u066C\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const NUMBER = /^[-+]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/**
 * The number a person typed in a text box, in any of their keyboard's digits, with `.`,
 * `,` or the Arabic `٫` as decimal separator and spaces or `٬` between thousands;
 * `NaN` for an empty box or anything else (`1.234,5` is ambiguous, so not a number).
 */
export function readTypedNumber(typed: string): number {
  const text = toLatinDigits(typed)
    .replace(IGNORED, '')
    .replace(/[,\u066B]/g, '.')
    .replace(/^\u2212/, '-');
  return NUMBER.test(text) ? Number(text) : Number.NaN;
}
