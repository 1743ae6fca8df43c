/**
 * Form controls for the staff screens, as template functions (not elements) so every
 * control lives in the screen's own shadow root: the error summary's links and the
 * server's field errors reach them by id. A control's id comes from the request path it
 * edits (`fieldIdOf`), which is also the path the server names in `error.fields`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import {
  describeFieldError,
  renderFieldError,
  toLatinDigits,
  type FieldErrorCode,
  type FieldProblem,
  type LocalizedText,
} from '@mocharaka/core';
import { fieldIdOf } from './survey-draft.js';

/** `already_used`: the console's own check that a new identifier is free (the admin routes create or replace). */
export type FieldProblemCode = FieldErrorCode | 'already_used';
export type FieldErrors = Partial<Record<string, FieldProblemCode>>;

/** The languages staff write side by side: Arabic first (always required), then French. */
const EDITED_LANGUAGES = [
  { locale: 'ar', dir: 'rtl', name: () => msg('Arabic') },
  { locale: 'fr', dir: 'ltr', name: () => msg('French') },
] as const;

const errorIdOf = (path: string) => `${fieldIdOf(path)}-error`;

/** The message for a server field error, worded for staff. */
export function fieldErrorText(code: FieldProblemCode | undefined): string {
  switch (code) {
    case 'too_small':
      return msg('This value is too small.');
    case 'too_big':
      return msg('This value is too large, or there are too many items.');
    case 'already_used':
      return msg('This identifier is already used: choose another one.');
    case 'unknown_field':
      return msg('The server does not know this field.');
    default:
      return describeFieldError(code as FieldErrorCode | undefined);
  }
}

interface Common {
  /** The request path this control edits, as the server names it in `error.fields`. */
  path: string;
  label: string;
  errors: FieldErrors;
  hint?: string;
  required?: boolean;
}

function errorAt(errors: FieldErrors, ...paths: string[]): FieldProblemCode | undefined {
  for (const path of paths) if (errors[path]) return errors[path];
  return undefined;
}

function describedBy(hintId: string | undefined, errorId: string | undefined): string | undefined {
  return [hintId, errorId].filter(Boolean).join(' ') || undefined;
}

/**
 * A text in Arabic and French, side by side on a wide screen and one above the other on
 * a phone; each box is written in its own direction.
 */
