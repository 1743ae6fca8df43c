import * as z from 'zod/mini';
import { toLatinDigits } from './digits.js';
import { Id, LocalizedText, Timestamp, listOf, wellFormed } from './common.js';
import { CONTACT_PATTERN } from './limits.js';
import {
  ADDRESS_MAX,
  ADDRESS_MIN,
  CONTACT_MAX,
  ELIGIBILITY_BASES,
  FULL_NAME_MAX,
  FULL_NAME_MIN,
  NATIONAL_ID_INPUT_MAX,
  NATIONAL_ID_INPUT_PATTERN,
  NATIONAL_ID_PATTERN,
  PETITION_STATUSES,
  normalizeNationalId,
} from './petition-rules.js';

export const PetitionStatus = z.enum(PETITION_STATUSES);
export type PetitionStatus = z.infer<typeof PetitionStatus>;
export const EligibilityBasis = z.enum(ELIGIBILITY_BASES);
export type EligibilityBasis = z.infer<typeof EligibilityBasis>;

/** One dated step of the petition's life; a rejection's note holds the stated reasons. */
export const StatusChange = z.object({
  status: PetitionStatus,
  at: Timestamp,
  note: z.optional(LocalizedText),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** Who processes signatories' data (law 09-08), named in the consent. */
export const DataController = z.object({
  name: LocalizedText,
  contact: z.string().check(z.maxLength(200)),
});
export type DataController = z.infer<typeof DataController>;

export const Petition = z.object({
  id: Id,
  title: LocalizedText,
  body: LocalizedText,
  demands: z.array(LocalizedText),
  /** The agent (الوكيل) representing the signatories. */
  agent: z.object({ name: z.string() }),
  commune: z.object({ id: Id, name: LocalizedText }),
  status: PetitionStatus,
  statusHistory: z.array(StatusChange),
  opensAt: Timestamp,
  closesAt: Timestamp,
  threshold: z.int().check(z.gte(1)),
  /** Valid online signatures plus recorded paper ones; may lag up to 10 s (privacy). */
  signatureCount: z.int().check(z.gte(0)),
  eligibility: z.array(EligibilityBasis),
  dataController: DataController,
  /** Legal deadline of the bureau's answer: three months after the deposit. */
  answerDueAt: z.optional(Timestamp),
  /** Where the commune also deposits petitions through the national e-participation portal. */
  portalUrl: z.optional(z.url({ protocol: /^https$/ })),
});
export type Petition = z.infer<typeof Petition>;

export const PetitionList = listOf(Petition);
export type PetitionList = z.infer<typeof PetitionList>;

/** Exactly what the law asks of a signatory, and nothing more. */
export const SignatureInput = z.strictObject({
  fullName: z.string().check(z.trim(), z.minLength(FULL_NAME_MIN), z.maxLength(FULL_NAME_MAX), wellFormed()),
  nationalId: z.pipe(
    z.string().check(z.maxLength(NATIONAL_ID_INPUT_MAX), z.regex(NATIONAL_ID_INPUT_PATTERN)),
    z.string().check(z.overwrite(normalizeNationalId), z.regex(NATIONAL_ID_PATTERN)),
  ),
  address: z.string().check(z.trim(), z.minLength(ADDRESS_MIN), z.maxLength(ADDRESS_MAX), wellFormed()),
  eligibility: EligibilityBasis,
  consent: z.literal(true),
  contact: z.optional(
    z.string().check(z.overwrite(toLatinDigits), z.trim(), z.maxLength(CONTACT_MAX), z.regex(CONTACT_PATTERN), wellFormed()),
  ),
});
export type SignatureInput = z.input<typeof SignatureInput>;

/**
 * The answer to every accepted signature, first or duplicate alike: it says nothing
 * about whether this ID had signed before, and carries no count.
 */
export const SignatureReceipt = z.object({
  receipt: z.object({
    reference: z.string(),
    signedAt: Timestamp,
  }),
});
export type SignatureReceipt = z.infer<typeof SignatureReceipt>;

// Staff (admin token)

export const PetitionInput = z.strictObject({
  id: Id,
  title: LocalizedText,
  body: LocalizedText,
  demands: z.array(LocalizedText).check(z.minLength(1), z.maxLength(20)),
  agent: z.strictObject({ name: z.string().check(z.trim(), z.minLength(FULL_NAME_MIN), z.maxLength(FULL_NAME_MAX), wellFormed()) }),
  opensAt: Timestamp,
  closesAt: Timestamp,
  /** Overrides the commune's default threshold. */
  threshold: z.optional(z.int().check(z.gte(1), z.lte(1_000_000))),
  eligibility: z.optional(z.array(EligibilityBasis).check(z.minLength(1))),
  portalUrl: z.optional(z.url({ protocol: /^https$/ })),
});
export type PetitionInput = z.input<typeof PetitionInput>;

export const StatusChangeInput = z.strictObject({
  status: PetitionStatus,
  /** When it happened; defaults to now. */
  at: z.optional(Timestamp),
  note: z.optional(LocalizedText),
  /** Confirms a deposit below the threshold (otherwise 422 `below_threshold`). */
  force: z.optional(z.boolean()),
});
export type StatusChangeInput = z.input<typeof StatusChangeInput>;

/** Signatures collected on paper, recorded so the public count is the true total. */
export const PaperSignaturesInput = z.strictObject({
  count: z.int().check(z.gte(1), z.lte(100_000)),
  note: z.optional(z.string().check(z.maxLength(500), wellFormed())),
});
export type PaperSignaturesInput = z.input<typeof PaperSignaturesInput>;
