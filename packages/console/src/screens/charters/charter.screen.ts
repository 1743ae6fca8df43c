import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ApiError,
  CHARTER_STATUSES,
  ResourceController,
  defineElement,
  focusWhenRendered,
  formatDate,
  formatDateTime,
  formatNumber,
  pickText,
  renderErrorSummary,
  type AdminAdhesion,
  type AdminAdhesionList,
  type Charter,
  type CharterStatus,
  type CharterStatusInput,
  type LocalizedText,
} from '@mocharaka/core';
import type { AuditQuery } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import '../audit/audit-trail.js';
import type { ConsoleAuditTrail } from '../audit/audit-trail.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import { describeStaffError } from '../../shell/staff-messages.js';
import { builderStyles } from '../consultations/builder.styles.js';
import { fromLocalInput, inputField, localizedField, problemsOf, toLocalInput, type FieldErrors } from '../consultations/form-fields.js';
import { compactText, emptyText } from '../consultations/survey-draft.js';
import { charterStatusName } from './charter-labels.js';

interface StatusDraft {
  status: CharterStatus;
  opensAt: string;
  closesAt: string;
  url: string;
  date: string;
  session: LocalizedText;
}

/**
 * One charter for staff: its life cycle (draft, public consultation with its dates,
 * adopted or revised at a dated council session), its versions, the adhesions to
 * moderate, and their export.
 */
