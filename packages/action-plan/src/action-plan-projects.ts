import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  PROJECT_STATUSES,
  formatNumber,
  formatPercent,
  pickText,
  renderBar,
  type ActionPlan,
  type ActionPlanProject,
} from '@mocharaka/core';
import { localizedDay, localizedText, money, searchKey, statusLabel, type PlanContext } from './action-plan-text.js';

export interface ProjectFilter {
  search: string;
  axis: string;
  status: string;
  neighbourhood: string;
}

export const NO_FILTER: ProjectFilter = { search: '', axis: '', status: '', neighbourhood: '' };

const neighbourhoodOf = (project: ActionPlanProject) => project.neighbourhood?.ar ?? '';

export function filterProjects(plan: ActionPlan, filter: ProjectFilter): ActionPlanProject[] {
  const words = searchKey(filter.search).split(/\s+/).filter(Boolean);
  const axes = new Map(plan.axes.map((axis) => [axis.id, axis]));
  return plan.projects.filter((project) => {
    if (filter.axis && project.axisId !== filter.axis) return false;
    if (filter.status && project.status !== filter.status) return false;
    if (filter.neighbourhood && neighbourhoodOf(project) !== filter.neighbourhood) return false;
    if (words.length === 0) return true;
    const haystack = searchKey(
      [project.title, project.neighbourhood, axes.get(project.axisId)?.title]
        .flatMap((text) => (text ? Object.values(text) : []))
        .join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

export interface ProjectListContext extends PlanContext {
  readonly plan: ActionPlan;
  readonly filter: ProjectFilter;
  readonly expanded: ReadonlySet<string>;
  setFilter(change: Partial<ProjectFilter>): void;
  toggle(projectId: string): void;
  /** The open project's comments and form. */
  renderComments(project: ActionPlanProject): TemplateResult | typeof nothing;
}

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** Search and filters, the count of matching projects (announced), and the projects grouped by axis. */
export function renderProjects(ctx: ProjectListContext) {
  const { plan, filter } = ctx;
  if (plan.projects.length === 0) {
    return html`<p class="notice" id="empty">${msg('The commune has not published the projects of this programme yet.')}</p>`;
  }
  const shown = filterProjects(plan, filter);
  const neighbourhoods = [
    ...new Map(plan.projects.flatMap((p) => (p.neighbourhood ? [[p.neighbourhood.ar, p.neighbourhood]] : []))).values(),
  ];
  return html`<section class="projects" aria-labelledby="projects-title">
    <h3 id="projects-title">${msg('Projects')}</h3>
    <form class="filters" part="filters" role="search" aria-label=${msg('Find a project')} @submit=${(event: Event) => event.preventDefault()}>
      <div class="field">
        <label for="search">${msg('Search')}</label>
        <input id="search" type="search" dir="auto" .value=${filter.search} @input=${(event: Event) => ctx.setFilter({ search: value(event) })} />
      </div>
      <div class="field">
        <label for="axis">${msg('Axis')}</label>
        <select id="axis" .value=${filter.axis} @change=${(event: Event) => ctx.setFilter({ axis: value(event) })}>
          <option value="" ?selected=${filter.axis === ''}>${msg('All axes')}</option>
          ${plan.axes.map((axis) => html`<option value=${axis.id} ?selected=${filter.axis === axis.id}>${pickText(axis.title, ctx.locale).text}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="status">${msg('Status')}</label>
        <select id="status" .value=${filter.status} @change=${(event: Event) => ctx.setFilter({ status: value(event) })}>
          <option value="" ?selected=${filter.status === ''}>${msg('All statuses')}</option>
          ${PROJECT_STATUSES.map((status) => html`<option value=${status} ?selected=${filter.status === status}>${statusLabel(status)}</option>`)}
        </select>
      </div>
      ${
        neighbourhoods.length === 0
          ? nothing
          : html`<div class="field">
            <label for="neighbourhood">${msg('Neighbourhood')}</label>
            <select id="neighbourhood" .value=${filter.neighbourhood} @change=${(event: Event) => ctx.setFilter({ neighbourhood: value(event) })}>
              <option value="" ?selected=${filter.neighbourhood === ''}>${msg('All neighbourhoods')}</option>
              ${neighbourhoods.map(
                (name) =>
                  html`<option value=${name.ar} ?selected=${filter.neighbourhood === name.ar}>${pickText(name, ctx.locale).text}</option>`,
              )}
            </select>
          </div>`
      }
    </form>
    <p id="count" role="status">
      ${
        shown.length === plan.projects.length
          ? msg(str`Projects: ${formatNumber(ctx.locale, shown.length)}`)
          : msg(str`Matching projects: ${formatNumber(ctx.locale, shown.length)} of ${formatNumber(ctx.locale, plan.projects.length)}`)
      }
    </p>
    ${
      shown.length === 0
        ? html`<p class="notice" id="no-match">${msg('No project matches. Change the search or the filters.')}</p>`
        : html`<ol class="project-list">
          ${shown.map((project) => renderProject(ctx, project))}
        </ol>`
    }
  </section>`;
}

function renderProject(ctx: ProjectListContext, project: ActionPlanProject) {
  const axis = ctx.plan.axes.find((one) => one.id === project.axisId);
  const open = ctx.expanded.has(project.id);
  const titleId = `project-${project.id}`;
  const detailsId = `project-${project.id}-details`;
  return html`<li>
    <article class="project" part="project" aria-labelledby=${titleId}>
      <h4 id=${titleId}>${localizedText(ctx, project.title)}</h4>
      <p class="badges">
        <span class="status status-${project.status}">${statusLabel(project.status)}</span>
        ${axis ? html`<span class="kicker">${localizedText(ctx, axis.title)}</span>` : nothing}
      </p>
      <dl class="facts">
        ${project.neighbourhood ? html`<div><dt>${msg('Neighbourhood')}</dt><dd>${localizedText(ctx, project.neighbourhood)}</dd></div>` : nothing}
        <div><dt>${msg('Budget')}</dt><dd>${money(ctx, project.budget)}</dd></div>
        <div><dt>${msg('Executed')}</dt><dd>${money(ctx, project.executed)}</dd></div>
        <div><dt>${msg('Planned')}</dt><dd>${renderSpan(ctx, project.planned)}</dd></div>
        <div><dt>${msg('Actual')}</dt><dd>${renderSpan(ctx, project.actual)}</dd></div>
      </dl>
      <p class="progress">
        <span>${msg(str`Progress: ${formatPercent(ctx.locale, project.progress / 100)}`)}</span>
        ${renderBar(project.progress / 100)}
      </p>
      <button class="button secondary" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId}
        @click=${() => ctx.toggle(project.id)}>
        ${open ? msg('Hide the updates and comments') : msg(str`Updates and comments (${formatNumber(ctx.locale, project.commentCount)})`)}
      </button>
      <div id=${detailsId} ?hidden=${!open}>${open ? renderDetails(ctx, project) : nothing}</div>
    </article>
  </li>`;
}

function renderSpan(ctx: PlanContext, span: { start?: string; end?: string }) {
  if (!span.start && !span.end) return msg('Not yet');
  const start = span.start ? localizedDay(ctx, span.start) : '…';
  const end = span.end ? localizedDay(ctx, span.end) : '…';
  return html`${start} – ${end}`;
}

function renderDetails(ctx: ProjectListContext, project: ActionPlanProject) {
  return html`<h5>${msg('Updates')}</h5>
    ${
      project.updates.length === 0
        ? html`<p>${msg('No update has been published yet.')}</p>`
        : html`<ol class="updates">
          ${project.updates.map(
            (update) =>
              html`<li>
                <p class="kicker">
                  ${localizedDay(ctx, update.date)}
                  ${update.progress === undefined ? nothing : html` · ${formatPercent(ctx.locale, update.progress / 100)}`}
                </p>
                ${localizedText(ctx, update.text, 'p')}
              </li>`,
          )}
        </ol>`
    }
    ${ctx.renderComments(project)}`;
}
