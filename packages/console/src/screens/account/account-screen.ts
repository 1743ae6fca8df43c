import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { defineElement, formatDateTime, formatNumber, renderErrorSummary, renderFieldError, type FieldProblem } from '@mocharaka/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordChangeInput } from '@mocharaka/core/contract';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { describeStaffError, problemsOf, roleLabel } from '../../shell/staff-messages.js';

/** The signed-in person's account: a new password, and signing out on every device. */
export class AccountScreen extends ConsoleScreen {
  @state() private problems: FieldProblem[] = [];
  @state() private busy = false;
  @state() private announcement = '';
  @state() private everywhereError?: string;

  async #changePassword(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const input: PasswordChangeInput = { currentPassword: String(data.get('current') ?? ''), newPassword: String(data.get('new') ?? '') };
    const repeat = String(data.get('repeat') ?? '');
    const problems: FieldProblem[] = [];
    if (!input.currentPassword) problems.push({ fieldId: 'current', message: msg('Enter your current password') });
    if (input.newPassword.length < PASSWORD_MIN_LENGTH) {
      problems.push({
        fieldId: 'new',
        message: msg(str`The new password must be at least ${formatNumber(this.locale, PASSWORD_MIN_LENGTH)} characters`),
      });
    } else if (repeat !== input.newPassword) problems.push({ fieldId: 'repeat', message: msg('The two new passwords are not the same') });
    this.problems = problems;
    if (problems.length) return this.#focusSummary();
    this.busy = true;
    try {
      await this.api.send('POST', '/v1/admin/session/password', input);
      form.reset();
      this.announcement = msg('Your password is changed. Your other sessions are ended.');
    } catch (error) {
      const code = (error as { code?: string }).code;
      this.problems =
        code === 'invalid_credentials'
          ? [{ fieldId: 'current', message: msg('Your current password is not right') }]
          : problemsOf(
              error,
              {
                currentPassword: { id: 'current', label: () => msg('Current password') },
                newPassword: { id: 'new', label: () => msg('New password') },
              },
              'current',
            );
      void this.#focusSummary();
    } finally {
      this.busy = false;
    }
  }

  async #signOutEverywhere() {
    this.everywhereError = undefined;
    try {
      await this.api.send('DELETE', '/v1/admin/sessions');
      this.sessionChanged();
    } catch (error) {
      this.everywhereError = describeStaffError(error);
    }
  }

  async #focusSummary() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  #control(id: string) {
    const error = this.problems.find((problem) => problem.fieldId === id)?.message;
    return { error, invalid: error ? 'true' : 'false', describedBy: error ? `${id}-error` : nothing };
  }

  protected override render() {
    const account = this.session?.account;
    const current = this.#control('current');
    const next = this.#control('new');
    const repeat = this.#control('repeat');
    return html`<p role="status" class=${this.announcement ? 'notice success' : 'visually-hidden'}>${this.announcement}</p>
      ${
        account
          ? html`<section aria-labelledby="who-title">
              <h2 id="who-title">${account.displayName}</h2>
              <dl class="facts">
                <dt>${msg('E-mail address')}</dt>
                <dd><span class="ltr">${account.email}</span></dd>
                <dt>${msg('Role')}</dt>
                <dd>${roleLabel(account.role)}</dd>
                ${
                  this.session?.expiresAt
                    ? html`<dt>${msg('This session ends at the latest')}</dt>
                        <dd>${formatDateTime(this.locale, this.session.expiresAt)}</dd>`
                    : nothing
                }
              </dl>
            </section>`
          : nothing
      }
      <section aria-labelledby="password-title">
        <h2 id="password-title">${msg('Change your password')}</h2>
        ${renderErrorSummary(this.renderRoot as ShadowRoot, this.problems)}
        <form novalidate @submit=${this.#changePassword}>
          <input type="text" name="username" autocomplete="username" .value=${account?.email ?? ''} hidden />
          <div class="field">
            <label for="current">${msg('Current password')}</label>
            ${renderFieldError('current-error', current.error)}
            <input
              id="current"
              name="current"
              type="password"
              dir="ltr"
              autocomplete="current-password"
              maxlength=${PASSWORD_MAX_LENGTH}
              aria-invalid=${current.invalid}
              aria-describedby=${current.describedBy}
            />
          </div>
          <div class="field">
            <label for="new">${msg('New password')}</label>
            <p class="hint" id="new-hint">
              ${msg(str`At least ${formatNumber(this.locale, PASSWORD_MIN_LENGTH)} characters. A few unrelated words are easy to remember and hard to guess.`)}
            </p>
            ${renderFieldError('new-error', next.error)}
            <input
              id="new"
              name="new"
              type="password"
              dir="ltr"
              autocomplete="new-password"
              maxlength=${PASSWORD_MAX_LENGTH}
              aria-invalid=${next.invalid}
              aria-describedby="new-hint ${next.error ? 'new-error' : ''}"
            />
          </div>
          <div class="field">
            <label for="repeat">${msg('New password again')}</label>
            ${renderFieldError('repeat-error', repeat.error)}
            <input
              id="repeat"
              name="repeat"
              type="password"
              dir="ltr"
              autocomplete="new-password"
              maxlength=${PASSWORD_MAX_LENGTH}
              aria-invalid=${repeat.invalid}
              aria-describedby=${repeat.describedBy}
            />
          </div>
          <button class="button" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Saving…') : msg('Change the password')}</button>
        </form>
      </section>
      <section aria-labelledby="everywhere-title">
        <h2 id="everywhere-title">${msg('Sign out everywhere')}</h2>
        <p>${msg('Ends every session of your account, on this computer and any other (a phone, a shared office computer).')}</p>
        ${this.everywhereError ? html`<p class="error-text" role="alert">${this.everywhereError}</p>` : nothing}
        <button class="button secondary" @click=${this.#signOutEverywhere}>${msg('Sign out everywhere')}</button>
      </section>`;
  }
}

defineElement('console-account', AccountScreen);
