import * as z from 'zod/mini';
import { Id, LocalizedText, Timestamp, listOf, wellFormed } from './common.js';
import {
  AGE_BANDS,
  CONSULTATION_STATUSES,
  GENDERS,
  LONG_TEXT_MAX,
  OPTIONS_MAX,
  PARAGRAPHS_MAX,
  PARTICIPANT_TOKEN_MAX,
  PARTICIPANT_TOKEN_MIN,
  PROFILE_FIELDS,
  QUESTIONS_MAX,
  QUESTION_KINDS,
  SCALE_POINTS_MAX,
  SECTIONS_MAX,
  SHORT_TEXT_MAX,
  YES_NO,
} from './consultation-rules.js';

export const QuestionKind = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof QuestionKind>;
export const ConsultationStatus = z.enum(CONSULTATION_STATUSES);
export type ConsultationStatus = z.infer<typeof ConsultationStatus>;

/** A choice, a ranked item, a matrix row or column, a paragraph of a draft text. */
export const Choice = z.object({ id: Id, label: LocalizedText });
export type Choice = z.infer<typeof Choice>;
const Choices = z.array(Choice).check(z.minLength(2), z.maxLength(OPTIONS_MAX));

/** Show a question only when an earlier answer is one of `anyOf` (option ids, or scale values as text). */
export const QuestionCondition = z.strictObject({
  question: Id,
  anyOf: z.array(z.string().check(z.maxLength(64), wellFormed())).check(z.minLength(1), z.maxLength(OPTIONS_MAX)),
});
export type QuestionCondition = z.infer<typeof QuestionCondition>;

const base = {
  id: Id,
  title: LocalizedText,
  help: z.optional(LocalizedText),
  required: z.boolean(),
  showIf: z.optional(QuestionCondition),
};
const length = (max: number) => z.optional(z.int().check(z.gte(1), z.lte(max)));

export const Question = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('single'), options: Choices }),
  z.strictObject({
    ...base,
    kind: z.literal('multiple'),
    options: Choices,
    min: z.optional(z.int().check(z.gte(1), z.lte(OPTIONS_MAX))),
    max: z.optional(z.int().check(z.gte(1), z.lte(OPTIONS_MAX))),
  }),
  z.strictObject({ ...base, kind: z.literal('text'), minLength: length(SHORT_TEXT_MAX), maxLength: length(SHORT_TEXT_MAX) }),
  z.strictObject({ ...base, kind: z.literal('long_text'), minLength: length(LONG_TEXT_MAX), maxLength: length(LONG_TEXT_MAX) }),
  z.strictObject({
    ...base,
    kind: z.literal('scale'),
    min: z.int().check(z.gte(0), z.lte(1)),
    max: z.int().check(z.gte(2), z.lte(SCALE_POINTS_MAX - 1)),
    /** One label per point, from `min` to `max` (e.g. "strongly disagree" … "strongly agree"); else ends only. */
    labels: z.optional(z.array(LocalizedText).check(z.maxLength(SCALE_POINTS_MAX))),
    minLabel: z.optional(LocalizedText),
    maxLabel: z.optional(LocalizedText),
  }),
  z.strictObject({ ...base, kind: z.literal('ranking'), options: Choices }),
  z.strictObject({ ...base, kind: z.literal('matrix'), rows: Choices, columns: Choices }),
  z.strictObject({
    ...base,
    kind: z.literal('number'),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    integer: z.optional(z.boolean()),
    unit: z.optional(LocalizedText),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('passage'),
    /** The draft text, paragraph by paragraph; participants comment on the ones they choose. */
    paragraphs: z.array(z.object({ id: Id, label: LocalizedText })).check(z.minLength(1), z.maxLength(PARAGRAPHS_MAX)),
    maxLength: length(LONG_TEXT_MAX),
  }),
]);
export type Question = z.infer<typeof Question>;

export const SurveySection = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: z.optional(LocalizedText),
  questions: z.array(Question).check(z.minLength(1), z.maxLength(QUESTIONS_MAX)),
});
export type SurveySection = z.infer<typeof SurveySection>;

export const ConsultationSurvey = z.strictObject({
  sections: z.array(SurveySection).check(z.minLength(1), z.maxLength(SECTIONS_MAX)),
});
export type ConsultationSurvey = z.infer<typeof ConsultationSurvey>;

export const ProfileField = z.enum(PROFILE_FIELDS);
export type ProfileField = z.infer<typeof ProfileField>;

/** The optional participant profile the commune turns on, for the equality commission. */
export const ProfileSettings = z.strictObject({
  fields: z.array(ProfileField).check(z.minLength(1), z.maxLength(PROFILE_FIELDS.length)),
  /** The choices of the `neighbourhood` question. */
  neighbourhoods: z.optional(z.array(Choice).check(z.maxLength(60))),
});
export type ProfileSettings = z.infer<typeof ProfileSettings>;

export const ConsultationDocument = z.strictObject({
  title: LocalizedText,
  url: z.url({ protocol: /^https?$/ }),
});
export type ConsultationDocument = z.infer<typeof ConsultationDocument>;

const consultationFields = {
  id: Id,
  title: LocalizedText,
  introduction: LocalizedText,
  opensAt: Timestamp,
  closesAt: Timestamp,
  documents: z.optional(z.array(ConsultationDocument).check(z.maxLength(20))),
  survey: ConsultationSurvey,
  profile: z.optional(ProfileSettings),
};

