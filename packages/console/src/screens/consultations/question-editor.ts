import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import {
  LONG_TEXT_MAX,
  OPTIONS_MAX,
  PARAGRAPHS_MAX,
  QUESTION_KINDS,
  SCALE_POINTS_MAX,
  SHORT_TEXT_MAX,
  formatNumber,
  pickText,
  type Locale,
  type Question,
  type QuestionKind,
  type SurveySection,
} from '@mocharaka/core';
import { choiceList } from './choice-list.js';
import { checkboxField, inputField, localizedField, type FieldErrors } from './form-fields.js';
import { changeKind, conditionValues, earlierConditionQuestions, emptyText, fieldIdOf } from './survey-draft.js';

type Of<K extends QuestionKind> = Extract<Question, { kind: K }>;

/** What each kind is called in the builder. */
export function kindName(kind: QuestionKind): string {
  switch (kind) {
    case 'single':
      return msg('Single choice');
    case 'multiple':
      return msg('Multiple choice');
    case 'text':
      return msg('Short text');
    case 'long_text':
      return msg('Long text');
    case 'scale':
      return msg('Scale');
    case 'ranking':
      return msg('Ranking');
    case 'matrix':
      return msg('Grid (matrix)');
    case 'number':
      return msg('Number');
    case 'passage':
      return msg('Comments on a draft text, paragraph by paragraph');
  }
}

export interface QuestionEditorContext {
  sections: readonly SurveySection[];
  section: number;
  index: number;
  question: Question;
  locale: Locale;
  errors: FieldErrors;
  onChange(question: Question): void;
  focusLater(id: string): void;
}

const optionalInt = (value: string): number | undefined => (value.trim() === '' ? undefined : Number(value));
const shown = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '' : String(value));

/** Sets or clears an optional numeric property. */
function withNumber<Q extends Question>(question: Q, key: string, value: string): Q {
  const next = { ...question } as Record<string, unknown>;
  const parsed = optionalInt(value);
  if (parsed === undefined) delete next[key];
  else next[key] = parsed;
  return next as Q;
}

