import * as z from 'zod/mini';
import { Id, LocalizedText, Timestamp, listOf, wellFormed } from './common.js';
import { CONTACT_PATTERN } from './limits.js';
import {
  SUGGESTION_ANSWERED_STATUSES,
  SUGGESTION_CHOICES_MAX,
  SUGGESTION_CODE_PATTERN,
  SUGGESTION_CONTACT_MAX,
  SUGGESTION_CONTACT_PURPOSE,
  SUGGESTION_KINDS,
  SUGGESTION_NAME_MAX,
  SUGGESTION_STATUSES,
  SUGGESTION_TEXT_MAX,
  SUGGESTION_TEXT_MIN,
  SUPPORTER_TOKEN_MAX,
  SUPPORTER_TOKEN_MIN,
} from './suggestions-rules.js';

export const SuggestionKind = z.enum(SUGGESTION_KINDS);
export type SuggestionKind = z.infer<typeof SuggestionKind>;
export const SuggestionStatus = z.enum(SUGGESTION_STATUSES);
export type SuggestionStatus = z.infer<typeof SuggestionStatus>;
export const SuggestionCode = z.string().check(z.regex(SUGGESTION_CODE_PATTERN));

/** One entry of a commune's lists: a topic, a neighbourhood or a department. */
export const SuggestionChoice = z.object({ id: Id, label: LocalizedText });
export type SuggestionChoice = z.infer<typeof SuggestionChoice>;

const Choices = z.array(SuggestionChoice).check(
  z.maxLength(SUGGESTION_CHOICES_MAX),
  z.refine((choices) => new Set(choices.map((choice) => choice.id)).size === choices.length, 'Two entries with one id'),
);

/** What the form offers (`GET /v1/suggestion-box`): the commune's topics, neighbourhoods and the departments that answer. */
export const SuggestionBox = z.object({
  topics: z.array(SuggestionChoice),
  neighbourhoods: z.array(SuggestionChoice),
  departments: z.array(SuggestionChoice),
});
export type SuggestionBox = z.infer<typeof SuggestionBox>;

/** Staff set the lists in one go; a topic or department already used by a suggestion may be renamed, not dropped. */
export const SuggestionBoxInput = z.strictObject({
  topics: Choices.check(z.minLength(1)),
  neighbourhoods: Choices,
  departments: Choices,
});
export type SuggestionBoxInput = z.input<typeof SuggestionBoxInput>;

const TrimmedText = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max), wellFormed());

/** The citizen's contact, only to reach them about this suggestion; sealed at rest, shown to staff only. */
export const SuggestionContactInput = z.strictObject({
  name: z.optional(TrimmedText(1, SUGGESTION_NAME_MAX)),
  value: z.string().check(z.trim(), z.maxLength(SUGGESTION_CONTACT_MAX), z.regex(CONTACT_PATTERN)),
  /** The purpose stated beside the field, which the citizen accepted by filling it. */
  purpose: z.literal(SUGGESTION_CONTACT_PURPOSE),
});

/** What a citizen posts. */
export const SuggestionInput = z.strictObject({
  kind: SuggestionKind,
  topic: Id,
  neighbourhood: z.optional(Id),
  text: TrimmedText(SUGGESTION_TEXT_MIN, SUGGESTION_TEXT_MAX),
  contact: z.optional(SuggestionContactInput),
});
export type SuggestionInput = z.input<typeof SuggestionInput>;

export const SuggestionReceipt = z.object({
  code: SuggestionCode,
  status: SuggestionStatus,
  submittedAt: Timestamp,
  /** True when a contact was left (and sealed). */
  contactKept: z.boolean(),
});
export type SuggestionReceipt = z.infer<typeof SuggestionReceipt>;

/** The commune's public answer, dated. */
export const SuggestionAnswer = z.object({ text: LocalizedText, at: Timestamp });
export type SuggestionAnswer = z.infer<typeof SuggestionAnswer>;