export class ConsoleCharter extends ConsoleScreen {
  /** Kept between renders: a new filter object would load the trail again. */
  #auditFilter: AuditQuery = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) this.#auditFilter = { resourceType: 'charter', resourceId: this.params.id };
  }

  #refreshAudit() {
    void this.renderRoot.querySelector<ConsoleAuditTrail>('console-audit-trail')?.refresh();
  }

  #renderAudit() {
    return html`<section aria-labelledby="audit-title">
      <h2 id="audit-title">${msg('Audit trail of this charter')}</h2>
      <console-audit-trail
        .api=${this.api}
        .session=${this.session}
        .filter=${this.#auditFilter}
        label=${msg('Audit trail of this charter')}
      ></console-audit-trail>
    </section>`;
  }

  static override styles = [...ConsoleScreen.styles, builderStyles];

  #charter = new ResourceController(this, {
    args: () => (this.api && this.params.id ? ([this.api, this.params.id] as const) : undefined),
    load: ([api, id]: readonly [StaffApi, string], signal) => api.get<Charter>(`/v1/charters/${encodeURIComponent(id)}`, undefined, signal),
    onLoaded: (charter) => (this.statusDraft = this.#draftOf(charter)),
  });

  #adhesions = new ResourceController(this, {
    args: () => (this.api && this.params.id && this.may('moderator') ? ([this.api, this.params.id] as const) : undefined),
    load: ([api, id]: readonly [StaffApi, string], signal) =>
      api.get<AdminAdhesionList>(`/v1/admin/charters/${encodeURIComponent(id)}/adhesions`, undefined, signal),
  });

  @state() private statusDraft?: StatusDraft;
  @state() private errors: FieldErrors = {};
  @state() private failure?: unknown;
  @state() private busy = false;
  @state() private notice = '';
  @state() private moderationFailure?: unknown;
  /** Moves focus to the element with this id once the screen has rendered what was just changed. */
  #focusLater = (id: string) => void focusWhenRendered(this, `#${CSS.escape(id)}`);

  #draftOf(charter: Charter): StatusDraft {
    const decision = charter.status === 'revised' ? charter.revision : charter.adoption;
    return {
      status: charter.status,
      opensAt: charter.consultation?.opensAt ?? '',
      closesAt: charter.consultation?.closesAt ?? '',
      url: charter.consultation?.url ?? '',
      date: decision?.date ?? '',
      session: decision?.session ?? emptyText(),
    };
  }

  #text(text: LocalizedText) {
    const picked = pickText(text, this.locale);
    return html`<span lang=${picked.lang} dir=${picked.dir}>${picked.text}</span>`;
  }

  protected override render() {
    return renderResource(
      this.#charter,
      (charter) => html`
        ${this.#renderFacts(charter)} ${this.#renderStatus(charter)} ${this.#renderVersions(charter)}
        ${this.may('moderator') ? this.#renderAdhesions(charter) : nothing} ${this.#renderAudit()}
      `,
    );
  }

  #renderFacts(charter: Charter): TemplateResult {
    return html`<section aria-labelledby="facts-title">
      <h2 id="facts-title">${this.#text(charter.title)}</h2>
      <dl class="facts">
        <dt>${msg('Status')}</dt>
        <dd><span class="badge">${charterStatusName(charter.status)}</span></dd>
        <dt>${msg('Current version')}</dt>
        <dd>${formatNumber(this.locale, charter.currentVersion)}</dd>
        ${
          charter.consultation
            ? html`<dt>${msg('Public consultation')}</dt>
                <dd>
                  ${formatDateTime(this.locale, charter.consultation.opensAt)} –
                  ${formatDateTime(this.locale, charter.consultation.closesAt)}
                </dd>`
            : nothing
        }
        ${
          charter.adoption
            ? html`<dt>${msg('Adopted')}</dt>
                <dd>${formatDate(this.locale, charter.adoption.date)} · ${this.#text(charter.adoption.session)}</dd>`
            : nothing
        }
        ${
          charter.revision
            ? html`<dt>${msg('Revised')}</dt>
                <dd>${formatDate(this.locale, charter.revision.date)} · ${this.#text(charter.revision.session)}</dd>`
            : nothing
        }
      </dl>
      ${
        this.may('editor')
          ? html`<div class="actions">
              <a class="button secondary" href=${consoleHref(`/charters/${charter.id}/new-version`)}>${msg('Write a new version')}</a>
            </div>`
          : nothing
      }
    </section>`;
  }

  #renderStatus(charter: Charter): TemplateResult | typeof nothing {
    const draft = this.statusDraft;
    if (!draft) return nothing;
    const errors = this.errors;
    const set = (patch: Partial<StatusDraft>) => (this.statusDraft = { ...draft, ...patch });
    const decisionPath = draft.status === 'revised' ? 'revision' : 'adoption';
    return html`<section aria-labelledby="status-title">
      <h2 id="status-title">${msg('Life cycle')}</h2>
      <form novalidate @submit=${(event: Event) => this.#saveStatus(event, charter)}>
        ${renderErrorSummary(this.renderRoot as ShadowRoot, problemsOf(this.renderRoot, errors))}
        <div class="field">
          <label for="f-status">${msg('Status')}</label>
          <select
            id="f-status"
            data-label=${msg('Status')}
            @change=${(event: Event) => set({ status: (event.target as HTMLSelectElement).value as CharterStatus })}
          >
            ${CHARTER_STATUSES.map((status) => html`<option value=${status} ?selected=${status === draft.status}>${charterStatusName(status)}</option>`)}
          </select>
        </div>
        ${
          draft.status === 'consultation'
            ? html`<fieldset id="f-consultation" tabindex="-1" data-label=${msg('Public consultation')}>
                <legend>${msg('Public consultation')}</legend>
                <div class="row">
                  ${inputField({ path: 'consultation.opensAt', label: msg('Opens on'), type: 'datetime-local', required: true, value: draft.opensAt ? toLocalInput(draft.opensAt) : '', errors, onChange: (value) => set({ opensAt: fromLocalInput(value) }) })}
                  ${inputField({ path: 'consultation.closesAt', label: msg('Closes on'), type: 'datetime-local', required: true, value: draft.closesAt ? toLocalInput(draft.closesAt) : '', errors, onChange: (value) => set({ closesAt: fromLocalInput(value) }) })}
                </div>
                ${inputField({ path: 'consultation.url', label: msg('Where citizens give their opinion (https://…)'), type: 'url', dir: 'ltr', value: draft.url, errors, onChange: (url) => set({ url }) })}
              </fieldset>`
            : nothing
        }
        ${
          draft.status === 'adopted' || draft.status === 'revised'
            ? html`<fieldset id=${`f-${decisionPath}`} tabindex="-1" data-label=${msg('Council decision')}>
                <legend>${draft.status === 'adopted' ? msg('Adopted by the council') : msg('Revision adopted by the council')}</legend>
                ${inputField({ path: `${decisionPath}.date`, label: msg('Date of the council session'), type: 'date', required: true, value: draft.date, errors, onChange: (date) => set({ date }) })}
                ${localizedField({ path: `${decisionPath}.session`, label: msg('Session (e.g. ordinary session of February 2025)'), required: true, value: draft.session, errors, onChange: (session) => set({ session }) })}
              </fieldset>`
            : nothing
        }
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.busy || !this.may('editor')}>${msg('Save the status')}</button>
        </div>
        ${this.notice ? html`<p class="notice success" id="status-notice" tabindex="-1" role="status">${this.notice}</p>` : nothing}
        ${
          this.failure && !Object.keys(errors).length
            ? html`<p class="notice error" id="status-failure" tabindex="-1" role="alert">${describeStaffError(this.failure)}</p>`
            : nothing
        }
      </form>
    </section>`;
  }

  #statusBody(draft: StatusDraft): CharterStatusInput {
    const body: CharterStatusInput = { status: draft.status };
    if (draft.status === 'consultation') {
      body.consultation = { opensAt: draft.opensAt, closesAt: draft.closesAt, ...(draft.url.trim() ? { url: draft.url.trim() } : {}) };
    }
    if (draft.status === 'adopted') body.adoption = { date: draft.date, session: compactText(draft.session) };
    if (draft.status === 'revised') body.revision = { date: draft.date, session: compactText(draft.session) };
    return body;
  }

  async #saveStatus(event: Event, charter: Charter) {
    event.preventDefault();
    if (!this.statusDraft || this.busy) return;
    this.busy = true;
    this.errors = {};
    this.failure = undefined;
    this.notice = '';
    try {
      await this.api.send('POST', `/v1/admin/charters/${encodeURIComponent(charter.id)}/status`, this.#statusBody(this.statusDraft));
      await this.#charter.refresh();
      this.#refreshAudit();
      this.notice = msg('The status is saved.');
      this.#focusLater('status-notice');
    } catch (cause) {
      this.failure = cause;
      this.errors = cause instanceof ApiError ? cause.fields : {};
      this.#focusLater(Object.keys(this.errors).length ? 'error-summary' : 'status-failure');
    } finally {
      this.busy = false;
    }
  }

  #renderVersions(charter: Charter): TemplateResult {
    const n = (value: number) => formatNumber(this.locale, value);
    return html`<section aria-labelledby="versions-title">
      <h2 id="versions-title">${msg('Versions')}</h2>
      <ol class="plain">
        ${[...charter.versions].reverse().map(
          (version) =>
            html`<li class="item">
              <p>
                <strong>${msg(str`Version ${n(version.number)}`)}</strong> · ${formatDate(this.locale, version.publishedAt)}
                ${version.note ? html` · ${this.#text(version.note)}` : nothing}
              </p>
              ${
                version.changes
                  ? html`<p class="hint">
                      ${msg(str`Articles added: ${n(version.changes.added.length)}, changed: ${n(version.changes.changed.length)}, removed: ${n(version.changes.removed.length)}`)}
                    </p>`
                  : nothing
              }
            </li>`,
        )}
      </ol>
    </section>`;
  }

  #renderAdhesions(charter: Charter): TemplateResult {
    return html`<section aria-labelledby="adhesions-title">
      <h2 id="adhesions-title">${msg('Adhesions')}</h2>
      <p class="hint">
        ${msg('Associations’ names are public; citizens’ names and every contact stay with the commune. Hide an adhesion that is abusive or false: it leaves the public list and the counts.')}
      </p>
      <div class="actions">
        <a class="button secondary" download href=${this.api.href(`/v1/admin/charters/${encodeURIComponent(charter.id)}/adhesions.csv`)}
          >${msg('Download the adhesions (CSV)')}</a
        >
      </div>
      ${this.moderationFailure ? html`<p class="notice error" role="alert">${describeStaffError(this.moderationFailure)}</p>` : nothing}
      ${renderResource(this.#adhesions, ({ items }) =>
        items.length === 0
          ? html`<p>${msg('No adhesion yet.')}</p>`
          : html`<div class="table-wrap" role="region" aria-labelledby="adhesions-caption" tabindex="0">
              <table>
                <caption id="adhesions-caption" class="visually-hidden">
                  ${msg('List of the adhesions')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Name')}</th>
                    <th scope="col">${msg('Kind')}</th>
                    <th scope="col">${msg('Contact')}</th>
                    <th scope="col">${msg('Date')}</th>
                    <th scope="col">${msg('Visibility')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${items.map((adhesion) => this.#renderAdhesion(adhesion))}
                </tbody>
              </table>
            </div>`,
      )}
    </section>`;
  }

  #renderAdhesion(adhesion: AdminAdhesion): TemplateResult {
    const id = `adhesion-${adhesion.reference}`;
    return html`<tr>
      <td>
        <bdi>${adhesion.name}</bdi>${
          adhesion.kind === 'association'
            ? html`<div class="muted"><bdi>${adhesion.registrationNumber ?? ''}</bdi> · <bdi>${adhesion.city ?? ''}</bdi></div>`
            : nothing
        }
        <div class="muted ltr">${adhesion.reference}</div>
      </td>
      <td>${adhesion.kind === 'association' ? msg('Association') : msg('Citizen')}</td>
      <td><bdi>${adhesion.contact}</bdi></td>
      <td>${formatDate(this.locale, adhesion.adheredAt)}</td>
      <td>
        ${adhesion.hidden ? html`<span class="badge">${msg('Hidden')}</span> ` : nothing}
        <button
          type="button"
          class="button secondary small"
          id=${id}
          ?disabled=${this.busy}
          @click=${() => this.#setHidden(adhesion, !adhesion.hidden)}
        >
          ${adhesion.hidden ? msg('Show again') : msg('Hide')}<span class="visually-hidden">: <bdi>${adhesion.name}</bdi></span>
        </button>
      </td>
    </tr>`;
  }

  async #setHidden(adhesion: AdminAdhesion, hidden: boolean) {
    this.busy = true;
    this.moderationFailure = undefined;
    try {
      await this.api.send('POST', `/v1/admin/charter-adhesions/${encodeURIComponent(adhesion.reference)}/${hidden ? 'hide' : 'unhide'}`);
      await this.#adhesions.refresh();
      this.#refreshAudit();
    } catch (cause) {
      this.moderationFailure = cause;
    } finally {
      this.busy = false;
    }
    this.requestUpdate();
    this.#focusLater(`adhesion-${adhesion.reference}`);
  }
}

defineElement('console-charter', ConsoleCharter);
