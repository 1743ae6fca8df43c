import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ApiError,
  MEETING_LINK_KINDS,
  ResourceController,
  defineElement,
  formatDateTime,
  formatNumber,
  pickText,
  renderErrorSummary,
  type AdminMeeting,
  type AdminRegistration,
  type AdminRegistrationList,
  type MeetingLinkKind,
  type MeetingMinutesInput,
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
import { inputField, localizedField, problemsOf, type FieldErrors } from '../consultations/form-fields.js';
import { registrationStatusName } from './meeting-labels.js';

type MinutesDraft = MeetingMinutesInput;

const emptyMinutes = (): MinutesDraft => ({ summary: { ar: '' }, points: [], decisions: [], links: [], published: false });

function kindName(kind: MeetingLinkKind): string {
  switch (kind) {
    case 'petition':
      return msg('Petition');
    case 'consultation':
      return msg('Consultation');
    default:
      return msg('Suggestion');
  }
}

/**
 * One meeting for staff: the attendance list (names and contacts, opened by the server)
 * with who came, its CSV export, and the minutes and decisions with their links,
 * saved as a draft or published.
 */
export class ConsoleMeeting extends ConsoleScreen {
  static override styles = [...ConsoleScreen.styles, builderStyles];

  @state() private minutes: MinutesDraft = emptyMinutes();
  @state() private errors: FieldErrors = {};
  @state() private failure?: unknown;
  @state() private notice = '';
  @state() private saving = false;
  @state() private attendanceFailure?: unknown;
  #auditFilter: AuditQuery = {};