export function localizedField(
  options: Common & { value: LocalizedText | undefined; multiline?: boolean; onChange(value: LocalizedText): void },
): TemplateResult {
  const { path, label, errors, hint, value, multiline, required } = options;
  const hintId = hint ? `${fieldIdOf(path)}-hint` : undefined;
  return html`<fieldset class="localized" id=${fieldIdOf(path)} tabindex="-1" data-label=${label}>
    <legend>${label}${required ? nothing : html` <span class="hint">${msg('(optional)')}</span>`}</legend>
    ${hint ? html`<p class="hint" id=${ifDefined(hintId)}>${hint}</p>` : nothing}
    <div class="languages">
      ${EDITED_LANGUAGES.map(({ locale, dir, name }) => {
        const fieldPath = `${path}.${locale}`;
        const code = errorAt(errors, fieldPath, ...(locale === 'ar' ? [path] : []));
        const errorId = code ? errorIdOf(fieldPath) : undefined;
        const id = fieldIdOf(fieldPath);
        const text = value?.[locale] ?? '';
        const onInput = (event: Event) => {
          const next = { ...(value ?? { ar: '' }), [locale]: (event.target as HTMLInputElement).value } as LocalizedText;
          options.onChange(next);
        };
        const fullLabel = msg(str`${label} (${name()})`);
        return html`<div class="field">
          <label for=${id}>${name()}${locale === 'ar' && required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
          ${
            multiline
              ? html`<textarea
                  id=${id}
                  lang=${locale}
                  dir=${dir}
                  rows="4"
                  data-label=${fullLabel}
                  aria-invalid=${code ? 'true' : 'false'}
                  aria-describedby=${ifDefined(describedBy(hintId, errorId))}
                  .value=${live(text)}
                  @input=${onInput}
                ></textarea>`
              : html`<input
                  id=${id}
                  lang=${locale}
                  dir=${dir}
                  data-label=${fullLabel}
                  aria-invalid=${code ? 'true' : 'false'}
                  aria-describedby=${ifDefined(describedBy(hintId, errorId))}
                  .value=${live(text)}
                  @input=${onInput}
                />`
          }
          ${renderFieldError(errorId ?? '', code ? fieldErrorText(code) : undefined)}
        </div>`;
      })}
    </div>
  </fieldset>`;
}

/**
 * What a number box keeps of what was typed, as `type=number` would, but with an Arabic
 * keyboard's digits too: Latin digits and a minus sign (every number box here holds a
 * whole number).
 */
function numberBoxText(typed: string): string {
  return toLatinDigits(typed).replace(/[^\d-]/g, '');
}

/** Keeps in the box only what `numberBoxText` keeps, with the caret where it was. */
function keepNumberText(box: HTMLInputElement): string {
  const kept = numberBoxText(box.value);
  if (kept !== box.value) {
    const caret = numberBoxText(box.value.slice(0, box.selectionStart ?? box.value.length)).length;
    box.value = kept;
    box.setSelectionRange(caret, caret);
  }
  return kept;
}

/**
 * One text, whole-number or date box. A number box is a text box with a numeric keyboard,
 * not `type=number`, whose Chromium version drops the Arabic-Indic digits an Arabic
 * keyboard types; it passes on Latin digits (`numberBoxText`).
 */
export function inputField(
  options: Common & {
    value: string;
    type?: 'text' | 'number' | 'datetime-local' | 'date' | 'url';
    dir?: 'ltr' | 'rtl' | 'auto';
    readonly?: boolean;
    onChange(value: string): void;
  },
): TemplateResult {
  const { path, label, errors, hint, value, required } = options;
  const number = options.type === 'number';
  const id = fieldIdOf(path);
  const code = errorAt(errors, path);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = code ? errorIdOf(path) : undefined;
  return html`<div class="field">
    <label for=${id}>${label}${required ? nothing : html` <span class="hint">${msg('(optional)')}</span>`}</label>
    ${hint ? html`<p class="hint" id=${ifDefined(hintId)}>${hint}</p>` : nothing}
    <input
      id=${id}
      type=${number ? 'text' : (options.type ?? 'text')}
      dir=${ifDefined(number ? 'ltr' : options.dir)}
      inputmode=${ifDefined(number ? 'numeric' : undefined)}
      autocomplete=${ifDefined(number ? 'off' : undefined)}
      data-label=${label}
      ?readonly=${options.readonly}
      ?required=${required}
      aria-invalid=${code ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(hintId, errorId))}
      .value=${live(value)}
      @input=${(event: Event) => {
        const box = event.target as HTMLInputElement;
        options.onChange(number ? keepNumberText(box) : box.value);
      }}
    />
    ${renderFieldError(errorId ?? '', code ? fieldErrorText(code) : undefined)}
  </div>`;
}

export function checkboxField(options: {
  id: string;
  label: string;
  checked: boolean;
  hint?: string;
  onChange(checked: boolean): void;
}): TemplateResult {
  return html`<label class="choice" for=${options.id}>
    <input
      type="checkbox"
      id=${options.id}
      .checked=${live(options.checked)}
      @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)}
    />
    <span>${options.label}${options.hint ? html` <span class="hint">${options.hint}</span>` : nothing}</span>
  </label>`;
}

/**
 * The problems for the error summary: each server path linked to the nearest control
 * of the screen that edits it (the path itself, its Arabic box, or an enclosing group).
 */
export function problemsOf(root: ParentNode, errors: FieldErrors): FieldProblem[] {
  return Object.entries(errors).map(([path, code]) => {
    const target = controlFor(root, path);
    const label = target?.dataset.label;
    const text = fieldErrorText(code);
    return { fieldId: target?.id ?? 'error-summary', message: label ? msg(str`${label}: ${text}`) : text };
  });
}

function controlFor(root: ParentNode, path: string): HTMLElement | undefined {
  const find = (candidate: string) => root.querySelector<HTMLElement>(`#${CSS.escape(fieldIdOf(candidate))}`) ?? undefined;
  const own = find(`${path}.ar`) ?? find(path);
  if (own) return own;
  const segments = path.split('.');
  for (let length = segments.length - 1; length > 0; length--) {
    const found = find(segments.slice(0, length).join('.'));
    if (found) return found;
  }
  return undefined;
}

/** Date-time boxes speak the browser's local time; the contract speaks ISO instants. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The ISO instant of a local date-time box's value; the raw text when it is not a date (the server refuses it by name). */
export function fromLocalInput(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/**
 * Whether a public resource with this id exists already: the admin routes of consultations
 * and services create *or replace*, so a new one must not take an existing identifier.
 */
export async function identifierTaken(get: (path: string) => Promise<unknown>, path: string): Promise<boolean> {
  try {
    await get(path);
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}
