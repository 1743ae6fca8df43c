import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import {
  MEETING_CONTACT_MAX,
  MEETING_NAME_MAX,
  MEETING_PARTY_MAX,
  describeApiError,
  describeFieldError,
  renderErrorSummary,
  renderFieldError,
  type ApiError,
  type FieldProblem,
} from '@mocharaka/core';
import { REGISTRATION_FIELDS, type RegistrationDraft, type RegistrationErrors, type RegistrationField } from './registration-rules.js';

export interface RegistrationFormHost {
  root: ShadowRoot;
  draft: RegistrationDraft;
  /** Shown once the citizen has tried to submit. */
  errors: RegistrationErrors;
  sending: boolean;
  /** The meeting is full: the registration will wait for a seat. */
  full: boolean;
  failure?: ApiError;
  edit(field: keyof RegistrationDraft, value: string | boolean): void;
  submit(event: SubmitEvent): void;
}

function label(field: RegistrationField): string {
  switch (field) {
    case 'name':
      return msg('Full name');
    case 'contact':
      return msg('Contact (optional)');
    case 'people':
      return msg('Number of people');
    default:
      return msg('Consent');
  }
}

/** Registering: name, optional contact, how many people come. GOV.UK error pattern, as the other elements. */
export function renderRegistrationForm(host: RegistrationFormHost) {
  const { draft, errors } = host;
  const message = (field: RegistrationField) => (errors[field] ? describeFieldError(errors[field]) : undefined);
  const problems: FieldProblem[] = REGISTRATION_FIELDS.filter((field) => errors[field]).map((field) => ({
    fieldId: field,
    message: msg(str`${label(field)}: ${message(field)}`, { id: 'field-problem' }),
  }));
  const described = (field: RegistrationField, hint = false) =>
    [hint ? `${field}-hint` : '', errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
  const invalid = (field: RegistrationField) => (errors[field] ? 'true' : nothing);
  const value = (event: Event) => (event.target as HTMLInputElement).value;
  return html`<section aria-labelledby="register-title">
    <h3 id="register-title">${host.full ? msg('Join the waiting list') : msg('Register')}</h3>
    ${host.full ? html`<p>${msg('The meeting is full. You will get a seat, in order, if someone cancels or the commune adds seats.')}</p>` : nothing}
    ${host.failure ? html`<div id="failure" class="notice error" tabindex="-1" role="alert">${describeApiError(host.failure)}</div>` : nothing}
    ${renderErrorSummary(host.root, problems)}
    <form part="form" novalidate aria-labelledby="register-title" @submit=${host.submit}>
      <div class="field">
        <label for="name">${label('name')}</label>
        ${renderFieldError('name-error', message('name'))}
        <input id="name" name="name" dir="auto" autocomplete="name" maxlength=${MEETING_NAME_MAX} .value=${draft.name}
          aria-invalid=${invalid('name')} aria-describedby=${described('name')} @input=${(e: Event) => host.edit('name', value(e))} />
      </div>
      <div class="field">
        <label for="contact">${label('contact')}</label>
        <p class="hint" id="contact-hint">${msg('E-mail or phone, if the commune should tell you of a change. Only the commune sees it.')}</p>
        ${renderFieldError('contact-error', message('contact'))}
        <input id="contact" name="contact" class="ltr" dir="ltr" autocomplete="email" maxlength=${MEETING_CONTACT_MAX} .value=${draft.contact}
          aria-invalid=${invalid('contact')} aria-describedby=${described('contact', true)} @input=${(e: Event) => host.edit('contact', value(e))} />
      </div>
      <div class="field">
        <label for="people">${label('people')}</label>
        <p class="hint" id="people-hint">${msg(str`You included, at most ${MEETING_PARTY_MAX}.`)}</p>
        ${renderFieldError('people-error', message('people'))}
        <input id="people" name="people" class="ltr narrow" dir="ltr" inputmode="numeric" autocomplete="off" maxlength="2" .value=${draft.people}
          aria-invalid=${invalid('people')} aria-describedby=${described('people', true)} @input=${(e: Event) => host.edit('people', value(e))} />
      </div>
      <div class="field">
        ${renderFieldError('consent-error', message('consent'))}
        <label class="choice"><input type="checkbox" id="consent" .checked=${draft.consent} aria-invalid=${invalid('consent')}
          aria-describedby=${described('consent')} @change=${(e: Event) => host.edit('consent', (e.target as HTMLInputElement).checked)} />
          <span>${msg('I agree that the commune keeps my name and contact to organise this meeting (law 09-08). They are never published.')}</span></label>
      </div>
      <button class="button" part="submit" type="submit">${host.full ? msg('Join the waiting list') : msg('Register')}</button>
      <p role="status">${host.sending ? msg('Sending…') : nothing}</p>
    </form>
  </section>`;
}
