import { msg, str } from '@lit/localize';
import {
  ResourceController,
  SUGGESTION_CODE_PATTERN,
  defineElement,
  formatDateTime,
  formatNumber,
  normalizeSuggestionCode,
  pickText,
  type SuggestionBox,
} from '@mocharaka/core';
import type { AdminSuggestionDetail, AuditQuery, SuggestionAnswerInput } from '@mocharaka/core/contract';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { StaffApi } from '../../api/staff-api.js';
import '../audit/audit-trail.js';
import type { ConsoleAuditTrail } from '../audit/audit-trail.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import { describeStaffError } from '../../shell/staff-messages.js';
import { listLabel, suggestionKindName, suggestionStatusName } from './suggestion-labels.js';

type Action = 'assign' | 'answer' | 'publication' | 'merge';

/**
 * One suggestion for the staff who triage it: the message and the contact left with it
 * (for its stated purpose only), then assign it to a department, answer it publicly,
 * publish it or keep it private, or merge it into the suggestion it duplicates.
 */
export class ConsoleSuggestion extends ConsoleScreen {
  @state() private department = '';
  @state() private answerStatus: SuggestionAnswerInput['status'] = 'answered';
  @state() private answerAr = '';
  @state() private answerFr = '';
  @state() private mergeInto = '';
  @state() private busy?: Action;
  @state() private failure?: { action: Action; error: unknown; field?: string };
  @state() private notice = '';
  #auditFilter: AuditQuery = {};

