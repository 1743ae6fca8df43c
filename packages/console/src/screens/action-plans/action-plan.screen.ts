import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ApiError,
  PROJECT_STATUSES,
  ResourceController,
  defineElement,
  formatDateTime,
  formatNumber,
  pickText,
  readTypedNumber,
  type ActionPlan,
  type ActionPlanImportResult,
  type AdminProjectComment,
  type AdminProjectCommentList,
  type LocalizedText,
  type ProjectUpdateInput,
} from '@mocharaka/core';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { today } from '../../shell/dates.js';
import { renderResource } from '../../shell/loading.js';
import { describeStaffError } from '../../shell/staff-messages.js';
import { importProblem, projectStatusName } from './action-plan-labels.js';

const path = (id: string, rest = '') => `/v1/admin/action-plans/${encodeURIComponent(id)}${rest}`;

/**
 * One action programme for staff: import its projects from a spreadsheet's CSV (all
 * lines or none, every bad cell named by its line), export them, post a dated update
 * with a project's new progress and status, and moderate citizens' comments with the
 * commune's answer.
 */
export class ConsoleActionPlan extends ConsoleScreen {
  #plan = new ResourceController(this, {
    args: () => (this.api && this.params.id ? ([this.api, this.params.id] as const) : undefined),
    load: ([api, id]: readonly [StaffApi, string], signal) =>
      api.get<ActionPlan>(`/v1/action-plans/${encodeURIComponent(id)}`, undefined, signal),
  });

  #comments = new ResourceController(this, {
    args: () => (this.api && this.params.id && this.may('moderator', 'editor') ? ([this.api, this.params.id] as const) : undefined),
    load: ([api, id]: readonly [StaffApi, string], signal) => api.get<AdminProjectCommentList>(path(id, '/comments'), undefined, signal),
  });

  @state() private csv = '';
  @state() private importNotice?: { result?: ActionPlanImportResult; failure?: unknown };
  @state() private updateNotice?: { done?: boolean; failure?: unknown };
  @state() private moderationFailure?: unknown;
  @state() private busy = false;

  async #readFile(event: Event) {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.csv = file ? await file.text() : '';
  }

  async #import(event: SubmitEvent) {
    event.preventDefault();
    if (!this.csv) return;
    this.busy = true;
    try {
      const result = await this.api.send<ActionPlanImportResult>('POST', path(this.params.id!, '/import'), { csv: this.csv });
      this.importNotice = { result };
      void this.#plan.refresh();
    } catch (failure) {
      this.importNotice = { failure };
    } finally {
      this.busy = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#import-notice')?.focus();
    }
  }

  async #postUpdate(event: SubmitEvent) {
    event.preventDefault();
    const element = event.target as HTMLFormElement;
    const form = new FormData(element);
    const field = (name: string) => String(form.get(name) ?? '').trim();
    const fr = field('update-fr');
    const progress = field('update-progress');
    const status = field('update-status');
    const body: ProjectUpdateInput = {
      date: field('update-date'),
      text: { ar: field('update-ar'), ...(fr ? { fr } : {}) },
      ...(progress ? { progress: readTypedNumber(progress) } : {}),
      ...(status ? { status: status as ProjectUpdateInput['status'] } : {}),
    };
    this.busy = true;
    try {
      await this.api.send('POST', path(this.params.id!, `/projects/${encodeURIComponent(field('update-project'))}/updates`), body);
      this.updateNotice = { done: true };
      element.reset();
      void this.#plan.refresh();
    } catch (failure) {
      this.updateNotice = { failure };
    } finally {
      this.busy = false;
    }
  }

  async #moderate(comment: AdminProjectComment, status: 'published' | 'rejected') {
    const answerOf = (lang: 'ar' | 'fr') =>
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#answer-${lang}-${CSS.escape(comment.reference)}`)?.value.trim() ?? '';
    const ar = answerOf('ar');
    const fr = answerOf('fr');
    const answer = ar ? { date: today(), text: { ar, ...(fr ? { fr } : {}) } } : undefined;
    this.busy = true;
    this.moderationFailure = undefined;
    try {
      await this.api.send('POST', `/v1/admin/action-plan-comments/${encodeURIComponent(comment.reference)}/moderation`, {
        status,
        ...(answer ? { answer } : {}),
      });
      void this.#comments.refresh();
    } catch (failure) {
      this.moderationFailure = failure;
    } finally {
      this.busy = false;
    }
  }

  #text(text: LocalizedText) {
    const picked = pickText(text, this.locale);
    return html`<span lang=${picked.lang} dir=${picked.dir}>${picked.text}</span>`;
  }

  protected override render() {
    return renderResource(
      this.#plan,
      (plan) => html`<h2 id="plan-title">${this.#text(plan.title)}</h2>
        ${this.#renderExport(plan)} ${this.may('editor') ? this.#renderImport() : nothing} ${this.#renderProjects(plan)}
        ${this.may('editor') ? this.#renderUpdateForm(plan) : nothing} ${this.may('moderator', 'editor') ? this.#renderComments(plan) : nothing}`,
    );
  }

  #renderExport(plan: ActionPlan) {
    return html`<p class="actions">
      <a class="button secondary" download href=${this.api.href(path(plan.id, '/projects.csv'), { lang: 'ar' })}>${msg('Export the projects (CSV, Arabic headings)')}</a>
      <a class="button secondary" download href=${this.api.href(path(plan.id, '/projects.csv'), { lang: 'fr' })}>${msg('Export the projects (CSV, French headings)')}</a>
    </p>`;
  }

  #renderImport() {
    const notice = this.importNotice;
    const problems =
      notice?.failure instanceof ApiError && notice.failure.code === 'invalid_csv'
        ? Object.entries(notice.failure.fields)
            .map(([key, code]) => importProblem(key, code!))
            .sort((a, b) => a.line - b.line)
        : [];
    return html`<section aria-labelledby="import-title">
      <h2 id="import-title">${msg('Import the programme from a spreadsheet')}</h2>
      <p class="hint">
        ${msg('Save the sheet as CSV (UTF-8, comma or semicolon). One line per project; projects are added or updated by their code. If any line is wrong, nothing is imported.')}
      </p>
      ${
        notice
          ? html`<div id="import-notice" tabindex="-1" class=${notice.failure ? 'notice error' : 'notice'} role=${notice.failure ? 'alert' : 'status'}>
            ${
              notice.result
                ? msg(
                    str`Imported. New projects: ${formatNumber(this.locale, notice.result.created)}, updated: ${formatNumber(this.locale, notice.result.updated)}, axes: ${formatNumber(this.locale, notice.result.axes)}.`,
                  )
                : html`<p>${problems.length ? msg('Nothing was imported. Correct these lines and import the file again:') : describeStaffError(notice.failure)}</p>
                  ${problems.length ? html`<ul id="import-problems">${problems.map((problem) => html`<li>${problem.text}</li>`)}</ul>` : nothing}`
            }
          </div>`
          : nothing
      }
      <form @submit=${(event: SubmitEvent) => void this.#import(event)}>
        <div class="field">
          <label for="csv-file">${msg('CSV file')}</label>
          <input id="csv-file" type="file" accept=".csv,text/csv" @change=${(event: Event) => void this.#readFile(event)} />
        </div>
        <button class="button" type="submit" ?disabled=${this.busy || !this.csv}>${msg('Import')}</button>
      </form>
    </section>`;
  }

  #renderProjects(plan: ActionPlan) {
    const n = (value: number) => formatNumber(this.locale, value);
    return html`<section aria-labelledby="projects-title">
      <h2 id="projects-title">${msg('Projects')}</h2>
      ${
        plan.projects.length === 0
          ? html`<p>${msg('No project yet: import the programme.')}</p>`
          : html`<div class="table-wrap" role="region" aria-label=${msg('Table of the projects')} tabindex="0">
            <table>
              <thead>
                <tr>
                  <th scope="col">${msg('Code')}</th>
                  <th scope="col">${msg('Project')}</th>
                  <th scope="col">${msg('Status')}</th>
                  <th scope="col" class="number">${msg('Progress')}</th>
                  <th scope="col" class="number">${msg('Budget (MAD)')}</th>
                  <th scope="col" class="number">${msg('Executed (MAD)')}</th>
                  <th scope="col" class="number">${msg('Published comments')}</th>
                </tr>
              </thead>
              <tbody>
                ${plan.projects.map(
                  (project) =>
                    html`<tr>
                      <td class="ltr">${project.id}</td>
                      <td>${this.#text(project.title)}</td>
                      <td><span class="badge">${projectStatusName(project.status)}</span></td>
                      <td class="number">${n(project.progress)}%</td>
                      <td class="number">${n(project.budget)}</td>
                      <td class="number">${n(project.executed)}</td>
                      <td class="number">${n(project.commentCount)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
      }
    </section>`;
  }

  #renderUpdateForm(plan: ActionPlan) {
    if (plan.projects.length === 0) return nothing;
    const notice = this.updateNotice;
    return html`<section aria-labelledby="update-title">
      <h2 id="update-title">${msg('Post an update on a project')}</h2>
      ${notice?.done ? html`<p class="notice" role="status">${msg('The update is published.')}</p>` : nothing}
      ${notice?.failure ? html`<div class="notice error" role="alert">${describeStaffError(notice.failure)}</div>` : nothing}
      <form @submit=${(event: SubmitEvent) => void this.#postUpdate(event)}>
        <div class="field">
          <label for="update-project">${msg('Project')}</label>
          <select id="update-project" name="update-project" required>
            ${plan.projects.map((project) => html`<option value=${project.id}>${project.id} · ${pickText(project.title, this.locale).text}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="update-date">${msg('Date')}</label>
          <input id="update-date" name="update-date" type="date" required .value=${today()} />
        </div>
        <div class="field">
          <label for="update-ar">${msg('What changed, in Arabic')}</label>
          <textarea id="update-ar" name="update-ar" dir="rtl" lang="ar" rows="2" required></textarea>
        </div>
        <div class="field">
          <label for="update-fr">${msg('What changed, in French (optional)')}</label>
          <textarea id="update-fr" name="update-fr" dir="ltr" lang="fr" rows="2"></textarea>
        </div>
        <div class="field">
          <label for="update-progress">${msg('New progress, % (optional)')}</label>
          <input id="update-progress" name="update-progress" inputmode="numeric" dir="ltr" autocomplete="off" />
        </div>
        <div class="field">
          <label for="update-status">${msg('New status (optional)')}</label>
          <select id="update-status" name="update-status">
            <option value="">${msg('Unchanged')}</option>
            ${PROJECT_STATUSES.map((status) => html`<option value=${status}>${projectStatusName(status)}</option>`)}
          </select>
        </div>
        <button class="button" type="submit" ?disabled=${this.busy}>${msg('Publish the update')}</button>
      </form>
    </section>`;
  }

  #renderComments(plan: ActionPlan) {
    const titles = new Map(plan.projects.map((project) => [project.id, project.title]));
    return html`<section aria-labelledby="comments-title">
      <h2 id="comments-title">${msg('Citizens’ comments')}</h2>
      ${this.moderationFailure ? html`<div class="notice error" role="alert">${describeStaffError(this.moderationFailure)}</div>` : nothing}
      ${renderResource(this.#comments, ({ items }) =>
        items.length === 0
          ? html`<p>${msg('No comment yet.')}</p>`
          : html`<ol class="comments">
              ${items.map((comment) => {
                const title = titles.get(comment.projectId);
                return html`<li>
                  <p class="muted">
                    ${formatDateTime(this.locale, comment.submittedAt)} · <span class="ltr">${comment.reference}</span> ·
                    ${title ? this.#text(title) : comment.projectId} · <span class="badge">${this.#commentStatus(comment.status)}</span>
                  </p>
                  <p dir="auto">${comment.text}</p>
                  ${comment.contact ? html`<p class="muted">${msg(str`Contact: ${comment.contact}`)}</p>` : nothing}
                  ${comment.answer ? html`<p>${msg('Answer:')} ${this.#text(comment.answer.text)}</p>` : nothing}
                  ${this.may('moderator') && comment.status === 'pending' ? this.#renderModeration(comment) : nothing}
                </li>`;
              })}
            </ol>`,
      )}
    </section>`;
  }

  #commentStatus(status: AdminProjectComment['status']) {
    switch (status) {
      case 'pending':
        return msg('Waiting for moderation');
      case 'published':
        return msg('Published');
      case 'rejected':
        return msg('Rejected');
    }
  }

  #renderModeration(comment: AdminProjectComment) {
    const id = (lang: string) => `answer-${lang}-${comment.reference}`;
    return html`<div class="field">
        <label for=${id('ar')}>${msg('The commune’s answer in Arabic (optional)')}</label>
        <textarea id=${id('ar')} dir="rtl" lang="ar" rows="2"></textarea>
      </div>
      <div class="field">
        <label for=${id('fr')}>${msg('The commune’s answer in French (optional)')}</label>
        <textarea id=${id('fr')} dir="ltr" lang="fr" rows="2"></textarea>
      </div>
      <p class="actions">
        <button class="button" type="button" ?disabled=${this.busy} @click=${() => void this.#moderate(comment, 'published')}>${msg('Publish')}</button>
        <button class="button secondary" type="button" ?disabled=${this.busy} @click=${() => void this.#moderate(comment, 'rejected')}>
          ${msg('Reject')}
        </button>
      </p>`;
  }
}

defineElement('console-action-plan', ConsoleActionPlan);