export const Consultation = z.object({
  ...consultationFields,
  /** Computed from the dates when the consultation is read. */
  status: ConsultationStatus,
  resultsPublished: z.boolean(),
  responseCount: z.optional(z.int().check(z.gte(0))),
});
export type Consultation = z.infer<typeof Consultation>;

export const ConsultationList = listOf(Consultation);
export type ConsultationList = z.infer<typeof ConsultationList>;

// Responses

/** Plain JSON answers; each is checked against the consultation's own survey (`checkAnswers`). */
export const AnswerValue = z.union([
  z.string().check(z.maxLength(LONG_TEXT_MAX * 2), wellFormed()),
  z.number(),
  z.array(z.string().check(z.maxLength(64), wellFormed())).check(z.maxLength(OPTIONS_MAX)),
  z.record(z.string().check(z.maxLength(64), wellFormed()), z.string().check(z.maxLength(LONG_TEXT_MAX * 2), wellFormed())),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const ProfileInput = z.strictObject({
  gender: z.optional(z.enum(GENDERS)),
  ageBand: z.optional(z.enum(AGE_BANDS)),
  neighbourhood: z.optional(Id),
  associationMember: z.optional(z.enum(YES_NO)),
});
export type ProfileInput = z.infer<typeof ProfileInput>;

/**
 * What a participant posts. `participantToken` is a random value the browser keeps for
 * this consultation: the server stores only its hash, one response per token.
 */
export const ConsultationResponseInput = z.strictObject({
  participantToken: z.string().check(z.minLength(PARTICIPANT_TOKEN_MIN), z.maxLength(PARTICIPANT_TOKEN_MAX), z.regex(/^[A-Za-z0-9_-]+$/)),
  answers: z.record(Id, AnswerValue),
  profile: z.optional(ProfileInput),
});
export type ConsultationResponseInput = z.input<typeof ConsultationResponseInput>;

export const ConsultationReceipt = z.object({
  receipt: z.object({ reference: z.string(), submittedAt: Timestamp }),
});
export type ConsultationReceipt = z.infer<typeof ConsultationReceipt>;

// Results

const Count = z.object({ key: z.string(), count: z.int().check(z.gte(0)) });
export type ResultCount = z.infer<typeof Count>;

export const QuestionResult = z.object({
  questionId: Id,
  kind: QuestionKind,
  /** Responses that answered this question. */
  answered: z.int().check(z.gte(0)),
  /** single, multiple, scale: how many chose each option or value. */
  counts: z.optional(z.array(Count)),
  /** ranking: the average position of each option (1 = first), best first. */
  ranks: z.optional(z.array(z.object({ key: z.string(), meanRank: z.number(), first: z.int() }))),
  /** matrix: per row, how many chose each column. */
  rows: z.optional(z.array(z.object({ key: z.string(), counts: z.array(Count) }))),
  /** number and scale: mean, and for numbers the smallest and largest answers. */
  mean: z.optional(z.nullable(z.number())),
  min: z.optional(z.nullable(z.number())),
  max: z.optional(z.nullable(z.number())),
  /** text, long_text: the answers staff published, nothing else. */
  texts: z.optional(z.array(z.string())),
  /** passage: comments per paragraph, with the ones staff published. */
  paragraphs: z.optional(z.array(z.object({ key: z.string(), count: z.int(), texts: z.array(z.string()) }))),
});
export type QuestionResult = z.infer<typeof QuestionResult>;

export const ConsultationResults = z.object({
  consultationId: Id,
  responseCount: z.int().check(z.gte(0)),
  questions: z.array(QuestionResult),
  /** Staff results only: profile answers per field, for the equality commission. */
  profile: z.optional(z.record(z.string(), z.array(Count))),
});
export type ConsultationResults = z.infer<typeof ConsultationResults>;

// Staff (admin token)

export const ConsultationInput = z.strictObject({
  ...consultationFields,
  resultsPublished: z.optional(z.boolean()),
});
export type ConsultationInput = z.input<typeof ConsultationInput>;

/** Publishes (or withdraws) one free-text answer in the public results. */
export const PublishTextInput = z.strictObject({
  responseId: z.string().check(z.regex(/^[1-9][0-9]{0,17}$/)),
  questionId: Id,
  /** For a passage question: the paragraph commented on. */
  paragraphId: z.optional(Id),
  published: z.boolean(),
});
export type PublishTextInput = z.input<typeof PublishTextInput>;

export const ResultsPublicationInput = z.strictObject({
  published: z.boolean(),
  /** Confirms publishing while the consultation is still open (otherwise 422 `consultation_open`). */
  force: z.optional(z.boolean()),
});

export const AdminConsultationResponse = z.object({
  id: z.string(),
  submittedAt: Timestamp,
  answers: z.record(z.string(), AnswerValue),
  profile: z.optional(ProfileInput),
});
export type AdminConsultationResponse = z.infer<typeof AdminConsultationResponse>;

/** `GET /v1/admin/consultations/{id}/responses`: the consultation and every response. */
export const AdminConsultationResponses = z.object({ consultation: Consultation, items: z.array(AdminConsultationResponse) });
export type AdminConsultationResponses = z.infer<typeof AdminConsultationResponses>;
