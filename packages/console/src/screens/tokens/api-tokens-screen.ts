import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ResourceController,
  defineElement,
  formatDate,
  formatDateTime,
  formatNumber,
  renderErrorSummary,
  renderFieldError,
  type FieldProblem,
  readTypedNumber,
} from '@mocharaka/core';
import {
  API_TOKEN_MAX_DAYS,
  TOKEN_NAME_MAX,
  type ApiToken,
  type ApiTokenInput,
  type ApiTokenList,
  type CreatedApiToken,
} from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { describeStaffError, problemsOf } from '../../shell/staff-messages.js';

/**
 * Personal API tokens for automation (a script that exports results every night): a new
 * token's secret is shown once, here, with a copy button; tokens can be revoked.
 */
export class ApiTokensScreen extends ConsoleScreen {
  @state() private created?: CreatedApiToken;
  @state() private problems: FieldProblem[] = [];
  @state() private busy = false;
  @state() private announcement = '';
  @state() private revokeError?: string;

  #tokens = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => api.get<ApiTokenList>('/v1/admin/tokens', undefined, signal),
  });

  async #create(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const daysText = String(data.get('days') ?? '').trim();
    const problems: FieldProblem[] = [];
    if (!name) problems.push({ fieldId: 'token-name', message: msg('Name the token after what uses it, e.g. nightly export') });
    const days = readTypedNumber(daysText);
    if (daysText && (!Number.isInteger(days) || days < 1 || days > API_TOKEN_MAX_DAYS)) {
      problems.push({
        fieldId: 'token-days',
        message: msg(str`The lifetime must be a whole number of days from 1 to ${formatNumber(this.locale, API_TOKEN_MAX_DAYS)}`),
      });
    }
    this.problems = problems;
    if (problems.length) return this.#focus('#error-summary');
    const input: ApiTokenInput = daysText ? { name, expiresInDays: days } : { name };
    this.busy = true;
    try {
      this.created = await this.api.send<CreatedApiToken>('POST', '/v1/admin/tokens', input);
      form.reset();
      await this.#tokens.refresh();
      void this.#focus('#created-token');
    } catch (error) {
      this.problems = problemsOf(
        error,
        { name: { id: 'token-name', label: () => msg('Name') }, expiresInDays: { id: 'token-days', label: () => msg('Lifetime in days') } },
        'token-name',
      );
      void this.#focus('#error-summary');
    } finally {
      this.busy = false;
    }
  }

  async #revoke(token: ApiToken) {
    this.revokeError = undefined;
    try {
      await this.api.send('DELETE', `/v1/admin/tokens/${encodeURIComponent(token.id)}`);
      if (this.created?.token.id === token.id) this.created = undefined;
      this.announcement = msg(str`Token “${token.name}” revoked: it no longer works.`);
      await this.#tokens.refresh();
    } catch (error) {
      this.revokeError = describeStaffError(error);
    }
  }

  async #copy(secret: string) {
    try {
      await navigator.clipboard.writeText(secret);
      this.announcement = msg('Copied.');
    } catch {
      this.announcement = msg('Copying is not allowed here: select the token and copy it by hand.');
    }
  }

  async #focus(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected override render() {
    const nameError = this.problems.find((problem) => problem.fieldId === 'token-name')?.message;
    const daysError = this.problems.find((problem) => problem.fieldId === 'token-days')?.message;
    return html`<p role="status" class=${this.announcement ? 'notice success' : 'visually-hidden'}>${this.announcement}</p>
      <p>
        ${msg('A token lets a program call the API with your role, without your password: send it as “Authorization: Bearer …”. Revoke it when the program no longer needs it.')}
      </p>
      ${
        this.created
          ? html`<div class="notice" id="created-token" tabindex="-1" aria-labelledby="created-title">
              <h2 id="created-title">${msg(str`Token “${this.created.token.name}” created`)}</h2>
              <p><strong>${msg('Copy it now: it will not be shown again.')}</strong></p>
              <pre><code id="token-secret">${this.created.secret}</code></pre>
              <div class="actions">
                <button class="button" @click=${() => this.#copy(this.created!.secret)}>${msg('Copy the token')}</button>
                <button class="button secondary" @click=${() => (this.created = undefined)}>${msg('I have kept it')}</button>
              </div>
            </div>`
          : nothing
      }
      <section aria-labelledby="tokens-title">
        <h2 id="tokens-title">${msg('Your tokens')}</h2>
        ${this.revokeError ? html`<p class="error-text" role="alert">${this.revokeError}</p>` : nothing}
        ${renderResource(this.#tokens, ({ items }) =>
          items.length === 0
            ? html`<p>${msg('You have no token.')}</p>`
            : html`<div class="table-wrap" role="group" aria-labelledby="tokens-title" tabindex="0">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${msg('Name')}</th>
                      <th scope="col">${msg('Starts with')}</th>
                      <th scope="col">${msg('Created')}</th>
                      <th scope="col">${msg('Expires')}</th>
                      <th scope="col">${msg('Last used')}</th>
                      <th scope="col"><span class="visually-hidden">${msg('Actions')}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    ${items.map(
                      (token) =>
                        html`<tr>
                          <td>${token.name}</td>
                          <td class="ltr"><code>${token.prefix}…</code></td>
                          <td>${formatDate(this.locale, token.createdAt)}</td>
                          <td>${token.expiresAt ? formatDate(this.locale, token.expiresAt) : msg('when revoked')}</td>
                          <td>${token.lastUsedAt ? formatDateTime(this.locale, token.lastUsedAt) : msg('never')}</td>
                          <td>
                            <button class="button secondary" @click=${() => this.#revoke(token)}>
                              ${msg(str`Revoke “${token.name}”`)}
                            </button>
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`,
        )}
      </section>
      <section aria-labelledby="new-token-title">
        <h2 id="new-token-title">${msg('New token')}</h2>
        ${renderErrorSummary(this.renderRoot as ShadowRoot, this.problems)}
        <form novalidate @submit=${this.#create}>
          <div class="field">
            <label for="token-name">${msg('Name')}</label>
            ${renderFieldError('token-name-error', nameError)}
            <input
              id="token-name"
              name="name"
              maxlength=${TOKEN_NAME_MAX}
              autocomplete="off"
              aria-invalid=${nameError ? 'true' : 'false'}
              aria-describedby=${nameError ? 'token-name-error' : nothing}
            />
          </div>
          <div class="field">
            <label for="token-days">${msg('Lifetime in days (optional)')}</label>
            <p class="hint" id="token-days-hint">${msg('Empty: the token works until you revoke it.')}</p>
            ${renderFieldError('token-days-error', daysError)}
            <input
              id="token-days"
              name="days"
              inputmode="numeric"
              dir="ltr"
              aria-invalid=${daysError ? 'true' : 'false'}
              aria-describedby="token-days-hint ${daysError ? 'token-days-error' : ''}"
            />
          </div>
          <button class="button" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Saving…') : msg('Create the token')}</button>
        </form>
      </section>`;
  }
}

defineElement('console-api-tokens', ApiTokensScreen);
