import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { defineElement, formatNumber, renderErrorSummary, renderFieldError, type FieldProblem, type StaffRole } from '@mocharaka/core';
import {
  STAFF_ROLES,
  DISPLAY_NAME_MAX,
  EMAIL_MAX,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type StaffAccount,
  type StaffAccountInput,
} from '@mocharaka/core/contract';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { problemsOf, roleDescription, roleLabel } from '../../shell/staff-messages.js';

/** Fired after an account was created. */
export class AccountCreatedEvent extends Event {
  static readonly type = 'account-created';
  constructor(readonly account: StaffAccount) {
    super(AccountCreatedEvent.type, { bubbles: true, composed: true });
  }
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An administrator creates a staff account with its role and a first password to hand over. */
export class NewAccountForm extends ConsoleScreen {
  @state() private problems: FieldProblem[] = [];
  @state() private busy = false;

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const input: StaffAccountInput = {
      email: String(data.get('email') ?? '').trim(),
      displayName: String(data.get('displayName') ?? '').trim(),
      role: String(data.get('role') ?? '') as StaffRole,
      password: String(data.get('password') ?? ''),
    };
    const problems: FieldProblem[] = [];
    if (!input.displayName) problems.push({ fieldId: 'new-name', message: msg('Enter the person’s name') });
    if (!EMAIL_PATTERN.test(input.email))
      problems.push({ fieldId: 'new-email', message: msg('Enter an e-mail address such as name@commune.ma') });
    if (!STAFF_ROLES.includes(input.role)) problems.push({ fieldId: 'new-role-editor', message: msg('Choose a role') });
    if (input.password.length < PASSWORD_MIN_LENGTH) {
      problems.push({
        fieldId: 'new-password',
        message: msg(str`The first password must be at least ${formatNumber(this.locale, PASSWORD_MIN_LENGTH)} characters`),
      });
    }
    this.problems = problems;
    if (problems.length) return this.#focusSummary();
    this.busy = true;
    try {
      const account = await this.api.send<StaffAccount>('POST', '/v1/admin/staff', input);
      form.reset();
      this.dispatchEvent(new AccountCreatedEvent(account));
    } catch (error) {
      this.problems = problemsOf(
        error,
        {
          email: { id: 'new-email', label: () => msg('E-mail address') },
          displayName: { id: 'new-name', label: () => msg('Name') },
          role: { id: 'new-role-editor', label: () => msg('Role') },
          password: { id: 'new-password', label: () => msg('First password') },
        },
        'new-email',
      );
      void this.#focusSummary();
    } finally {
      this.busy = false;
    }
  }

  async #focusSummary() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  #error(id: string) {
    return this.problems.find((problem) => problem.fieldId === id)?.message;
  }

  #control(id: string) {
    const error = this.#error(id);
    return { invalid: error ? 'true' : 'false', describedBy: error ? `${id}-error` : nothing, error };
  }

  protected override render() {
    const name = this.#control('new-name');
    const email = this.#control('new-email');
    const password = this.#control('new-password');
    const roleError = this.#error('new-role-editor');
    return html`${renderErrorSummary(this.renderRoot as ShadowRoot, this.problems)}
      <form novalidate @submit=${this.#submit}>
        <div class="columns">
          <div class="field">
            <label for="new-name">${msg('Name')}</label>
            ${renderFieldError('new-name-error', name.error)}
            <input
              id="new-name"
              name="displayName"
              maxlength=${DISPLAY_NAME_MAX}
              autocomplete="off"
              aria-invalid=${name.invalid}
              aria-describedby=${name.describedBy}
            />
          </div>
          <div class="field">
            <label for="new-email">${msg('E-mail address')}</label>
            ${renderFieldError('new-email-error', email.error)}
            <input
              id="new-email"
              name="email"
              type="email"
              dir="ltr"
              maxlength=${EMAIL_MAX}
              autocomplete="off"
              aria-invalid=${email.invalid}
              aria-describedby=${email.describedBy}
            />
          </div>
        </div>
        <fieldset>
          <legend>${msg('Role')}</legend>
          ${renderFieldError('new-role-error', roleError)}
          ${STAFF_ROLES.map(
            (role) =>
              html`<label class="choice">
                <input type="radio" name="role" id="new-role-${role}" value=${role} ?checked=${role === 'editor'} />
                <span><strong>${roleLabel(role)}</strong> — ${roleDescription(role)}</span></label
              >`,
          )}
        </fieldset>
        <div class="field">
          <label for="new-password">${msg('First password')}</label>
          <p class="hint" id="new-password-hint">
            ${msg(str`At least ${formatNumber(this.locale, PASSWORD_MIN_LENGTH)} characters. Hand it over in person; its owner changes it at first sign-in.`)}
          </p>
          ${renderFieldError('new-password-error', password.error)}
          <input
            id="new-password"
            name="password"
            type="text"
            dir="ltr"
            autocomplete="new-password"
            maxlength=${PASSWORD_MAX_LENGTH}
            aria-invalid=${password.invalid}
            aria-describedby="new-password-hint ${password.error ? 'new-password-error' : ''}"
          />
        </div>
        <button class="button" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Saving…') : msg('Create the account')}</button>
      </form>`;
  }
}

defineElement('console-new-account-form', NewAccountForm);
