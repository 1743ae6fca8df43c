import { html } from 'lit';
import { msg } from '@lit/localize';
import { PROJECT_STATUSES, formatNumber, formatPercent, renderBar, type ActionPlan } from '@mocharaka/core';
import { localizedText, money, statusLabel, type PlanContext } from './action-plan-text.js';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** Projects by status and budget committed against executed, as tables that state every number beside its bar. */
export function renderSummary(ctx: PlanContext, plan: ActionPlan) {
  const { totals } = plan;
  const byAxis = plan.axes.map((axis) => {
    const projects = plan.projects.filter((project) => project.axisId === axis.id);
    return {
      axis,
      budget: projects.reduce((sum, project) => sum + project.budget, 0),
      executed: projects.reduce((sum, project) => sum + project.executed, 0),
    };
  });
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    <h3 id="summary-title">${msg('Summary')}</h3>
    <table class="chart" id="by-status">
      <caption>
        ${msg('Projects by status')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Status')}</th>
          <th scope="col">${msg('Projects')}</th>
          <th scope="col">${msg('Share')}</th>
        </tr>
      </thead>
      <tbody>
        ${PROJECT_STATUSES.map(
          (status) =>
            html`<tr>
              <th scope="row">${statusLabel(status)}</th>
              <td>${formatNumber(ctx.locale, totals.byStatus[status] ?? 0)}</td>
              <td>
                <span class="share">${formatPercent(ctx.locale, share(totals.byStatus[status] ?? 0, totals.projects))}</span>
                ${renderBar(share(totals.byStatus[status] ?? 0, totals.projects))}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <table class="chart" id="by-axis">
      <caption>
        ${msg('Budget committed and executed')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Axis')}</th>
          <th scope="col">${msg('Committed')}</th>
          <th scope="col">${msg('Executed')}</th>
          <th scope="col">${msg('Executed share')}</th>
        </tr>
      </thead>
      <tbody>
        ${byAxis.map(
          (row) =>
            html`<tr>
              <th scope="row">${localizedText(ctx, row.axis.title)}</th>
              <td>${money(ctx, row.budget)}</td>
              <td>${money(ctx, row.executed)}</td>
              <td>
                <span class="share">${formatPercent(ctx.locale, share(row.executed, row.budget))}</span>
                ${renderBar(share(row.executed, row.budget))}
              </td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${msg('Whole programme')}</th>
          <td>${money(ctx, totals.budget)}</td>
          <td>${money(ctx, totals.executed)}</td>
          <td>
            <span class="share">${formatPercent(ctx.locale, share(totals.executed, totals.budget))}</span>
            ${renderBar(share(totals.executed, totals.budget))}
          </td>
        </tr>
      </tfoot>
    </table>
  </section>`;
}
