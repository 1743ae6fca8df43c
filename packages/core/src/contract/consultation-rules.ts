/**
 * The consultation's rules as plain values and functions, without zod: the schemas in
 * `consultation.ts` are built from the constants, and both the server and the
 * consultation element check answers against a consultation's own survey with
 * `checkAnswers`, so a participant sees the server's verdict before sending.
 */
import type { AnswerValue, ConsultationStatus, ConsultationSurvey, ProfileField, Question, QuestionCondition } from './consultation.js';

export const QUESTION_KINDS = ['single', 'multiple', 'text', 'long_text', 'scale', 'ranking', 'matrix', 'number', 'passage'] as const;

export const SHORT_TEXT_MAX = 300;
export const LONG_TEXT_MAX = 5000;
export const OPTIONS_MAX = 30;
export const QUESTIONS_MAX = 100;
export const SECTIONS_MAX = 20;
export const PARAGRAPHS_MAX = 60;
export const SCALE_POINTS_MAX = 11;
export const PARTICIPANT_TOKEN_MIN = 16;
export const PARTICIPANT_TOKEN_MAX = 100;

export const CONSULTATION_STATUSES = ['upcoming', 'open', 'closed'] as const;

/** Optional questions about the participant, for the equality commission's statistics only. */
export const PROFILE_FIELDS = ['gender', 'ageBand', 'neighbourhood', 'associationMember'] as const;
export const GENDERS = ['woman', 'man'] as const;
export const AGE_BANDS = ['under-18', '18-24', '25-34', '35-49', '50-64', '65-plus'] as const;
/** `associationMember` answers. */
export const YES_NO = ['yes', 'no'] as const;

/** Answers by question id, as they travel: every kind maps to plain JSON. */
export type Answers = Record<string, AnswerValue>;

/** Where a consultation stands at `now`. */
export function consultationStatus(opensAt: string, closesAt: string, now = Date.now()): ConsultationStatus {
  if (now < Date.parse(opensAt)) return 'upcoming';
  return now < Date.parse(closesAt) ? 'open' : 'closed';
}

/** True when the question's condition (an earlier answer among `anyOf`) holds, or it has none. */
export function isShown(question: Pick<Question, 'showIf'>, answers: Readonly<Record<string, unknown>>): boolean {
  const condition: QuestionCondition | undefined = question.showIf;
  if (!condition) return true;
  const answer = answers[condition.question];
  const values = Array.isArray(answer) ? answer : answer === undefined || answer === null ? [] : [answer];
  return values.some((value) => condition.anyOf.includes(String(value)));
}

/** Whether an answer counts as given (an empty text or list is no answer). */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value as object).some((one) => isAnswered(one));
  return true;
}

/** Every question of a survey, in order. */
export function questionsOf(survey: ConsultationSurvey): Question[] {
  return survey.sections.flatMap((section) => section.questions);
}

/** The profile questions a consultation asks, as a typed list. */
export type ProfileFields = readonly ProfileField[];
