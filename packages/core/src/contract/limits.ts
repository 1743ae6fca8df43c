/**
 * Plain constants of the contract, in a module without zod, so an element can respect
 * the limits without bundling the zod runtime.
 */
export const SATISFACTION_LEVELS = [1, 2, 3, 4, 5] as const;
export const COMMENT_MAX_LENGTH = 1000;
export const TAGS_MAX = 12;
/** Below this many ratings a score is shown but flagged as not significant. */
export const SIGNIFICANT_COUNT = 30;

/** A contact, in every form that asks for one: an e-mail address or a phone number, loosely (only used to send updates). */
export const CONTACT_PATTERN = /^(?:[^\s@]+@[^\s@]+\.[^\s@]+|\+?[0-9][0-9 .-]{6,19})$/;

/**
 * The field error of a trimmed text against its limits, as the server's schemas would
 * report it (`required`, `too_short`, `too_long`), for forms that check without zod.
 */
export function textLengthError(value: string, min: number, max: number): 'required' | 'too_short' | 'too_long' | undefined {
  if (value === '') return 'required';
  if (value.length < min) return 'too_short';
  if (value.length > max) return 'too_long';
  return undefined;
}
