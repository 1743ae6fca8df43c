/**
 * The consultation's rules as plain values and functions, without zod: the schemas in
 * `consultation.ts` are built from the constants, and both the server and the
 * consultation element check answers against a consultation's own survey with
 * `checkAnswers`, so a participant sees the server's verdict before sending.
 */
import type { FieldErrorCode } from './common.js';
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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));

/** The problem with one shown question's answer, or undefined when it is acceptable. */
export function checkAnswer(question: Question, value: unknown): FieldErrorCode | undefined {
  if (!isAnswered(value)) return question.required ? 'required' : undefined;
  switch (question.kind) {
    case 'single':
      return typeof value === 'string' && ids(question.options).has(value) ? undefined : 'invalid_value';
    case 'multiple': {
      if (!Array.isArray(value) || new Set(value).size !== value.length) return 'invalid_value';
      const known = ids(question.options);
      if (!value.every((one) => typeof one === 'string' && known.has(one))) return 'invalid_value';
      if (question.min !== undefined && value.length < question.min) return 'too_small';
      if (question.max !== undefined && value.length > question.max) return 'too_big';
      return undefined;
    }
    case 'text':
    case 'long_text': {
      if (typeof value !== 'string') return 'invalid';
      const length = value.trim().length;
      if (length > (question.maxLength ?? (question.kind === 'text' ? SHORT_TEXT_MAX : LONG_TEXT_MAX))) return 'too_long';
      if (question.minLength !== undefined && length < question.minLength) return 'too_short';
      return undefined;
    }
    case 'scale':
      return Number.isInteger(value) && (value as number) >= question.min && (value as number) <= question.max
        ? undefined
        : 'invalid_value';
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'invalid';
      if (question.integer && !Number.isInteger(value)) return 'invalid_format';
      if (question.min !== undefined && value < question.min) return 'too_small';
      if (question.max !== undefined && value > question.max) return 'too_big';
      return undefined;
    }
    case 'ranking': {
      const known = ids(question.options);
      return Array.isArray(value) &&
        value.length === known.size &&
        new Set(value).size === known.size &&
        value.every((one) => typeof one === 'string' && known.has(one))
        ? undefined
        : 'invalid_value';
    }
    case 'matrix': {
      if (!isRecord(value)) return 'invalid';
      const rows = ids(question.rows);
      const columns = ids(question.columns);
      for (const [row, column] of Object.entries(value)) {
        if (!rows.has(row) || typeof column !== 'string' || !columns.has(column)) return 'invalid_value';
      }
      return question.required && Object.keys(value).length < rows.size ? 'required' : undefined;
    }
    case 'passage': {
      if (!isRecord(value)) return 'invalid';
      const paragraphs = ids(question.paragraphs);
      for (const [paragraph, comment] of Object.entries(value)) {
        if (!paragraphs.has(paragraph) || typeof comment !== 'string') return 'invalid_value';
        if (comment.trim().length > (question.maxLength ?? LONG_TEXT_MAX)) return 'too_long';
      }
      return undefined;
    }
  }
}

/**
 * Checks answers against a survey: unknown questions, answers to hidden questions,
 * wrong types, missing required answers (only where the question is shown), lengths.
 * Returns `{ questionId: code }`, empty when everything is acceptable.
 */
export function checkAnswers(
  survey: ConsultationSurvey,
  answers: Readonly<Record<string, unknown>>,
  only?: readonly Question[],
): Record<string, FieldErrorCode> {
  const errors: Record<string, FieldErrorCode> = {};
  const all = questionsOf(survey);
  if (!only) {
    const known = ids(all);
    for (const key of Object.keys(answers)) if (!known.has(key)) errors[key] = 'unknown_field';
  }
  for (const question of only ?? all) {
    const value = answers[question.id];
    if (!isShown(question, answers)) {
      if (value !== undefined && !only) errors[question.id] = 'invalid';
      continue;
    }
    const problem = checkAnswer(question, value);
    if (problem) errors[question.id] = problem;
  }
  return errors;
}

/** Drops answers to questions a changed earlier answer now hides, and empty answers. */
export function pruneAnswers(survey: ConsultationSurvey, answers: Readonly<Record<string, unknown>>): Answers {
  const kept: Answers = {};
  for (const question of questionsOf(survey)) {
    const value = answers[question.id];
    if (!isAnswered(value) || !isShown(question, kept)) continue;
    if (typeof value === 'string') kept[question.id] = value.trim();
    else if (isRecord(value)) {
      const entries = Object.entries(value).filter(([, one]) => isAnswered(one));
      kept[question.id] = Object.fromEntries(entries.map(([key, one]) => [key, String(one).trim()]));
    } else kept[question.id] = value as AnswerValue;
  }
  return kept;
}

/** The profile questions a consultation asks, as a typed list. */
export type ProfileFields = readonly ProfileField[];
