import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ResourceController, defineElement, formatDateTime, type StaffRole } from '@mocharaka/core';
import { STAFF_ROLES, type StaffAccount, type StaffAccountList, type StaffAccountUpdate } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { describeStaffError, roleLabel } from '../../shell/staff-messages.js';
import { AccountCreatedEvent } from './new-account-form.js';
import './new-account-form.js';

/** The commune's staff accounts: create one with its role, change a role, deactivate or reactivate. */
export class StaffAccountsScreen extends ConsoleScreen {
  @state() private announcement = '';
  @state() private rowError?: { id: string; message: string };
  @state() private busyId?: string;

  #accounts = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => api.get<StaffAccountList>('/v1/admin/staff', undefined, signal),
  });

  async #update(account: StaffAccount, change: StaffAccountUpdate, done: string) {
    this.busyId = account.id;
    this.rowError = undefined;
    try {
      await this.api.send<StaffAccount>('PATCH', `/v1/admin/staff/${encodeURIComponent(account.id)}`, change);
      this.announcement = done;
      await this.#accounts.refresh();
    } catch (error) {
      this.rowError = { id: account.id, message: describeStaffError(error) };
    } finally {
      this.busyId = undefined;
    }
  }

  #changeRole(account: StaffAccount, event: Event) {
    event.preventDefault();
    const role = new FormData(event.target as HTMLFormElement).get('role') as StaffRole;
    if (role === account.role) return;
    void this.#update(account, { role }, msg(str`${account.displayName} is now: ${roleLabel(role)}.`));
  }

  async #created(event: AccountCreatedEvent) {
    this.announcement = msg(str`Account created for ${event.account.displayName} (${roleLabel(event.account.role)}).`);
    await this.#accounts.refresh();
  }

  protected override render() {
    return html`<p role="status" class=${this.announcement ? 'notice success' : 'visually-hidden'}>${this.announcement}</p>
      ${renderResource(
        this.#accounts,
        ({ items }) =>
          html`<section aria-labelledby="accounts-title">
            <h2 id="accounts-title">${msg('Accounts')}</h2>
            <div class="table-wrap" role="group" aria-labelledby="accounts-title" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${msg('Name')}</th>
                    <th scope="col">${msg('E-mail address')}</th>
                    <th scope="col">${msg('Role')}</th>
                    <th scope="col">${msg('Last sign-in')}</th>
                    <th scope="col">${msg('Account')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${items.map((account) => this.#renderRow(account))}
                </tbody>
              </table>
            </div>
          </section>`,
      )}
      <section aria-labelledby="new-account-title">
        <h2 id="new-account-title">${msg('New account')}</h2>
        <console-new-account-form .api=${this.api} .session=${this.session} @account-created=${this.#created}></console-new-account-form>
      </section>`;
  }

  #renderRow(account: StaffAccount) {
    const busy = this.busyId === account.id;
    const selectId = `role-${account.id}`;
    return html`<tr>
      <td>
        ${account.displayName}${account.id === this.session?.account.id ? html` <span class="muted">(${msg('you')})</span>` : nothing}
      </td>
      <td><span class="ltr">${account.email}</span></td>
      <td>
        <form class="inline" @submit=${(event: Event) => this.#changeRole(account, event)}>
          <label for=${selectId} class="visually-hidden">${msg(str`Role of ${account.displayName}`)}</label>
          <select id=${selectId} name="role">
            ${STAFF_ROLES.map((role) => html`<option value=${role} ?selected=${role === account.role}>${roleLabel(role)}</option>`)}
          </select>
          <button class="button secondary" type="submit" ?disabled=${busy}>${msg('Change the role')}</button>
        </form>
      </td>
      <td>${account.lastSignInAt ? formatDateTime(this.locale, account.lastSignInAt) : msg('never')}</td>
      <td>
        ${account.active ? msg('Active') : html`<strong>${msg('Deactivated')}</strong>`}
        <button
          class="button secondary"
          ?disabled=${busy}
          @click=${() =>
            this.#update(
              account,
              { active: !account.active },
              account.active
                ? msg(str`${account.displayName} can no longer sign in; their sessions and tokens are ended.`)
                : msg(str`${account.displayName} can sign in again.`),
            )}
        >
          ${account.active ? msg(str`Deactivate ${account.displayName}`) : msg(str`Reactivate ${account.displayName}`)}
        </button>
        ${this.rowError?.id === account.id ? html`<p class="error-text" role="alert">${this.rowError.message}</p>` : nothing}
      </td>
    </tr>`;
  }
}

defineElement('console-staff-accounts', StaffAccountsScreen);
