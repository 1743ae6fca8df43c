import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { plain, t } from './text.js';
import { plural } from './plural.js';
import {
  LONG_TEXT_MAX,
  SHORT_TEXT_MAX,
  formatNumber,
  readTypedNumber,
  renderFieldError,
  type Choice,
  type FieldErrorCode,
  type Locale,
  type Question,
} from '@mocharaka/core';

/** What a question needs from the element to render and to change its answer. */
export interface QuestionContext {
  locale: Locale;
  value: unknown;
  error?: string;
  set(value: unknown): void;
  /** Ranking: announces a move to screen readers. */
  announce(text: string): void;
  /** Moves focus to the control `id` once the change is rendered. */
  focus(id: string): void;
}

type Of<K extends Question['kind']> = Extract<Question, { kind: K }>;

/**
 * The id the error summary links to: the question's first control that can take focus
 * (for a ranking, the first item's "move down": its "move up" is disabled).
 */
export function fieldId(question: Question): string {
  if (['text', 'long_text', 'number'].includes(question.kind)) return `q-${question.id}`;
  return question.kind === 'ranking' && question.options.length > 1 ? `q-${question.id}-1` : `q-${question.id}-0`;
}

/** The ids of an item's two buttons in a ranking, by the item's position. */
const moveUp = (question: Question, position: number) => `q-${question.id}-${position * 2}`;
const moveDown = (question: Question, position: number) => `q-${question.id}-${position * 2 + 1}`;

export function textLimit(question: Question): number {
  if (question.kind === 'text') return question.maxLength ?? SHORT_TEXT_MAX;
  if (question.kind === 'long_text' || question.kind === 'passage') return question.maxLength ?? LONG_TEXT_MAX;
  return 0;
}

/** "Write at most N characters.", with the plural the number takes. */
function atMostCharacters(locale: Locale, max: number): string {
  const n = formatNumber(locale, max);
  return plural(locale, max, {
    zero: () => msg(str`Write at most ${n} characters.`, { id: 'at-most-characters.zero' }),
    one: () => msg('Write at most one character.', { id: 'at-most-characters.one' }),
    two: () => msg('Write at most two characters.', { id: 'at-most-characters.two' }),
    few: () => msg(str`Write at most ${n} characters.`, { id: 'at-most-characters.few' }),
    many: () => msg(str`Write at most ${n} characters.`, { id: 'at-most-characters.many' }),
    other: () => msg(str`Write at most ${n} characters.`, { id: 'at-most-characters.other' }),
  });
}

/** The message for a question's problem, in the participant's language. */
export function problemText(question: Question, code: FieldErrorCode, locale: Locale): string {
  const n = (value: number) => formatNumber(locale, value);
  switch (code) {
    case 'required':
      if (question.kind === 'matrix') return msg('Answer every line.');
      if (question.kind === 'ranking') return msg('Put the items in your order, or confirm this order.');
      return ['text', 'long_text', 'number'].includes(question.kind) ? msg('Write an answer.') : msg('Choose an answer.');
    case 'too_small':
      return question.kind === 'multiple'
        ? msg(str`Choose at least ${n(question.min ?? 1)}.`)
        : msg(str`Enter a number from ${n((question as Of<'number'>).min ?? 0)}.`);
    case 'too_big':
      return question.kind === 'multiple'
        ? msg(str`Choose at most ${n(question.max ?? 1)}.`)
        : msg(str`Enter a number up to ${n((question as Of<'number'>).max ?? 0)}.`);
    case 'too_long':
      return atMostCharacters(locale, textLimit(question));
    case 'too_short':
      return msg('This text is too short.');
    case 'invalid_format':
      return msg('Enter a whole number.');
    default:
      return question.kind === 'number' ? msg('Enter a number, for example 12.') : msg('This answer is not valid.');
  }
}

const describedBy = (question: Question, context: QuestionContext) =>
  [question.help ? `q-${question.id}-hint` : '', context.error ? `q-${question.id}-error` : ''].filter(Boolean).join(' ') || nothing;

function header(question: Question, context: QuestionContext, extraHint?: string) {
  return html`${
    question.help || extraHint
      ? html`<p class="hint" id="q-${question.id}-hint">${t(question.help, context.locale)} ${extraHint ?? ''}</p>`
      : nothing
  }
    ${renderFieldError(`q-${question.id}-error`, context.error)}`;
}

const title = (question: Question, locale: Locale) =>
  html`${t(question.title, locale)}${question.required ? nothing : html` <span class="optional">${msg('(optional)')}</span>`}`;

