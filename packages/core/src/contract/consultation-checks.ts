/**
 * Checking and pruning a participant's answers against a consultation's own survey, apart from the
 * other rules: the server and the console check with it, and the consultation element
 * loads it with its later pages instead of before its first paint.
 */
import type { FieldErrorCode } from './common.js';
import type { AnswerValue, ConsultationSurvey, Question } from './consultation.js';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX, isAnswered, isShown, questionsOf, type Answers } from './consultation-rules.js';

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
