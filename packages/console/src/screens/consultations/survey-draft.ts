/**
 * The survey builder's model: plain functions over the contract's own types, so what the
 * builder edits is exactly what `POST /v1/admin/consultations` takes — no second shape
 * to convert and keep in sync.
 */
import type { Choice, ConsultationInput, LocalizedText, ProfileField, Question, QuestionKind, SurveySection } from '@mocharaka/core';

export type { QuestionKind };
type Of<K extends QuestionKind> = Extract<Question, { kind: K }>;

/** An empty Arabic text: the contract requires `ar`, and the server says so if it stays empty. */
export const emptyText = (): LocalizedText => ({ ar: '', fr: '' });

/** The first id of the form `<prefix><n>` not yet in `taken`. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

function choices(prefix: string, count: number): Choice[] {
  return Array.from({ length: count }, (_, index) => ({ id: `${prefix}${index + 1}`, label: emptyText() }));
}

/** A new question of `kind` with the fewest parts the contract accepts for it. */
export function blankQuestion(kind: QuestionKind, id: string): Question {
  const base = { id, title: emptyText(), required: false };
  switch (kind) {
    case 'single':
    case 'multiple':
    case 'ranking':
      return { ...base, kind, options: choices('o', 2) } as Of<'single' | 'multiple' | 'ranking'>;
    case 'text':
    case 'long_text':
      return { ...base, kind };
    case 'scale':
      return { ...base, kind, min: 1, max: 5 };
    case 'matrix':
      return { ...base, kind, rows: choices('r', 2), columns: choices('c', 2) };
    case 'number':
      return { ...base, kind };
    case 'passage':
      return { ...base, kind, paragraphs: choices('p', 1) };
  }
}

export function allQuestionIds(sections: readonly SurveySection[]): string[] {
  return sections.flatMap((section) => section.questions.map((question) => question.id));
}

export function blankSection(sections: readonly SurveySection[]): SurveySection {
  return {
    id: nextId(
      's',
      sections.map((section) => section.id),
    ),
    title: emptyText(),
    questions: [blankQuestion('single', nextId('q', allQuestionIds(sections)))],
  };
}

/** A new consultation: opens tomorrow at 09:00 for 30 days, one section with one question. */
export function blankConsultation(now = new Date()): ConsultationInput {
  const opens = new Date(now);
  opens.setDate(opens.getDate() + 1);
  opens.setHours(9, 0, 0, 0);
  const closes = new Date(opens);
  closes.setDate(closes.getDate() + 30);
  return {
    id: '',
    title: emptyText(),
    introduction: emptyText(),
    opensAt: opens.toISOString(),
    closesAt: closes.toISOString(),
    survey: { sections: [blankSection([])] },
  };
}

/** `items` with the item at `from` moved to `to` (clamped); the same array when nothing moves. */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from === target || from < 0 || from >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item!);
  return copy;
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((one, i) => (i === index ? item : one));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/**
 * Changes a question's kind, keeping what both kinds share (title, help, required,
 * condition, and the options of choice-like kinds).
 */
export function changeKind(question: Question, kind: QuestionKind): Question {
  if (question.kind === kind) return question;
  const fresh = blankQuestion(kind, question.id);
  const kept = {
    ...fresh,
    title: question.title,
    required: question.required,
    ...(question.help ? { help: question.help } : {}),
    ...(question.showIf ? { showIf: question.showIf } : {}),
  } as Question;
  if ('options' in question && 'options' in kept) kept.options = question.options;
  return kept;
}

/** Kinds whose answers a later question's condition can test: options, or scale points. */
export function canBeCondition(question: Question): question is Of<'single' | 'multiple' | 'scale'> {
  return question.kind === 'single' || question.kind === 'multiple' || question.kind === 'scale';
}

/** The answers a condition on `question` may list: option ids, or scale values as text. */
export function conditionValues(question: Of<'single' | 'multiple' | 'scale'>): Array<{ value: string; label?: LocalizedText }> {
  if (question.kind === 'scale') {
    return Array.from({ length: question.max - question.min + 1 }, (_, i) => ({ value: String(question.min + i) }));
  }
  return question.options.map((option) => ({ value: option.id, label: option.label }));
}

/** The questions before (`section`, `index`) that a condition may refer to. */
export function earlierConditionQuestions(sections: readonly SurveySection[], section: number, index: number) {
  const earlier: Array<Of<'single' | 'multiple' | 'scale'>> = [];
  sections.forEach((one, s) =>
    one.questions.forEach((question, q) => {
      if ((s < section || (s === section && q < index)) && canBeCondition(question)) earlier.push(question);
    }),
  );
  return earlier;
}

/**
 * After an edit, a condition whose question is gone or now comes after it is dropped
 * (rather than sent for a 422), and values its question no longer offers are removed.
 */
export function pruneConditions(sections: readonly SurveySection[]): SurveySection[] {
  return sections.map((section, s) => ({
    ...section,
    questions: section.questions.map((question, q) => {
      if (!question.showIf) return question;
      const target = earlierConditionQuestions(sections, s, q).find((one) => one.id === question.showIf!.question);
      if (!target) {
        const { showIf: _dropped, ...rest } = question;
        return rest as Question;
      }
      const known = new Set(conditionValues(target).map((one) => one.value));
      return { ...question, showIf: { question: target.id, anyOf: question.showIf.anyOf.filter((value) => known.has(value)) } };
    }),
  }));
}

/** Drops empty optional translations and texts, so `{ ar: 'x', fr: '' }` goes out as `{ ar: 'x' }`. */
export function compactText(text: LocalizedText): LocalizedText {
  const out: LocalizedText = { ar: text.ar.trim() };
  for (const locale of ['fr', 'zgh', 'en'] as const) {
    const value = text[locale]?.trim();
    if (value) out[locale] = value;
  }
  return out;
}

const isLocalizedText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' && value !== null && typeof (value as { ar?: unknown }).ar === 'string' && !Array.isArray(value);

/**
 * The request body for a draft: translations trimmed, optional texts left out when
 * their Arabic is empty (help, description, unit, end labels), required ones kept (the
 * server names them if empty).
 */
export function toRequestBody(input: ConsultationInput): ConsultationInput {
  const REQUIRED_TEXTS = new Set(['title', 'introduction', 'label', 'term', 'definition', 'text', 'session', 'name']);
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (isLocalizedText(value)) return compactText(value);
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      if (isLocalizedText(child) && !child.ar.trim() && !REQUIRED_TEXTS.has(key)) continue;
      out[key] = walk(child);
    }
    return out;
  };
  return walk(input) as ConsultationInput;
}

export const PROFILE_FIELD_ORDER: readonly ProfileField[] = ['gender', 'ageBand', 'neighbourhood', 'associationMember'];

/**
 * The id of the control showing the server's error at `path` (`survey.sections.0.title.ar`
 * → `f-survey-sections-0-title-ar`). Every control of the editor takes its id this way.
 */
export function fieldIdOf(path: string): string {
  return `f-${path.replaceAll('.', '-')}`;
}