function fieldset(question: Question, context: QuestionContext, body: unknown, extraHint?: string) {
  return html`<fieldset class="question ${context.error ? 'has-error' : ''}" part="question" aria-describedby=${describedBy(question, context)}>
    <legend>${title(question, context.locale)}</legend>
    ${header(question, context, extraHint)} ${body}
  </fieldset>`;
}

function choices(question: Question, items: readonly Choice[], context: QuestionContext, type: 'radio' | 'checkbox', name = question.id) {
  const value = context.value;
  return html`<div class="choices">
    ${items.map((item, index) => {
      const checked = type === 'radio' ? value === item.id : Array.isArray(value) && value.includes(item.id);
      return html`<label class="choice"><input type=${type} name=${name} id="q-${name}-${index}" .checked=${checked}
        @change=${(event: Event) => {
          if (type === 'radio') context.set(item.id);
          else {
            const list = Array.isArray(value) ? value.filter((one) => one !== item.id) : [];
            context.set((event.target as HTMLInputElement).checked ? [...list, item.id] : list);
          }
        }} /> ${t(item.label, context.locale)}</label>`;
    })}
  </div>`;
}

function textField(question: Of<'text'> | Of<'long_text'>, context: QuestionContext) {
  const max = textLimit(question);
  const value = typeof context.value === 'string' ? context.value : '';
  const input = (event: Event) => context.set((event.target as HTMLInputElement).value);
  const left = html`<p class="hint count" id="q-${question.id}-count">${msg(str`Characters left: ${formatNumber(context.locale, Math.max(0, max - value.length))}`)}</p>`;
  const describe = [describedBy(question, context), `q-${question.id}-count`].filter((one) => one !== nothing).join(' ');
  return html`<div class="question field ${context.error ? 'has-error' : ''}" part="question">
    <label for="q-${question.id}">${title(question, context.locale)}</label>
    ${header(question, context)}
    ${
      question.kind === 'text'
        ? html`<input id="q-${question.id}" type="text" dir="auto" maxlength=${max} .value=${value} aria-invalid=${context.error ? 'true' : 'false'}
          aria-describedby=${describe} @input=${input} />`
        : html`<textarea id="q-${question.id}" rows="5" dir="auto" maxlength=${max} .value=${value} aria-invalid=${context.error ? 'true' : 'false'}
          aria-describedby=${describe} @input=${input}></textarea>`
    }
    ${left}
  </div>`;
}

function numberField(question: Of<'number'>, context: QuestionContext) {
  const value = context.value === undefined ? '' : String(context.value);
  return html`<div class="question field ${context.error ? 'has-error' : ''}" part="question">
    <label for="q-${question.id}">${title(question, context.locale)}</label>
    ${header(question, context)}
    <span class="number"><input id="q-${question.id}" type="text" inputmode=${question.integer ? 'numeric' : 'decimal'} dir="ltr" .value=${value}
      aria-invalid=${context.error ? 'true' : 'false'} aria-describedby=${describedBy(question, context)}
      @input=${(event: Event) => {
        const raw = (event.target as HTMLInputElement).value.trim();
        const parsed = readTypedNumber(raw);
        context.set(raw === '' ? undefined : Number.isNaN(parsed) ? raw : parsed);
      }} />${question.unit ? html` ${t(question.unit, context.locale)}` : nothing}</span>
  </div>`;
}

function scale(question: Of<'scale'>, context: QuestionContext) {
  const points = Array.from({ length: question.max - question.min + 1 }, (_, index) => question.min + index);
  return fieldset(
    question,
    context,
    html`<div class="scale ${question.labels ? 'labelled' : ''}">
      ${points.map((point, index) => {
        const label = question.labels?.[index];
        const end = index === 0 ? question.minLabel : index === points.length - 1 ? question.maxLabel : undefined;
        return html`<label class="point"><input type="radio" name=${question.id} id="q-${question.id}-${index}" .checked=${context.value === point}
          @change=${() => context.set(point)} />
          <span>${label ? t(label, context.locale) : html`<span class="ltr">${formatNumber(context.locale, point)}</span>${end ? html` ${t(end, context.locale)}` : nothing}`}</span></label>`;
      })}
    </div>`,
  );
}

