import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import {
  ADDRESS_MAX,
  CONTACT_MAX,
  FULL_NAME_MAX,
  NATIONAL_ID_INPUT_MAX,
  describeApiError,
  renderErrorSummary,
  renderFieldError,
  type ApiError,
  type FieldErrorCode,
  type FieldProblem,
  type Petition,
} from '@mocharaka/core';
import { eligibilityLabel } from './petition-messages.js';
import { localizedText, type PetitionContext } from './petition-text.js';
import { SIGNATURE_FIELDS, type SignatureDraft, type SignatureErrors, type SignatureField } from './signature-rules.js';

/** What the signing form reads from, and tells, the petition element. */
export interface SignatureFormContext extends PetitionContext {
  readonly root: ShadowRoot;
  readonly data: Petition;
  readonly draft: SignatureDraft;
  /** Server and local errors, shown once the citizen has tried to submit. */
  readonly errors: SignatureErrors;
  readonly sending: boolean;
  readonly failure?: ApiError;
  /** What to tell the citizen about a field's error (signature-errors.ts once downloaded). */
  message(field: SignatureField, code: FieldErrorCode): string;
  /** The focus entered the form: time to fetch what a submit may need. */
  prepare(): void;
  edit(field: Exclude<SignatureField, 'consent'>, event: Event): void;
  toggleConsent(event: Event): void;
  submit(event: SubmitEvent): void;
}

/** The id of the control a field's error links to from the error summary. */
function fieldId(field: SignatureField, data: Petition): string {
  switch (field) {
    case 'fullName':
      return 'full-name';
    case 'nationalId':
      return 'national-id';
    case 'eligibility':
      return `eligibility-${data.eligibility[0] ?? 'resident'}`;
    default:
      return field;
  }
}

/**
 * The signing form, asking exactly what the law asks of a signatory. GOV.UK error
 * pattern: a summary linking to the fields, each field's message tied to it by
 * aria-describedby.
 */
export function renderSignatureForm(ctx: SignatureFormContext) {
  const { data, draft, errors } = ctx;
  const error = (field: SignatureField) => {
    const code = errors[field];
    return code ? ctx.message(field, code) : undefined;
  };
  const problems: FieldProblem[] = SIGNATURE_FIELDS.filter((field) => errors[field]).map((field) => ({
    fieldId: fieldId(field, data),
    message: error(field)!,
  }));
  const describedBy = (field: string, hint: boolean) =>
    [hint ? `${field}-hint` : '', errors[field as SignatureField] ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
  const invalid = (field: SignatureField) => (errors[field] ? 'true' : nothing);
  const controller = data.dataController;
  return html`<h3 id="sign-title">${msg('Sign this petition')}</h3>
    <p class="hint">${msg('The law asks each signatory for these details, and nothing more. Fields are required unless marked optional.')}</p>
    ${ctx.failure ? html`<div class="notice error" id="failure" tabindex="-1" role="alert">${describeApiError(ctx.failure)}</div>` : nothing}
    ${renderErrorSummary(ctx.root, problems)}
    <form part="form" novalidate aria-labelledby="sign-title" @submit=${ctx.submit} @focusin=${ctx.prepare}>
      <div class="field">
        <label for="full-name">${msg('Full name')}</label>
        ${renderFieldError('fullName-error', error('fullName'))}
        <input id="full-name" name="fullName" autocomplete="name" dir="auto" maxlength=${FULL_NAME_MAX} .value=${draft.fullName}
          aria-invalid=${invalid('fullName')} aria-describedby=${describedBy('fullName', false)}
          @input=${(event: Event) => ctx.edit('fullName', event)} />
      </div>
      <div class="field">
        <label for="national-id">${msg('National ID card number (CNIE)')}</label>
        <p class="hint" id="nationalId-hint">${msg(html`As written on your card, for example <span class="ltr" dir="ltr">AB123456</span>.`)}</p>
        ${renderFieldError('nationalId-error', error('nationalId'))}
        <input id="national-id" name="nationalId" class="ltr id-number" dir="ltr" autocomplete="off" inputmode="text"
          autocapitalize="characters" spellcheck="false" maxlength=${NATIONAL_ID_INPUT_MAX} .value=${draft.nationalId}
          aria-invalid=${invalid('nationalId')} aria-describedby=${describedBy('nationalId', true)}
          @input=${(event: Event) => ctx.edit('nationalId', event)} />
      </div>
      <div class="field">
        <label for="address">${msg('Address in the commune')}</label>
        <p class="hint" id="address-hint">${msg('Where you live, or where you have your activity, in the commune.')}</p>
        ${renderFieldError('address-error', error('address'))}
        <textarea id="address" name="address" rows="2" autocomplete="street-address" dir="auto" maxlength=${ADDRESS_MAX} .value=${draft.address}
          aria-invalid=${invalid('address')} aria-describedby=${describedBy('address', true)}
          @input=${(event: Event) => ctx.edit('address', event)}></textarea>
      </div>
      <fieldset class="field" aria-describedby=${describedBy('eligibility', true)}>
        <legend>${msg('Your link to the commune')}</legend>
        <p class="hint" id="eligibility-hint">${msg('A petition can be signed by residents of the commune and by people with an activity in it.')}</p>
        ${renderFieldError('eligibility-error', error('eligibility'))}
        ${data.eligibility.map(
          (basis) => html`<label class="choice">
            <input type="radio" name="eligibility" id="eligibility-${basis}" value=${basis} .checked=${draft.eligibility === basis}
              aria-invalid=${invalid('eligibility')} @change=${(event: Event) => ctx.edit('eligibility', event)} />
            <span>${eligibilityLabel(basis)}</span>
          </label>`,
        )}
      </fieldset>
      <div class="field">
        ${renderFieldError('consent-error', error('consent'))}
        <label class="choice">
          <input type="checkbox" id="consent" name="consent" .checked=${draft.consent}
            aria-invalid=${invalid('consent')} aria-describedby=${['controller', describedBy('consent', true)].filter((id) => id !== nothing).join(' ')}
            @change=${ctx.toggleConsent} />
          <span>${msg('I agree that the data controller named below processes my personal data to record and check this signature and to deposit the petition, under law 09-08 on the protection of personal data.')}</span>
        </label>
        <p class="hint" id="controller">${msg(html`Data controller: ${localizedText(ctx, controller.name)}.`)}</p>
        <p class="hint" id="consent-hint">${msg(html`Your data is stored encrypted and used only for this petition. To access, correct or oppose it, contact ${html`<bdi class="ltr" dir="ltr">${controller.contact}</bdi>`}.`)}</p>
      </div>
      <div class="field">
        <label for="contact">${msg('E-mail or phone for news of the petition (optional)')}</label>
        <p class="hint" id="contact-hint">${msg('Only if you want to be told when the petition moves on.')}</p>
        ${renderFieldError('contact-error', error('contact'))}
        <input id="contact" name="contact" class="ltr" dir="ltr" autocomplete="email" maxlength=${CONTACT_MAX} .value=${draft.contact}
          aria-invalid=${invalid('contact')} aria-describedby=${describedBy('contact', true)}
          @input=${(event: Event) => ctx.edit('contact', event)} />
      </div>
      <button class="button" type="submit" part="submit" aria-describedby="sending">${msg('Sign the petition')}</button>
      <p id="sending" role="status" class="sending">${ctx.sending ? msg('Sending your signature…') : nothing}</p>
    </form>`;
}
