import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { defineElement } from '@mocharaka/core';
import { AUDIT_ACTIONS, AUDIT_RESOURCE_TYPES, type AuditAction, type AuditQuery, type AuditResourceType } from '@mocharaka/core/contract';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { startOfDay } from '../../shell/dates.js';
import { auditActionLabel, auditResourceLabel } from './audit-labels.js';
import './audit-trail.js';

/** Every staff action of the commune, newest first, filtered by kind of resource, resource, action and dates. */
export class AuditScreen extends ConsoleScreen {
  @state() private filter: AuditQuery = {};

  #apply(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    const to = text('to');
    const filter: AuditQuery = {
      resourceType: text('resourceType') as AuditResourceType | undefined,
      resourceId: text('resourceId'),
      action: text('action') as AuditAction | undefined,
      from: text('from') ? startOfDay(text('from')!) : undefined,
      // "to" is the last day shown: the API's bound excludes it, so ask for the next midnight.
      to: to ? new Date(Date.parse(startOfDay(to) ?? '') + 86_400_000).toISOString() : undefined,
    };
    this.filter = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as AuditQuery;
  }

  protected override render() {
    return html`<section aria-labelledby="filter-title">
        <h2 id="filter-title">${msg('Filter')}</h2>
        <form class="filters" @submit=${this.#apply}>
          <div class="field">
            <label for="resourceType">${msg('Kind')}</label>
            <select id="resourceType" name="resourceType">
              <option value="">${msg('All')}</option>
              ${AUDIT_RESOURCE_TYPES.map((type) => html`<option value=${type}>${auditResourceLabel(type)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="resourceId">${msg('Identifier')}</label>
            <input id="resourceId" name="resourceId" dir="ltr" maxlength="64" />
          </div>
          <div class="field">
            <label for="action">${msg('Action')}</label>
            <select id="action" name="action">
              <option value="">${msg('All')}</option>
              ${AUDIT_ACTIONS.map((action) => html`<option value=${action}>${auditActionLabel(action)}</option>`)}
            </select>
          </div>
          <div class="field"><label for="from">${msg('From')}</label><input id="from" name="from" type="date" /></div>
          <div class="field"><label for="to">${msg('To (included)')}</label><input id="to" name="to" type="date" /></div>
          <div class="field"><button class="button" type="submit">${msg('Show')}</button></div>
        </form>
      </section>
      <section aria-labelledby="entries-title">
        <h2 id="entries-title">${msg('Entries')}</h2>
        <console-audit-trail
          .api=${this.api}
          .session=${this.session}
          .filter=${this.filter}
          label=${msg('Audit trail')}
        ></console-audit-trail>
      </section>`;
  }
}

defineElement('console-audit', AuditScreen);
