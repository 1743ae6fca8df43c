/**
 * The petition's field rules as plain values and functions, without zod: the schemas in
 * `petition.ts` are built from them, and the petition element checks a signature with
 * them before sending it, so both sides apply the same rules without the element
 * bundling the zod runtime.
 */
export const FULL_NAME_MIN = 3;
export const FULL_NAME_MAX = 120;
export const ADDRESS_MIN = 5;
export const ADDRESS_MAX = 300;
export const CONTACT_MAX = 120;

/** The national ID's rules live with the digit normaliser they share with every numeric field. */
export { NATIONAL_ID_INPUT_MAX, NATIONAL_ID_INPUT_PATTERN, NATIONAL_ID_PATTERN, normalizeNationalId } from './national-id.js';

export const ELIGIBILITY_BASES = ['resident', 'economic'] as const;

export const PETITION_STATUSES = ['collecting', 'deposited', 'under_review', 'accepted', 'rejected', 'answered'] as const;

/** Organic law 113.14: signatures a petition needs, by the commune's population category. */
export const DEFAULT_THRESHOLDS = { under_35000: 100, over_35000: 200, with_arrondissements: 400 } as const;
export type PopulationCategory = keyof typeof DEFAULT_THRESHOLDS;

/** The bureau answers within three months of the deposit (organic law 113.14, art. 123). */
export const ANSWER_DELAY_MONTHS = 3;

/**
 * Which status may follow which (organic law 113.14): collecting → deposited →
 * under_review → accepted | rejected; accepted → answered. The server refuses any
 * other move; the console offers only these.
 */
export const PETITION_STATUS_TRANSITIONS: Readonly<
  Record<(typeof PETITION_STATUSES)[number], readonly (typeof PETITION_STATUSES)[number][]>
> = {
  collecting: ['deposited'],
  deposited: ['under_review'],
  under_review: ['accepted', 'rejected'],
  accepted: ['answered'],
  rejected: [],
  answered: [],
};

/** Paper signatures are recorded while collecting and at the deposit, not once the bureau examines them. */
export const PAPER_SIGNATURE_STATUSES: readonly (typeof PETITION_STATUSES)[number][] = ['collecting', 'deposited'];
