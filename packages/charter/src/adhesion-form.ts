import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import {
  describeApiError,
  describeFieldError,
  renderErrorSummary,
  renderFieldError,
  type ApiError,
  type FieldProblem,
} from '@mocharaka/core';
import {
  ADHESION_FIELDS,
  ADHESION_MAX_LENGTHS,
  checkAdhesion,
  type TextField,
  type AdhesionDraft,
  type AdhesionErrors,
  type AdhesionField,
} from './adhesion-rules.js';

export { checkAdhesion };

/** What the adhesion form reads from, and tells, the charter element. */
export interface AdhesionFormHost {
  root: ShadowRoot;
  draft: AdhesionDraft;
  /** Server and local errors, shown once the citizen has tried to submit. */
  errors: AdhesionErrors;
  sending: boolean;
  failure?: ApiError;
  edit(field: keyof AdhesionDraft, value: string | boolean): void;
  submit(event: SubmitEvent): void;
}

function label(field: AdhesionField, draft: AdhesionDraft): string {
  switch (field) {
    case 'kind':
      return msg('You adhere as');
    case 'name':
      return draft.kind === 'association' ? msg('Name of the association') : msg('Full name');
    case 'registrationNumber':
      return msg('Registration number');
    case 'city':
      return msg('City of registration');
    case 'contact':
      return msg('Contact');
    default:
      return msg('Consent');
  }
}

/**
 * The adhesion form, loaded only when the charter can be adhered to: readers who only
 * read the charter do not download it. GOV.UK error pattern: a summary linking to the
 * fields, each field's message tied to it by aria-describedby.
 */
export function renderAdhesionForm(host: AdhesionFormHost) {
  const { draft, errors } = host;
  const association = draft.kind === 'association';
  const message = (field: AdhesionField) => (errors[field] ? describeFieldError(errors[field]) : undefined);
  const problems: FieldProblem[] = ADHESION_FIELDS.filter((field) => errors[field]).map((field) => ({
    fieldId: field === 'kind' ? 'kind-association' : field,
    message: msg(str`${label(field, draft)}: ${message(field)}`, { id: 'field-problem' }),
  }));
  const described = (field: AdhesionField, hint = false) =>
    [hint ? `${field}-hint` : '', errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
  const invalid = (field: AdhesionField) => (errors[field] ? 'true' : nothing);
  const input = (field: TextField, hint?: string, ltr = false, autocomplete = 'off') =>
    html`<div class="field">
      <label for=${field}>${label(field, draft)}</label>
      ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
      ${renderFieldError(`${field}-error`, message(field))}
      <input id=${field} name=${field} class=${ltr ? 'ltr' : ''} dir=${ltr ? 'ltr' : 'auto'} autocomplete=${autocomplete}
        maxlength=${ADHESION_MAX_LENGTHS[field]} .value=${draft[field]} aria-invalid=${invalid(field)} aria-describedby=${described(field, !!hint)}
        @input=${(event: Event) => host.edit(field, (event.target as HTMLInputElement).value)} />
    </div>`;
  return html`${host.failure ? html`<div id="failure" class="notice error" tabindex="-1" role="alert">${describeApiError(host.failure)}</div>` : nothing}
    ${renderErrorSummary(host.root, problems)}
    <form part="form" novalidate aria-labelledby="adhere-title" @submit=${host.submit}>
      <fieldset class="field" aria-describedby=${described('kind')}>
        <legend>${label('kind', draft)}</legend>
        ${renderFieldError('kind-error', message('kind'))}
        ${(['association', 'citizen'] as const).map(
          (
            kind,
          ) => html`<label class="choice"><input type="radio" name="kind" id="kind-${kind}" value=${kind} .checked=${draft.kind === kind}
            aria-invalid=${invalid('kind')} @change=${() => host.edit('kind', kind)} />
            <span>${kind === 'association' ? msg('An association') : msg('A citizen')}</span></label>`,
        )}
      </fieldset>
      ${input('name', undefined, false, association ? 'organization' : 'name')}
      ${
        association
          ? html`${input('registrationNumber', msg('As written on the receipt of the association’s registration.'), true)}
          ${input('city', msg('Where the association was registered.'), false, 'address-level2')}`
          : nothing
      }
      ${input('contact', msg('E-mail or phone. Only the commune sees it; it is never published.'), true, 'email')}
      <div class="field">
        ${renderFieldError('consent-error', message('consent'))}
        <label class="choice"><input type="checkbox" id="consent" .checked=${draft.consent} aria-invalid=${invalid('consent')}
          aria-describedby=${described('consent')} @change=${(event: Event) => host.edit('consent', (event.target as HTMLInputElement).checked)} />
          <span>${msg('I agree that the commune keeps these details to record this adhesion (law 09-08). Only the names of associations are published.')}</span></label>
      </div>
      <button class="button" type="submit">${msg('Adhere')}</button>
      <p role="status">${host.sending ? msg('Sending…') : nothing}</p>
    </form>`;
}
