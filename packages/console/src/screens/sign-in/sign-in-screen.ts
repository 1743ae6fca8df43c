import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { defineElement, renderErrorSummary, type FieldProblem } from '@mocharaka/core';
import { EMAIL_MAX, PASSWORD_MAX_LENGTH, type SignInInput, type StaffSession } from '@mocharaka/core/contract';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { describeStaffError } from '../../shell/staff-messages.js';

/**
 * Sign-in with e-mail and password. A refusal says the same thing whether the address
 * is unknown or the password wrong, as the server does; a rate limit says when to try again.
 */
export class SignInScreen extends ConsoleScreen {
  @state() private problems: FieldProblem[] = [];
  @state() private busy = false;

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const input: SignInInput = { email: String(data.get('email') ?? '').trim(), password: String(data.get('password') ?? '') };
    const problems: FieldProblem[] = [];
    if (!input.email) problems.push({ fieldId: 'email', message: msg('Enter your e-mail address') });
    if (!input.password) problems.push({ fieldId: 'password', message: msg('Enter your password') });
    this.problems = problems;
    if (problems.length) return this.#focusSummary();
    this.busy = true;
    try {
      await this.api.send<StaffSession>('POST', '/v1/admin/session', input);
      this.sessionChanged();
    } catch (error) {
      this.problems = [{ fieldId: 'email', message: this.#refusal(error) }];
      (form.elements.namedItem('password') as HTMLInputElement).value = '';
      void this.#focusSummary();
    } finally {
      this.busy = false;
    }
  }

  #refusal(error: unknown): string {
    const code = (error as { code?: string }).code;
    if (code === 'invalid_credentials') return msg('The e-mail address or the password is not right.');
    if (code === 'too_many_attempts') return msg('Too many sign-in attempts. Wait a few minutes before trying again.');
    return describeStaffError(error);
  }

  async #focusSummary() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  #invalid(id: string) {
    return this.problems.some((problem) => problem.fieldId === id) ? 'true' : 'false';
  }

  protected override render() {
    return html`<section>
      ${renderErrorSummary(this.renderRoot as ShadowRoot, this.problems)}
      <form novalidate @submit=${this.#submit}>
        <div class="field">
          <label for="email">${msg('E-mail address')}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            dir="ltr"
            maxlength=${EMAIL_MAX}
            required
            aria-invalid=${this.#invalid('email')}
          />
        </div>
        <div class="field">
          <label for="password">${msg('Password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            dir="ltr"
            maxlength=${PASSWORD_MAX_LENGTH}
            required
            aria-invalid=${this.#invalid('password')}
          />
        </div>
        <button class="button" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Signing in…') : msg('Sign in')}</button>
      </form>
      <p class="hint">${msg('Forgot your password? Ask an administrator of your commune to set a new one.')}</p>
    </section>`;
  }
}

defineElement('console-sign-in', SignInScreen);
