/*
 * Plain constants of the action programme's follow-up (issue 16, section 3), without zod,
 * so the element can use them without bundling the zod runtime.
 */

/** A project's state, as the commune reports it. */
export const PROJECT_STATUSES = ['planned', 'in_progress', 'completed', 'delayed', 'suspended'] as const;

/** A citizen's comment waits for a moderator, who publishes it (with or without an answer) or rejects it. */
export const PROJECT_COMMENT_STATUSES = ['pending', 'published', 'rejected'] as const;

export const PROJECT_COMMENT_MIN = 10;
export const PROJECT_COMMENT_MAX = 1000;
export const PROJECT_COMMENT_CONTACT_MAX = 120;

/** Budgets are in dirhams (MAD), up to a hundred billion, with at most two decimals. */
export const BUDGET_MAX_MAD = 100_000_000_000;
export const ACTION_PLAN_PROJECTS_MAX = 500;
/** A programme's CSV, as sent in `ActionPlanImportInput.csv` (within the 64 kB body limit). */
export const ACTION_PLAN_CSV_MAX_CHARS = 60_000;

/** The reference a commenter gets, `COM-XXXX-XXXX`. */
export const PROJECT_COMMENT_REFERENCE = /^COM-[0-9A-F]{4}-[0-9A-F]{4}$/;

/** Spreadsheets in Arabic write Arabic-Indic digits: the CSV import reads them as any other. */
export { toLatinDigits } from './digits.js';
