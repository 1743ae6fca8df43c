import { msg } from '@lit/localize';
import {
  SUGGESTION_CONTACT_MAX,
  SUGGESTION_NAME_MAX,
  SUGGESTION_TEXT_MAX,
  describeApiError,
  describeFieldError,
  pickText,
  renderErrorSummary,
  renderFieldError,
  type ApiError,
  type FieldErrorCode,
  type FieldProblem,
  type Locale,
  type SuggestionBox,
  type SuggestionKind,
} from '@mocharaka/core';
import { html, nothing } from 'lit';
import { kindLabel } from './suggestion-labels.js';
import { SUGGESTION_FIELDS, type SuggestionDraft, type SuggestionErrors, type SuggestionField } from './suggestion-rules.js';

export type EditableField = Exclude<keyof SuggestionDraft, 'kind'> | 'kind';

export interface FormContext {
  readonly locale: Locale;
  readonly root: ShadowRoot;
  readonly box: SuggestionBox;
  readonly draft: SuggestionDraft;
  readonly errors: SuggestionErrors;
  readonly sending: boolean;
  readonly failure?: ApiError;
  edit(field: EditableField, event: Event): void;
  submit(event: SubmitEvent): void;
}

const FIELD_IDS: Record<SuggestionField, string> = {
  kind: 'kind-suggestion',
  topic: 'topic',
  neighbourhood: 'neighbourhood',
  text: 'text',
  'contact.name': 'contact-name',
  'contact.value': 'contact-value',
};

/** What to tell the citizen about a field (only the form shows these, so they come with it). */
export function fieldErrorMessage(field: SuggestionField, code: FieldErrorCode): string {
  if (field === 'topic') return msg('Choose the topic your message is about.');
  if (field === 'text' && code === 'required') return msg('Write your suggestion or remark.');
  if (field === 'text' && code === 'too_short') return msg('Say a little more: at least 10 characters.');
  if (field === 'contact.value' && code === 'required') return msg('Give an e-mail or a phone number with your name, or leave both empty.');
  if (field === 'contact.value' && code === 'invalid_format')
    return msg('Give an e-mail address or a phone number, for example 0661234567.');
  return describeFieldError(code);
}

function options(ctx: FormContext, list: SuggestionBox['topics'], selected: string) {
  return list.map((choice) => {
    const label = pickText(choice.label, ctx.locale);
    return html`<option value=${choice.id} ?selected=${selected === choice.id} lang=${label.lang}>${label.text}</option>`;
  });
}

/** The form: kind, topic, optional neighbourhood, text, and an optional contact with the purpose it is asked for. */
export function renderSuggestionForm(ctx: FormContext) {
  const { draft, errors } = ctx;
  const error = (field: SuggestionField) => (errors[field] ? fieldErrorMessage(field, errors[field]) : undefined);
  const problems: FieldProblem[] = SUGGESTION_FIELDS.filter((field) => errors[field]).map((field) => ({
    fieldId: FIELD_IDS[field],
    message: error(field)!,
  }));
  const described = (field: SuggestionField, hint?: string) =>
    [hint ?? '', errors[field] ? `${FIELD_IDS[field]}-error` : ''].filter(Boolean).join(' ') || nothing;
  const invalid = (field: SuggestionField) => (errors[field] ? 'true' : nothing);
  const on = (field: EditableField) => (event: Event) => ctx.edit(field, event);
  return html`<h3 id="form-title">${msg('Send a suggestion or a remark')}</h3>
    <p class="hint">${msg('The commune reads every message. Fields are required unless marked optional.')}</p>
    ${ctx.failure ? html`<div class="notice error" id="failure" tabindex="-1" role="alert">${describeApiError(ctx.failure)}</div>` : nothing}
    ${renderErrorSummary(ctx.root, problems)}
    <form part="form" novalidate aria-labelledby="form-title" @submit=${ctx.submit}>
      <fieldset class="field">
        <legend>${msg('What are you sending?')}</legend>
        ${(['suggestion', 'remark'] as SuggestionKind[]).map(
          (kind) => html`<label class="choice">
            <input type="radio" name="kind" id="kind-${kind}" value=${kind} .checked=${draft.kind === kind} @change=${on('kind')} />
            <span>${kindLabel(kind)}</span>
          </label>`,
        )}
      </fieldset>
      <div class="field">
        <label for="topic">${msg('Topic')}</label>
        ${renderFieldError('topic-error', error('topic'))}
        <select id="topic" name="topic" aria-invalid=${invalid('topic')} aria-describedby=${described('topic')} @change=${on('topic')}>
          <option value="" ?selected=${draft.topic === ''}>${msg('Choose a topic')}</option>
          ${options(ctx, ctx.box.topics, draft.topic)}
        </select>
      </div>
      ${
        ctx.box.neighbourhoods.length > 0
          ? html`<div class="field">
            <label for="neighbourhood">${msg('Neighbourhood (optional)')}</label>
            ${renderFieldError('neighbourhood-error', error('neighbourhood'))}
            <select id="neighbourhood" name="neighbourhood" aria-invalid=${invalid('neighbourhood')} aria-describedby=${described('neighbourhood')}
              @change=${on('neighbourhood')}>
              <option value="" ?selected=${draft.neighbourhood === ''}>${msg('The whole commune')}</option>
              ${options(ctx, ctx.box.neighbourhoods, draft.neighbourhood)}
            </select>
          </div>`
          : nothing
      }
      <div class="field">
        <label for="text">${msg('Your message')}</label>
        <p class="hint" id="text-hint">${msg('Do not write personal details here: the commune may publish your message with its answer.')}</p>
        ${renderFieldError('text-error', error('text'))}
        <textarea id="text" name="text" rows="5" dir="auto" maxlength=${SUGGESTION_TEXT_MAX} .value=${draft.text}
          aria-invalid=${invalid('text')} aria-describedby=${described('text', 'text-hint')} @input=${on('text')}></textarea>
      </div>
      <fieldset class="field" aria-describedby="contact-purpose">
        <legend>${msg('Your contact (optional)')}</legend>
        <p class="hint" id="contact-purpose">
          ${msg('Only if you want the commune to reach you about this message. It is stored encrypted, seen only by the staff handling it, never published, and used for nothing else.')}
        </p>
        <label for="contact-name">${msg('Name (optional)')}</label>
        ${renderFieldError('contact-name-error', error('contact.name'))}
        <input id="contact-name" name="name" autocomplete="name" dir="auto" maxlength=${SUGGESTION_NAME_MAX} .value=${draft.name}
          aria-invalid=${invalid('contact.name')} aria-describedby=${described('contact.name')} @input=${on('name')} />
        <label for="contact-value">${msg('E-mail or phone (optional)')}</label>
        ${renderFieldError('contact-value-error', error('contact.value'))}
        <input id="contact-value" name="contact" class="ltr" dir="ltr" autocomplete="email" inputmode="email" maxlength=${SUGGESTION_CONTACT_MAX}
          .value=${draft.contact} aria-invalid=${invalid('contact.value')} aria-describedby=${described('contact.value')} @input=${on('contact')} />
      </fieldset>
      <button class="button" type="submit" part="submit" ?disabled=${ctx.sending}>${ctx.sending ? msg('Sending…') : msg('Send')}</button>
    </form>`;
}