  #meeting = new ResourceController(this, {
    args: () => (this.api && this.params.id ? ([this.api, this.params.id] as const) : undefined),
    load: ([api, id]: readonly [StaffApi, string], signal) =>
      api.get<AdminMeeting>(`/v1/admin/meetings/${encodeURIComponent(id)}`, undefined, signal),
    onLoaded: (meeting: AdminMeeting) => {
      this.minutes = meeting.minutesDraft ? structuredClone(meeting.minutesDraft) : emptyMinutes();
    },
  });

  #registrations = new ResourceController(this, {
    args: () => (this.api && this.params.id && this.may('editor', 'moderator') ? ([this.api, this.params.id] as const) : undefined),
    load: ([api, id]: readonly [StaffApi, string], signal) =>
      api.get<AdminRegistrationList>(`/v1/admin/meetings/${encodeURIComponent(id)}/registrations`, undefined, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) this.#auditFilter = { resourceType: 'meeting', resourceId: this.params.id };
  }

  get #path() {
    return `/v1/admin/meetings/${encodeURIComponent(this.params.id ?? '')}`;
  }

  async #markAttendance(registration: AdminRegistration, attended: boolean) {
    this.attendanceFailure = undefined;
    try {
      await this.api.send('POST', `${this.#path}/attendance`, { reference: registration.reference, attended });
      await this.#registrations.refresh();
      this.#refreshAudit();
    } catch (error) {
      this.attendanceFailure = error;
    }
  }

  async #saveMinutes(event: SubmitEvent, published: boolean) {
    event.preventDefault();
    if (this.saving) return;
    this.saving = true;
    this.errors = {};
    this.failure = undefined;
    this.notice = '';
    try {
      await this.api.send('POST', `${this.#path}/minutes`, { ...this.minutes, published });
      this.notice = published ? msg('The minutes are published.') : msg('The minutes are saved as a draft.');
      await this.#meeting.refresh();
      this.#refreshAudit();
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && Object.keys(error.fields).length > 0)
        this.errors = error.fields as FieldErrors;
      else this.failure = error;
    } finally {
      this.saving = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary, #minutes-failure, #minutes-notice')?.focus();
  }

  #refreshAudit() {
    void this.renderRoot.querySelector<ConsoleAuditTrail>('console-audit-trail')?.refresh();
  }

  #set(patch: Partial<MinutesDraft>) {
    this.minutes = { ...this.minutes, ...patch };
  }

  protected override render() {
    return renderResource(this.#meeting, (meeting) => {
      const title = pickText(meeting.title, this.locale);
      return html`<h2 lang=${title.lang} dir=${title.dir}>${title.text}</h2>
        <p>
          <time datetime=${meeting.startsAt}>${formatDateTime(this.locale, meeting.startsAt)}</time> ·
          ${msg(str`Seats taken: ${formatNumber(this.locale, meeting.seats.taken)} of ${formatNumber(this.locale, meeting.seats.capacity)}, waiting list: ${formatNumber(this.locale, meeting.seats.waiting)}`)}
        </p>
        ${this.may('editor') ? html`<div class="actions"><a class="button secondary" href=${consoleHref(`/meetings/${meeting.id}/edit`)}>${msg('Edit the meeting')}</a></div>` : nothing}
        ${this.may('editor', 'moderator') ? this.#renderAttendance(meeting) : nothing}
        ${this.may('editor') ? this.#renderMinutesForm() : nothing}
        <section aria-labelledby="audit-title">
          <h3 id="audit-title">${msg('Audit trail of this meeting')}</h3>
          <console-audit-trail .api=${this.api} .session=${this.session} .filter=${this.#auditFilter} label=${msg('Audit trail of this meeting')}></console-audit-trail>
        </section>`;
    });
  }

  #renderAttendance(meeting: AdminMeeting) {
    return html`<section aria-labelledby="attendance-title">
      <h3 id="attendance-title">${msg('Attendance list')}</h3>
      <div class="actions">
        <a class="button secondary" download href=${this.api.href(`${this.#path}/registrations.csv`, { lang: 'ar' })}>${msg('Export (CSV, Arabic)')}</a>
        <a class="button secondary" download href=${this.api.href(`${this.#path}/registrations.csv`, { lang: 'fr' })}>${msg('Export (CSV, French)')}</a>
      </div>
      ${this.attendanceFailure ? html`<p class="notice error" role="alert">${describeStaffError(this.attendanceFailure)}</p>` : nothing}
      ${renderResource(this.#registrations, ({ items }) =>
        items.length === 0
          ? html`<p>${msg('Nobody has registered yet.')}</p>`
          : html`<div class="table-wrap" role="region" aria-labelledby="attendance-caption" tabindex="0">
              <table>
                <caption id="attendance-caption" class="visually-hidden">${msg('Registrations')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Name')}</th>
                    <th scope="col">${msg('Contact')}</th>
                    <th scope="col" class="number">${msg('People')}</th>
                    <th scope="col">${msg('Status')}</th>
                    <th scope="col">${msg('Attended')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${items.map(
                    (registration) => html`<tr>
                      <td><bdi>${registration.name}</bdi><div class="muted ltr">${registration.reference}</div></td>
                      <td class="ltr">${registration.contact ?? ''}</td>
                      <td class="number">${formatNumber(this.locale, registration.people)}</td>
                      <td>${registrationStatusName(registration.status)}</td>
                      <td>
                        <input type="checkbox" id="attended-${registration.reference}" .checked=${registration.attended}
                          ?disabled=${registration.status === 'cancelled' || Date.parse(meeting.startsAt) > Date.now()}
                          aria-label=${msg(str`${registration.name} attended`)}
                          @change=${(event: Event) => void this.#markAttendance(registration, (event.target as HTMLInputElement).checked)} />
                      </td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`,
      )}
    </section>`;
  }

  #renderMinutesForm() {
    const m = this.minutes;
    const errors = this.errors;
    const replace = <K extends 'points' | 'decisions' | 'links'>(key: K, index: number, value: MinutesDraft[K][number]) =>
      this.#set({ [key]: m[key].map((item, i) => (i === index ? value : item)) } as Partial<MinutesDraft>);
    const remove = (key: 'points' | 'decisions' | 'links', index: number) =>
      this.#set({ [key]: m[key].filter((_, i) => i !== index) } as Partial<MinutesDraft>);
    return html`<section aria-labelledby="minutes-title">
      <h3 id="minutes-title">${msg('Minutes and decisions')}</h3>
      ${renderErrorSummary(this.renderRoot as ShadowRoot, problemsOf(this.renderRoot, errors))}
      ${this.notice ? html`<p class="notice success" id="minutes-notice" tabindex="-1" role="status">${this.notice}</p>` : nothing}
      ${this.failure ? html`<p class="notice error" id="minutes-failure" tabindex="-1" role="alert">${describeStaffError(this.failure)}</p>` : nothing}
      <form novalidate @submit=${(event: SubmitEvent) => void this.#saveMinutes(event, true)}>
        ${localizedField({ path: 'summary', label: msg('Summary'), errors, required: true, multiline: true, value: m.summary, onChange: (summary) => this.#set({ summary }) })}
        <h4>${msg('Points discussed')}</h4>
        ${m.points.map(
          (point, index) => html`${localizedField({
            path: `points.${index}.title`,
            label: msg(str`Point ${index + 1}`),
            errors,
            required: true,
            value: point.title,
            onChange: (title) => replace('points', index, { ...point, title }),
          })}
            <button type="button" class="button secondary" @click=${() => remove('points', index)}>${msg(str`Remove point ${index + 1}`)}</button>`,
        )}
        <button type="button" class="button secondary" id="add-point" @click=${() => this.#set({ points: [...m.points, { title: { ar: '' } }] })}>${msg('Add a point')}</button>
        <h4>${msg('Decisions')}</h4>
        ${m.decisions.map(
          (decision, index) => html`${localizedField({
            path: `decisions.${index}.text`,
            label: msg(str`Decision ${index + 1}`),
            errors,
            required: true,
            value: decision.text,
            onChange: (text) => replace('decisions', index, { ...decision, text }),
          })}
            ${inputField({
              path: `decisions.${index}.dueDate`,
              label: msg(str`Due date of decision ${index + 1}`),
              type: 'date',
              errors,
              value: decision.dueDate ?? '',
              onChange: (dueDate) => {
                const { dueDate: _old, ...rest } = decision;
                replace('decisions', index, dueDate ? { ...rest, dueDate } : rest);
              },
            })}
            <button type="button" class="button secondary" @click=${() => remove('decisions', index)}>${msg(str`Remove decision ${index + 1}`)}</button>`,
        )}
        <button type="button" class="button secondary" id="add-decision" @click=${() => this.#set({ decisions: [...m.decisions, { text: { ar: '' } }] })}>${msg('Add a decision')}</button>
        <h4>${msg('Related petitions, consultations and suggestions')}</h4>
        ${m.links.map(
          (link, index) => html`<div class="field">
            <label for="link-kind-${index}">${msg(str`Kind of link ${index + 1}`)}</label>
            <select id="link-kind-${index}" @change=${(event: Event) => replace('links', index, { ...link, kind: (event.target as HTMLSelectElement).value as MeetingLinkKind })}>
              ${MEETING_LINK_KINDS.map((kind) => html`<option value=${kind} ?selected=${link.kind === kind}>${kindName(kind)}</option>`)}
            </select>
          </div>
          ${inputField({
            path: `links.${index}.id`,
            label: msg(str`Identifier of link ${index + 1}`),
            dir: 'ltr',
            errors,
            required: true,
            value: link.id,
            onChange: (id) => replace('links', index, { ...link, id }),
          })}
          <button type="button" class="button secondary" @click=${() => remove('links', index)}>${msg(str`Remove link ${index + 1}`)}</button>`,
        )}
        <button type="button" class="button secondary" id="add-link" @click=${() => this.#set({ links: [...m.links, { kind: 'petition', id: '' }] })}>${msg('Add a link')}</button>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.saving}>${msg('Publish the minutes')}</button>
          <button class="button secondary" type="button" id="save-draft" ?disabled=${this.saving}
            @click=${(event: Event) => void this.#saveMinutes(event as SubmitEvent, false)}>${msg('Save as draft')}</button>
        </div>
      </form>
    </section>`;
  }
}

defineElement('console-meeting', ConsoleMeeting);