  #box = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => api.get<SuggestionBox>('/v1/suggestion-box', undefined, signal),
  });

  #suggestion = new ResourceController(this, {
    args: () => (this.api && this.params.code ? ([this.api, this.params.code] as const) : undefined),
    load: ([api, code]: readonly [StaffApi, string], signal) =>
      api.get<AdminSuggestionDetail>(`/v1/admin/suggestions/${encodeURIComponent(code)}`, undefined, signal),
    onLoaded: (suggestion) => this.#fill(suggestion),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) this.#auditFilter = { resourceType: 'suggestion', resourceId: this.params.code };
  }

  #fill(suggestion: AdminSuggestionDetail) {
    this.department = suggestion.department ?? '';
    if (suggestion.answer) {
      this.answerStatus = suggestion.status === 'not_retained' ? 'not_retained' : 'answered';
      this.answerAr = suggestion.answer.text.ar;
      this.answerFr = suggestion.answer.text.fr ?? '';
    }
  }

  async #act(action: Action, path: string, body: unknown, done: string) {
    this.busy = action;
    this.failure = undefined;
    this.notice = '';
    try {
      const updated = await this.api.send<AdminSuggestionDetail>('POST', path, body);
      this.notice = done;
      if (action === 'merge') this.navigate(consoleHref(`/suggestions/${updated.code}`));
      else await this.#suggestion.refresh();
      void this.renderRoot.querySelector<ConsoleAuditTrail>('console-audit-trail')?.refresh();
    } catch (error) {
      this.failure = { action, error };
    } finally {
      this.busy = undefined;
    }
  }

  #submit(action: Action, suggestion: AdminSuggestionDetail) {
    return (event: Event) => {
      event.preventDefault();
      const base = `/v1/admin/suggestions/${encodeURIComponent(suggestion.code)}`;
      if (action === 'assign') {
        if (!this.department) return void (this.failure = { action, error: undefined, field: msg('Choose a department.') });
        return void this.#act(action, `${base}/assignment`, { department: this.department }, msg('Assigned.'));
      }
      if (action === 'answer') {
        if (!this.answerAr.trim()) return void (this.failure = { action, error: undefined, field: msg('Write the answer in Arabic.') });
        const answer = { ar: this.answerAr.trim(), ...(this.answerFr.trim() ? { fr: this.answerFr.trim() } : {}) };
        return void this.#act(action, `${base}/answer`, { status: this.answerStatus, answer }, msg('The answer is saved and dated.'));
      }
      if (action === 'publication') {
        const published = !suggestion.published;
        return void this.#act(action, `${base}/publication`, { published }, published ? msg('Published.') : msg('Kept private.'));
      }
      const into = normalizeSuggestionCode(this.mergeInto);
      if (!SUGGESTION_CODE_PATTERN.test(into)) {
        return void (this.failure = {
          action,
          error: undefined,
          field: msg('Give the follow-up code of the other suggestion, S-XXXX-XXXX.'),
        });
      }
      void this.#act(action, `${base}/merge`, { into }, msg('Merged.'));
    };
  }

  #problem(action: Action) {
    const failure = this.failure;
    if (failure?.action !== action) return nothing;
    return html`<p class="notice error" role="alert">${failure.field ?? describeStaffError(failure.error)}</p>`;
  }

  protected override render() {
    const box = this.#box.data ?? { topics: [], neighbourhoods: [], departments: [] };
    return html`<p><a href=${consoleHref('/suggestions')}>${msg('Back to the queue')}</a></p>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${renderResource(
        this.#suggestion,
        (suggestion) => html`${this.#renderMessage(suggestion, box)} ${suggestion.merged ? nothing : this.#renderActions(suggestion, box)}
          <section aria-labelledby="audit-title">
            <h2 id="audit-title">${msg('Audit trail of this suggestion')}</h2>
            <console-audit-trail .api=${this.api} .session=${this.session} .filter=${this.#auditFilter}
              label=${msg('Audit trail of this suggestion')}></console-audit-trail>
          </section>`,
      )}`;
  }

  #renderMessage(suggestion: AdminSuggestionDetail, box: SuggestionBox) {
    const answer = suggestion.answer && pickText(suggestion.answer.text, this.locale);
    return html`<section aria-labelledby="message-title">
      <h2 id="message-title">${suggestionKindName(suggestion.kind)} <span class="ltr">${suggestion.code}</span></h2>
      <dl class="facts">
        <dt>${msg('Status')}</dt>
        <dd>
          <span class="badge">${suggestionStatusName(suggestion.status)}</span>
          ${suggestion.published ? html`<span class="badge">${msg('Published')}</span>` : html`<span class="badge">${msg('Private')}</span>`}
        </dd>
        <dt>${msg('Received')}</dt>
        <dd>${formatDateTime(this.locale, suggestion.submittedAt)}</dd>
        <dt>${msg('Topic')}</dt>
        <dd>${listLabel(box.topics, suggestion.topic, this.locale)}</dd>
        <dt>${msg('Neighbourhood')}</dt>
        <dd>${suggestion.neighbourhood ? listLabel(box.neighbourhoods, suggestion.neighbourhood, this.locale) : msg('The whole commune')}</dd>
        <dt>${msg('Department')}</dt>
        <dd>${suggestion.department ? listLabel(box.departments, suggestion.department, this.locale) : msg('Not assigned')}</dd>
        <dt>${msg('Supports')}</dt>
        <dd>${formatNumber(this.locale, suggestion.supportCount)}</dd>
        <dt>${msg('Contact')}</dt>
        <dd>
          ${
            suggestion.contact
              ? html`${suggestion.contact.name ? html`<span dir="auto">${suggestion.contact.name}</span> · ` : nothing}
                <span class="ltr">${suggestion.contact.value}</span>
                <div class="hint">${msg('Left only so the commune can reach the citizen about this message: use it for nothing else.')}</div>`
              : msg('None left')
          }
        </dd>
      </dl>
      <blockquote class="prose" dir="auto">${suggestion.text}</blockquote>
      ${
        answer
          ? html`<p>${msg(str`Answer of ${formatDateTime(this.locale, suggestion.answer!.at)}:`)}</p>
            <blockquote lang=${answer.lang} dir=${answer.dir}>${answer.text}</blockquote>`
          : nothing
      }
      ${
        suggestion.merged
          ? html`<p class="notice">${msg('Merged into')} <a class="ltr" href=${consoleHref(`/suggestions/${suggestion.merged.into}`)}>${suggestion.merged.into}</a></p>`
          : nothing
      }
      ${
        suggestion.duplicates.length > 0
          ? html`<p>${msg('Duplicates merged into this one:')}
            ${suggestion.duplicates.map((code) => html` <a class="ltr" href=${consoleHref(`/suggestions/${code}`)}>${code}</a>`)}</p>`
          : nothing
      }
    </section>`;
  }

  #renderActions(suggestion: AdminSuggestionDetail, box: SuggestionBox) {
    const busy = this.busy !== undefined;
    return html`<section aria-labelledby="assign-title">
        <h2 id="assign-title">${msg('Assign to a department')}</h2>
        ${this.#problem('assign')}
        <form class="row" novalidate aria-labelledby="assign-title" @submit=${this.#submit('assign', suggestion)}>
          <div class="field">
            <label for="department">${msg('Department')}</label>
            <select id="department" @change=${(event: Event) => (this.department = (event.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${this.department === ''}>${msg('Choose a department')}</option>
              ${box.departments.map((department) => {
                const label = pickText(department.label, this.locale);
                return html`<option value=${department.id} ?selected=${this.department === department.id} lang=${label.lang}>${label.text}</option>`;
              })}
            </select>
          </div>
          <button class="button" type="submit" ?disabled=${busy}>${msg('Assign')}</button>
        </form>
      </section>
      <section aria-labelledby="answer-title">
        <h2 id="answer-title">${msg('Public answer')}</h2>
        <p class="hint">${msg('The answer is dated when saved and shown to anyone following the code, and in the public list once published.')}</p>
        ${this.#problem('answer')}
        <form novalidate aria-labelledby="answer-title" @submit=${this.#submit('answer', suggestion)}>
          <fieldset>
            <legend>${msg('Decision')}</legend>
            ${(['answered', 'not_retained'] as const).map(
              (status) => html`<label class="choice">
                <input type="radio" name="answer-status" value=${status} .checked=${this.answerStatus === status}
                  @change=${() => (this.answerStatus = status)} />
                <span>${suggestionStatusName(status)}</span>
              </label>`,
            )}
          </fieldset>
          <div class="field">
            <label for="answer-ar">${msg('Answer in Arabic')}</label>
            <textarea id="answer-ar" dir="rtl" lang="ar" rows="4" .value=${this.answerAr}
              @input=${(event: Event) => (this.answerAr = (event.target as HTMLTextAreaElement).value)}></textarea>
          </div>
          <div class="field">
            <label for="answer-fr">${msg('Answer in French (optional)')}</label>
            <textarea id="answer-fr" dir="ltr" lang="fr" rows="4" .value=${this.answerFr}
              @input=${(event: Event) => (this.answerFr = (event.target as HTMLTextAreaElement).value)}></textarea>
          </div>
          <button class="button" type="submit" ?disabled=${busy}>${msg('Save the answer')}</button>
        </form>
      </section>
      <section aria-labelledby="publication-title">
        <h2 id="publication-title">${msg('Publication')}</h2>
        <p class="hint">${msg('A published message appears in the public list, with its answer; its contact never does.')}</p>
        ${this.#problem('publication')}
        <button class="button secondary" type="button" ?disabled=${busy} @click=${this.#submit('publication', suggestion)}>
          ${suggestion.published ? msg('Keep it private') : msg('Publish it')}
        </button>
      </section>
      <section aria-labelledby="merge-title">
        <h2 id="merge-title">${msg('Merge a duplicate')}</h2>
        <p class="hint">${msg('This message joins the other one: its supports move there, and its follow-up shows the other one’s answer.')}</p>
        ${this.#problem('merge')}
        <form class="row" novalidate aria-labelledby="merge-title" @submit=${this.#submit('merge', suggestion)}>
          <div class="field">
            <label for="merge-into">${msg('Code of the suggestion it duplicates')}</label>
            <input id="merge-into" class="ltr" dir="ltr" autocomplete="off" .value=${this.mergeInto}
              @input=${(event: Event) => (this.mergeInto = (event.target as HTMLInputElement).value)} />
          </div>
          <button class="button secondary" type="submit" ?disabled=${busy}>${msg('Merge')}</button>
        </form>
      </section>`;
  }
}

defineElement('console-suggestion', ConsoleSuggestion);