function ranking(question: Of<'ranking'>, context: QuestionContext) {
  const order = Array.isArray(context.value) ? (context.value as string[]) : question.options.map((one) => one.id);
  const byId = new Map(question.options.map((one) => [one.id, one]));
  const move = (from: number, to: number) => {
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    context.set(next);
    // Focus follows the item; at either end, to its button that still moves it.
    const up = to < from;
    context.focus((up && to > 0) || to === next.length - 1 ? moveUp(question, to) : moveDown(question, to));
    context.announce(
      msg(
        str`${plain(byId.get(item!)!.label, context.locale)}: position ${formatNumber(context.locale, to + 1)} of ${formatNumber(context.locale, next.length)}`,
      ),
    );
  };
  return fieldset(
    question,
    context,
    html`<ol class="ranking">
        ${order.map((id, index) => {
          const label = plain(byId.get(id)!.label, context.locale);
          return html`<li part="rank-item"><span class="rank-position">${formatNumber(context.locale, index + 1)}</span>
            <span class="rank-label">${t(byId.get(id)!.label, context.locale)}</span>
            <span class="rank-buttons">
              <button type="button" class="button secondary small" id=${moveUp(question, index)} ?disabled=${index === 0}
                aria-label=${msg(str`Move up: ${label}`)} @click=${() => move(index, index - 1)}>↑</button>
              <button type="button" class="button secondary small" id=${moveDown(question, index)} ?disabled=${index === order.length - 1}
                aria-label=${msg(str`Move down: ${label}`)} @click=${() => move(index, index + 1)}>↓</button>
            </span></li>`;
        })}
      </ol>
      ${
        Array.isArray(context.value)
          ? nothing
          : html`<button type="button" class="link" @click=${() => context.set(order)}>${msg('Keep this order')}</button>`
      }`,
    msg('The first is the most important.'),
  );
}

function matrix(question: Of<'matrix'>, context: QuestionContext) {
  const value = (typeof context.value === 'object' && context.value && !Array.isArray(context.value) ? context.value : {}) as Record<
    string,
    string
  >;
  return fieldset(
    question,
    context,
    question.rows.map(
      (row, rowIndex) => html`<fieldset class="matrix-row"><legend>${t(row.label, context.locale)}</legend>
        <div class="choices inline">
          ${question.columns.map(
            (column, index) => html`<label class="choice"><input type="radio" name="${question.id}-${row.id}"
              id="q-${question.id}-${rowIndex * question.columns.length + index}" .checked=${value[row.id] === column.id}
              @change=${() => context.set({ ...value, [row.id]: column.id })} /> ${t(column.label, context.locale)}</label>`,
          )}
        </div></fieldset>`,
    ),
  );
}

function passage(question: Of<'passage'>, context: QuestionContext, open: Set<string>, toggle: (key: string) => void) {
  const value = (typeof context.value === 'object' && context.value && !Array.isArray(context.value) ? context.value : {}) as Record<
    string,
    string
  >;
  const max = textLimit(question);
  return fieldset(
    question,
    context,
    html`<ol class="passage">
      ${question.paragraphs.map((paragraph, index) => {
        const key = `${question.id}/${paragraph.id}`;
        const shown = open.has(key) || !!value[paragraph.id];
        const number = formatNumber(context.locale, index + 1);
        return html`<li class="paragraph" part="paragraph">
          <p class="paragraph-text">${t(paragraph.label, context.locale)}</p>
          ${
            shown
              ? html`<label for="q-${question.id}-${index}">${msg(str`Your comment on paragraph ${number}`)}</label>
                <textarea id="q-${question.id}-${index}" rows="3" dir="auto" maxlength=${max} .value=${value[paragraph.id] ?? ''}
                  @input=${(event: Event) => context.set({ ...value, [paragraph.id]: (event.target as HTMLTextAreaElement).value })}></textarea>`
              : html`<button type="button" class="button secondary small" id="q-${question.id}-${index}" aria-expanded="false"
                @click=${() => toggle(key)}>${msg(str`Comment on paragraph ${number}`)}</button>`
          }
        </li>`;
      })}
    </ol>`,
    // Two sentences: the length limit is the same catalogue entry (and plural) as the error's.
    `${msg('Comment only on the paragraphs you choose.')} ${atMostCharacters(context.locale, max)}`,
  );
}

export function renderQuestion(question: Question, context: QuestionContext, open: Set<string>, toggle: (key: string) => void) {
  switch (question.kind) {
    case 'single':
      return fieldset(question, context, choices(question, question.options, context, 'radio'));
    case 'multiple': {
      const { min, max } = question;
      const n = (value: number) => formatNumber(context.locale, value);
      const hint =
        min && max
          ? msg(str`Choose from ${n(min)} to ${n(max)}.`)
          : max
            ? msg(str`Choose at most ${n(max)}.`)
            : msg('Choose all that apply.');
      return fieldset(question, context, choices(question, question.options, context, 'checkbox'), hint);
    }
    case 'text':
    case 'long_text':
      return textField(question, context);
    case 'number':
      return numberField(question, context);
    case 'scale':
      return scale(question, context);
    case 'ranking':
      return ranking(question, context);
    case 'matrix':
      return matrix(question, context);
    case 'passage':
      return passage(question, context, open, toggle);
  }
}