/** The editor of one question: its kind, texts, kind-specific settings and condition. */
export function questionEditor(context: QuestionEditorContext): TemplateResult {
  const { question, section, index, errors } = context;
  const path = `survey.sections.${section}.questions.${index}`;
  const set = (patch: Partial<Question>) => context.onChange({ ...question, ...patch } as Question);
  return html`
    <div class="question-head">
      <div class="field">
        <label for="${fieldIdOf(path)}-kind">${msg('Kind of question')}</label>
        <select
          id="${fieldIdOf(path)}-kind"
          data-label=${msg('Kind of question')}
          @change=${(event: Event) => context.onChange(changeKind(question, (event.target as HTMLSelectElement).value as QuestionKind))}
        >
          ${QUESTION_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === question.kind}>${kindName(kind)}</option>`)}
        </select>
      </div>
      ${inputField({
        path: `${path}.id`,
        label: msg('Identifier'),
        hint: msg('Lower-case letters, digits and dashes; the column name in exports.'),
        required: true,
        dir: 'ltr',
        value: question.id,
        errors,
        onChange: (id) => set({ id }),
      })}
    </div>
    ${localizedField({ path: `${path}.title`, label: msg('Question'), required: true, value: question.title, errors, onChange: (title) => set({ title }) })}
    ${localizedField({
      path: `${path}.help`,
      label: msg('Help text'),
      value: question.help ?? emptyText(),
      errors,
      onChange: (help) => set({ help }),
    })}
    ${checkboxField({
      id: `${fieldIdOf(path)}-required`,
      label: msg('An answer is required'),
      checked: question.required,
      onChange: (required) => set({ required }),
    })}
    ${kindSettings(context, path)} ${conditionEditor(context, path)}
  `;
}

function kindSettings(context: QuestionEditorContext, path: string): TemplateResult | typeof nothing {
  const { question, errors, locale } = context;
  const list = (key: 'options' | 'rows' | 'columns' | 'paragraphs', legend: string, itemLabel: (n: string) => string, prefix: string) =>
    choiceList({
      path: `${path}.${key}`,
      legend,
      itemLabel,
      items: (question as unknown as Record<typeof key, Of<'single'>['options']>)[key],
      idPrefix: prefix,
      min: key === 'paragraphs' ? 1 : 2,
      max: key === 'paragraphs' ? PARAGRAPHS_MAX : OPTIONS_MAX,
      multiline: key === 'paragraphs',
      locale,
      errors,
      onChange: (items) => context.onChange({ ...question, [key]: items } as Question),
      focusLater: context.focusLater,
    });
  const numberBox = (key: string, label: string, value: number | undefined, hint?: string) =>
    inputField({
      path: `${path}.${key}`,
      label,
      hint,
      type: 'number',
      value: shown(value),
      errors,
      onChange: (text) => context.onChange(withNumber(question, key, text)),
    });
  const n = (value: number) => formatNumber(locale, value);
  switch (question.kind) {
    case 'single':
    case 'ranking':
      return list('options', msg('Options'), (i) => msg(str`Option ${i}`), 'o');
    case 'multiple':
      return html`${list('options', msg('Options'), (i) => msg(str`Option ${i}`), 'o')}
        <div class="row">
          ${numberBox('min', msg('Fewest choices'), question.min)} ${numberBox('max', msg('Most choices'), question.max)}
        </div>`;
    case 'text':
    case 'long_text': {
      const limit = question.kind === 'text' ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
      return html`<div class="row">
        ${numberBox('minLength', msg('Shortest answer (characters)'), question.minLength)}
        ${numberBox('maxLength', msg('Longest answer (characters)'), question.maxLength, msg(str`At most ${n(limit)}.`))}
      </div>`;
    }
    case 'scale':
      return scaleSettings(context, path);
    case 'matrix':
      return html`${list('rows', msg('Rows (the statements)'), (i) => msg(str`Row ${i}`), 'r')}
      ${list('columns', msg('Columns (the answers)'), (i) => msg(str`Column ${i}`), 'c')}`;
    case 'number':
      return html`<div class="row">
          ${numberBox('min', msg('Smallest accepted'), question.min)} ${numberBox('max', msg('Largest accepted'), question.max)}
        </div>
        ${checkboxField({
          id: `${fieldIdOf(path)}-integer`,
          label: msg('Whole numbers only'),
          checked: question.integer ?? false,
          onChange: (integer) => context.onChange({ ...question, integer }),
        })}
        ${localizedField({
          path: `${path}.unit`,
          label: msg('Unit (e.g. years, dirhams)'),
          value: question.unit ?? emptyText(),
          errors,
          onChange: (unit) => context.onChange({ ...question, unit }),
        })}`;
    case 'passage':
      return html`${list('paragraphs', msg('Paragraphs of the draft text'), (i) => msg(str`Paragraph ${i}`), 'p')}
      ${numberBox('maxLength', msg('Longest comment (characters)'), question.maxLength, msg(str`At most ${n(LONG_TEXT_MAX)}.`))}`;
  }
}

function scaleSettings(context: QuestionEditorContext, path: string): TemplateResult {
  const question = context.question as Of<'scale'>;
  const { errors, locale } = context;
  const points = question.max - question.min + 1;
  const resize = (next: Of<'scale'>): Of<'scale'> => {
    if (!next.labels) return next;
    const count = next.max - next.min + 1;
    return { ...next, labels: Array.from({ length: count }, (_, i) => next.labels![i] ?? emptyText()) };
  };
  const select = (key: 'min' | 'max', label: string, values: number[]) =>
    html`<div class="field">
      <label for="${fieldIdOf(`${path}.${key}`)}">${label}</label>
      <select
        id="${fieldIdOf(`${path}.${key}`)}"
        data-label=${label}
        @change=${(event: Event) => context.onChange(resize({ ...question, [key]: Number((event.target as HTMLSelectElement).value) }))}
      >
        ${values.map((value) => html`<option value=${value} ?selected=${value === question[key]}>${formatNumber(locale, value)}</option>`)}
      </select>
    </div>`;
  const maxValues = Array.from({ length: SCALE_POINTS_MAX - 2 }, (_, i) => i + 2);
  return html`<div class="row">${select('min', msg('From'), [0, 1])} ${select('max', msg('To'), maxValues)}</div>
    ${localizedField({ path: `${path}.minLabel`, label: msg('Label of the lowest point'), value: question.minLabel ?? emptyText(), errors, onChange: (minLabel) => context.onChange({ ...question, minLabel }) })}
    ${localizedField({ path: `${path}.maxLabel`, label: msg('Label of the highest point'), value: question.maxLabel ?? emptyText(), errors, onChange: (maxLabel) => context.onChange({ ...question, maxLabel }) })}
    ${checkboxField({
      id: `${fieldIdOf(path)}-every-label`,
      label: msg('Give every point its own label'),
      checked: question.labels !== undefined,
      onChange: (on) => {
        const { labels: _old, ...rest } = question;
        context.onChange(on ? { ...rest, labels: Array.from({ length: points }, emptyText) } : rest);
      },
    })}
    ${
      question.labels
        ? html`<fieldset id=${fieldIdOf(`${path}.labels`)} tabindex="-1" data-label=${msg('Point labels')}>
            <legend>${msg('Point labels')}</legend>
            ${question.labels.map((label, i) =>
              localizedField({
                path: `${path}.labels.${i}`,
                label: msg(str`Point ${formatNumber(locale, question.min + i)}`),
                required: true,
                value: label,
                errors,
                onChange: (text) => context.onChange({ ...question, labels: question.labels!.map((one, j) => (j === i ? text : one)) }),
              }),
            )}
          </fieldset>`
        : nothing
    }`;
}

function conditionEditor(context: QuestionEditorContext, path: string): TemplateResult {
  const { question, sections, section, index, locale } = context;
  const candidates = earlierConditionQuestions(sections, section, index);
  const id = fieldIdOf(`${path}.showIf`);
  const label = (text: Parameters<typeof pickText>[0] | undefined, fallback: string) => (text?.ar ? pickText(text, locale).text : fallback);
  if (!candidates.length) {
    return html`<p class="hint">${msg('A condition can test an earlier choice or scale question; there is none before this one.')}</p>`;
  }
  const condition = question.showIf;
  const target = condition ? candidates.find((one) => one.id === condition.question) : undefined;
  const setCondition = (questionId: string | undefined, anyOf: string[] = []) => {
    const { showIf: _old, ...rest } = question;
    context.onChange(questionId ? ({ ...rest, showIf: { question: questionId, anyOf } } as Question) : (rest as Question));
  };
  return html`<fieldset class="condition" id=${id} tabindex="-1" data-label=${msg('Condition')}>
    <legend>${msg('Condition')}</legend>
    <div class="field">
      <label for="${id}-question">${msg('Show this question only if the answer to')}</label>
      <select
        id="${id}-question"
        data-label=${msg('Condition')}
        @change=${(event: Event) => setCondition((event.target as HTMLSelectElement).value || undefined)}
      >
        <option value="" ?selected=${!condition}>${msg('(always show it)')}</option>
        ${candidates.map((one) => html`<option value=${one.id} ?selected=${one.id === condition?.question}>${label(one.title, one.id)}</option>`)}
      </select>
    </div>
    ${
      target
        ? html`<fieldset>
            <legend>${msg('is one of')}</legend>
            ${conditionValues(target).map(
              (value) =>
                html`<label class="choice">
                  <input
                    type="checkbox"
                    .checked=${live(condition!.anyOf.includes(value.value))}
                    @change=${(event: Event) => {
                      const on = (event.target as HTMLInputElement).checked;
                      const anyOf = on ? [...condition!.anyOf, value.value] : condition!.anyOf.filter((one) => one !== value.value);
                      setCondition(target.id, anyOf);
                    }}
                  />
                  <span>${value.label ? label(value.label, value.value) : formatNumber(locale, Number(value.value))}</span>
                </label>`,
            )}
          </fieldset>`
        : nothing
    }
  </fieldset>`;
}