/** A suggestion as anyone with its code (or the public list) reads it: never a contact. */
export const PublicSuggestion = z.object({
  code: SuggestionCode,
  kind: SuggestionKind,
  topic: Id,
  neighbourhood: z.optional(Id),
  text: z.string(),
  status: SuggestionStatus,
  submittedAt: Timestamp,
  /** When a department took it up. */
  studiedAt: z.optional(Timestamp),
  department: z.optional(Id),
  answer: z.optional(SuggestionAnswer),
  supportCount: z.int().check(z.gte(0)),
  published: z.boolean(),
  /**
   * Merged by staff into another suggestion on the same matter: status and answer are
   * that one's. Its code is given when it is published.
   */
  merged: z.optional(z.object({ into: z.optional(SuggestionCode) })),
});
export type PublicSuggestion = z.infer<typeof PublicSuggestion>;

export const SuggestionList = listOf(PublicSuggestion);
export type SuggestionList = z.infer<typeof SuggestionList>;

/** "Me too": `supporterToken` is a random value this browser keeps; the server stores only its hash. */
export const SupportInput = z.strictObject({
  supporterToken: z.string().check(z.minLength(SUPPORTER_TOKEN_MIN), z.maxLength(SUPPORTER_TOKEN_MAX), z.regex(/^[A-Za-z0-9_-]+$/)),
});
export type SupportInput = z.input<typeof SupportInput>;

export const SupportReceipt = z.object({
  code: SuggestionCode,
  supportCount: z.int().check(z.gte(0)),
  /** False when this browser had already supported it (counted once). */
  counted: z.boolean(),
});
export type SupportReceipt = z.infer<typeof SupportReceipt>;

// Staff

export const AdminSuggestion = z.extend(PublicSuggestion, {
  hasContact: z.boolean(),
  answeredAt: z.optional(Timestamp),
  /** Codes of the suggestions merged into this one. */
  duplicates: z.array(SuggestionCode),
});
export type AdminSuggestion = z.infer<typeof AdminSuggestion>;

export const AdminSuggestionList = listOf(AdminSuggestion);
export type AdminSuggestionList = z.infer<typeof AdminSuggestionList>;

/** One suggestion with the citizen's contact, opened for staff who may reach them. */
export const AdminSuggestionDetail = z.extend(AdminSuggestion, {
  contact: z.optional(z.object({ name: z.optional(z.string()), value: z.string(), purpose: z.literal(SUGGESTION_CONTACT_PURPOSE) })),
});
export type AdminSuggestionDetail = z.infer<typeof AdminSuggestionDetail>;

/** Hand a suggestion to a department: a received one moves to under study. */
export const SuggestionAssignmentInput = z.strictObject({ department: Id });
export type SuggestionAssignmentInput = z.input<typeof SuggestionAssignmentInput>;

/** The commune's public answer; dated by the server. Answering again replaces it and its date. */
export const SuggestionAnswerInput = z.strictObject({
  status: z.enum(SUGGESTION_ANSWERED_STATUSES),
  answer: LocalizedText,
});
export type SuggestionAnswerInput = z.input<typeof SuggestionAnswerInput>;

export const SuggestionPublicationInput = z.strictObject({ published: z.boolean() });
export type SuggestionPublicationInput = z.input<typeof SuggestionPublicationInput>;

/** Merge this suggestion (a duplicate) into `into`: its supports move there, counted once per browser. */
export const SuggestionMergeInput = z.strictObject({ into: SuggestionCode });
export type SuggestionMergeInput = z.input<typeof SuggestionMergeInput>;

/** The dashboard's suggestion figures: what waits, and how long answers took per topic. */
export const SuggestionsDashboard = z.object({
  received: z.int().check(z.gte(0)),
  underStudy: z.int().check(z.gte(0)),
  topics: z.array(
    z.object({
      topic: Id,
      label: LocalizedText,
      /** Suggestions answered or not retained. */
      answered: z.int().check(z.gte(0)),
      /** Days from receipt to answer: the median and the slowest; absent before a first answer. */
      medianDays: z.optional(z.number()),
      maxDays: z.optional(z.number()),
      /** Still waiting for an answer. */
      waiting: z.int().check(z.gte(0)),
    }),
  ),
});
export type SuggestionsDashboard = z.infer<typeof SuggestionsDashboard>;
