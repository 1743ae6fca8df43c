import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { ResourceController, defineElement, formatDateTime } from '@mocharaka/core';
import type { AuditEntry, AuditEntryList, AuditQuery } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { describeStaffError } from '../../shell/staff-messages.js';
import { auditActionLabel, auditResourceLabel, auditSummary } from './audit-labels.js';

/**
 * `<console-audit-trail>`: the audit entries matching `filter`, newest first, with
 * "Show older entries" and the CSV export of the same filter. Used by the audit screen
 * and on each resource's page.
 */
export class ConsoleAuditTrail extends ConsoleScreen {
  @property({ attribute: false }) filter: AuditQuery = {};
  /** The table's accessible name. */
  @property() label = '';
  @state() private older: AuditEntry[] = [];
  @state() private olderCursor?: string;
  @state() private loadingOlder = false;
  @state() private olderError?: string;

  #entries = new ResourceController(this, {
    args: () => (this.api ? ([this.api, this.filter] as const) : undefined),
    load: ([api, filter]: readonly [StaffApi, AuditQuery], signal) => {
      this.older = [];
      this.olderCursor = undefined;
      return api.get<AuditEntryList>('/v1/admin/audit', { ...filter }, signal);
    },
  });

  /** Loads the entries again (after the page recorded a change). */
  refresh(): Promise<void> {
    return this.#entries.refresh();
  }

  async #showOlder(cursor: string) {
    this.loadingOlder = true;
    this.olderError = undefined;
    try {
      const page = await this.api.get<AuditEntryList>('/v1/admin/audit', { ...this.filter, cursor });
      this.older = [...this.older, ...page.items];
      this.olderCursor = page.nextCursor;
    } catch (error) {
      this.olderError = describeStaffError(error);
    } finally {
      this.loadingOlder = false;
    }
  }

  protected override render() {
    const { cursor: _cursor, limit: _limit, ...exportFilter } = this.filter;
    return html`${renderResource(this.#entries, (page) => {
      const entries = [...page.items, ...this.older];
      const cursor = this.older.length ? this.olderCursor : page.nextCursor;
      if (entries.length === 0) return html`<p>${msg('Nothing recorded yet.')}</p>`;
      return html`<div class="table-wrap" role="group" aria-label=${this.label || msg('Audit trail')} tabindex="0">
            <table>
              <thead>
                <tr>
                  <th scope="col">${msg('When')}</th>
                  <th scope="col">${msg('Who')}</th>
                  <th scope="col">${msg('Action')}</th>
                  <th scope="col">${msg('On')}</th>
                  <th scope="col">${msg('What changed')}</th>
                </tr>
              </thead>
              <tbody>
                ${entries.map(
                  (entry) =>
                    html`<tr>
                      <td>${formatDateTime(this.locale, entry.at)}</td>
                      <td>
                        ${entry.actor.displayName}${entry.actor.via === 'token' ? html` <span class="muted">(${msg('API token')})</span>` : nothing}
                      </td>
                      <td>${auditActionLabel(entry.action)}</td>
                      <td>${auditResourceLabel(entry.resourceType)} <span class="ltr">${entry.resourceId}</span></td>
                      <td>${auditSummary(entry, this.locale)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>
          ${
            cursor
              ? html`<button class="button secondary" ?disabled=${this.loadingOlder} @click=${() => this.#showOlder(cursor)}>
                  ${this.loadingOlder ? msg('Loading…') : msg('Show older entries')}
                </button>`
              : nothing
          }
          ${this.olderError ? html`<p class="error-text" role="alert">${this.olderError}</p>` : nothing}`;
    })}
      <p>
        <a href=${this.api?.href('/v1/admin/audit.csv', { ...exportFilter }) ?? '#'} download>${msg('Export these entries (CSV)')}</a>
      </p>`;
  }
}

defineElement('console-audit-trail', ConsoleAuditTrail);

declare global {
  interface HTMLElementTagNameMap {
    'console-audit-trail': ConsoleAuditTrail;
  }
}
