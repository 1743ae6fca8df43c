import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { CHARTER_PARTIES, formatNumber, formatPercent, pickText, renderBar, type ActionPlan, type CharterParty } from '@mocharaka/core';
import { localizedDay, localizedText, type PlanContext } from './action-plan-text.js';

function partyTitle(party: CharterParty): string {
  switch (party) {
    case 'commune':
      return msg('Commitments of the commune');
    case 'associations':
      return msg('Commitments of the associations');
    case 'citizens':
      return msg('Commitments of the citizens');
  }
}

/** The charter's commitments with their indicators (achieved against target), and the dated evaluation reports. */
export function renderCharterFollowUp(ctx: PlanContext, plan: ActionPlan, charterHref?: string) {
  if (plan.commitments.length === 0 && plan.evaluations.length === 0) return nothing;
  return html`<section class="charter" part="charter" aria-labelledby="charter-title">
    <h3 id="charter-title">${msg('Follow-up of the participation charter')}</h3>
    ${charterHref ? html`<p><a href=${charterHref}>${msg('Read the charter')}</a></p>` : nothing}
    ${CHARTER_PARTIES.map((party) => {
      const commitments = plan.commitments.filter((commitment) => commitment.party === party);
      if (commitments.length === 0) return nothing;
      return html`<h4>${partyTitle(party)}</h4>
        <ol class="commitments">
          ${commitments.map(
            (commitment) =>
              html`<li>
                ${localizedText(ctx, commitment.text, 'p')}
                ${
                  commitment.indicators.length === 0
                    ? nothing
                    : html`<table class="chart">
                      <caption class="visually-hidden">
                        ${msg('Follow-up indicators')}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">${msg('Indicator')}</th>
                          <th scope="col">${msg('Achieved')}</th>
                          <th scope="col">${msg('Target')}</th>
                          <th scope="col">${msg('Progress')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${commitment.indicators.map((indicator) => {
                          const unit = indicator.unit ? ` ${pickText(indicator.unit, ctx.locale).text}` : '';
                          const ratio = indicator.target > 0 ? indicator.value / indicator.target : 0;
                          return html`<tr>
                            <th scope="row">${localizedText(ctx, indicator.label)}</th>
                            <td>${formatNumber(ctx.locale, indicator.value)}${unit}</td>
                            <td>${formatNumber(ctx.locale, indicator.target)}${unit}</td>
                            <td><span class="share">${formatPercent(ctx.locale, Math.min(ratio, 1))}</span>${renderBar(ratio)}</td>
                          </tr>`;
                        })}
                      </tbody>
                    </table>`
                }
              </li>`,
          )}
        </ol>`;
    })}
    ${
      plan.evaluations.length === 0
        ? nothing
        : html`<h4>${msg('Evaluation reports')}</h4>
          <ol class="reports">
            ${plan.evaluations.map(
              (report) =>
                html`<li>
                  <p class="kicker">${localizedDay(ctx, report.date)}</p>
                  <p class="report-title">${localizedText(ctx, report.title)}</p>
                  ${localizedText(ctx, report.summary, 'p')}
                  ${report.url ? html`<p><a href=${report.url}>${msg('Read the full report')}</a></p>` : nothing}
                </li>`,
            )}
          </ol>`
    }
  </section>`;
}
