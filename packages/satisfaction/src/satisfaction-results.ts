import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import {
  SATISFACTION_LEVELS,
  chartStyles,
  formatNumber,
  formatPercent,
  pickText,
  renderBar,
  type Locale,
  type Service,
  type ServiceSummary,
} from '@mocharaka/core';
import { levelLabel } from './level-labels.js';

/**
 * The public scoreboard, loaded only in `results` mode. Every chart is a table whose
 * cells carry a decorative bar (core's `renderBar`).
 */
function monthLabel(locale: Locale, month: string): string {
  const [year, monthNumber] = month.split('-');
  return `${formatNumber(locale, Number(monthNumber), { minimumIntegerDigits: 2 })}/${year}`;
}

function renderService(service: Service, summary: ServiceSummary, locale: Locale) {
  const name = pickText(service.name, locale);
  const headingId = `results-${service.id}`;
  const score = summary.satisfactionScore;
  const tagLabel = (tagId: string) => {
    const tag = service.tags?.find((one) => one.id === tagId);
    return tag ? pickText(tag.label, locale).text : tagId;
  };
  return html`<section class="service-results" aria-labelledby=${headingId}>
    <h3 id=${headingId}><bdi lang=${name.lang} dir=${name.dir}>${name.text}</bdi></h3>
    ${
      summary.count === 0
        ? html`<p>${msg('No ratings yet.')}</p>`
        : html`
          <p class="score">
            <strong>${score === null || score === undefined ? '—' : formatPercent(locale, score)}</strong>
            ${msg('satisfied or very satisfied')}
          </p>
          <p>
            ${msg(str`Average: ${formatNumber(locale, summary.mean ?? 0, { maximumFractionDigits: 1 })} out of 5`)} ·
            ${msg(str`Ratings: ${formatNumber(locale, summary.count)}`)}
          </p>
          ${
            summary.significant === false
              ? html`<p class="notice" role="note">${msg('Too few ratings for this score to be meaningful yet.')}</p>`
              : nothing
          }
          <table class="chart">
            <caption>${msg('Distribution of ratings')}</caption>
            <thead><tr><th scope="col">${msg('Level')}</th><th scope="col">${msg('Ratings')}</th><th scope="col">${msg('Share')}</th></tr></thead>
            <tbody>
              ${[...SATISFACTION_LEVELS].reverse().map((level) => {
                const count = summary.distribution[String(level) as '1'] ?? 0;
                const share = count / summary.count;
                return html`<tr><th scope="row">${levelLabel(level)}</th><td>${formatNumber(locale, count)}</td>
                  <td><span class="share">${formatPercent(locale, share)}</span>${renderBar(share)}</td></tr>`;
              })}
            </tbody>
          </table>
          ${
            summary.trend?.length
              ? html`<table class="chart">
                <caption>${msg('Satisfaction by month')}</caption>
                <thead><tr><th scope="col">${msg('Month')}</th><th scope="col">${msg('Ratings')}</th><th scope="col">${msg('Satisfied')}</th></tr></thead>
                <tbody>
                  ${summary.trend.map(
                    (point) => html`<tr><th scope="row"><span class="ltr">${monthLabel(locale, point.month)}</span></th>
                      <td>${formatNumber(locale, point.count)}</td>
                      <td><span class="share">${formatPercent(locale, point.satisfactionScore)}</span>${renderBar(point.satisfactionScore)}</td></tr>`,
                  )}
                </tbody>
              </table>`
              : nothing
          }
          ${
            summary.topTags?.length
              ? html`<h4>${msg('Most mentioned')}</h4>
                <ul class="top-tags">
                  ${summary.topTags.map((tag) => html`<li>${tagLabel(tag.tagId)} <span class="count">(${formatNumber(locale, tag.count)})</span></li>`)}
                </ul>`
              : nothing
          }
        `
    }
  </section>`;
}

/**
 * One row per service: the overview shown above the details when several services are
 * listed. Where its columns cannot fit (a narrow sidebar, long words on a 320 px phone),
 * the table scrolls in its own keyboard-reachable region instead of the page sideways.
 */
function renderOverview(services: Service[], summaries: ServiceSummary[], locale: Locale) {
  return html`<div class="table-scroll" role="region" aria-labelledby="overview-caption" tabindex="0"><table class="chart overview">
    <caption id="overview-caption">${msg('Overview')}</caption>
    <thead><tr><th scope="col">${msg('Service')}</th><th scope="col">${msg('Satisfied')}</th><th scope="col">${msg('Ratings')}</th></tr></thead>
    <tbody>
      ${services.map((service, index) => {
        const summary = summaries[index];
        const name = pickText(service.name, locale);
        const score = summary.satisfactionScore;
        return html`<tr>
          <th scope="row"><bdi lang=${name.lang} dir=${name.dir}>${name.text}</bdi></th>
          <td>${
            score === null || score === undefined
              ? '—'
              : html`<span class="share">${formatPercent(locale, score)}${summary.significant === false ? '*' : ''}</span>${renderBar(score)}`
          }</td>
          <td>${formatNumber(locale, summary.count)}</td>
        </tr>`;
      })}
    </tbody>
  </table></div>
  ${
    summaries.some((summary) => summary.significant === false)
      ? html`<p class="hint">* ${msg('Too few ratings for this score to be meaningful yet.')}</p>`
      : nothing
  }`;
}

export function renderResults(services: Service[], summaries: ServiceSummary[], locale: Locale) {
  if (services.length === 1) {
    return html`<div part="results" class="results">
      <h2>${msg('Citizen satisfaction with commune services')}</h2>
      ${renderService(services[0], summaries[0], locale)}
    </div>`;
  }
  return html`<div part="results" class="results">
    <h2>${msg('Citizen satisfaction with commune services')}</h2>
    ${renderOverview(services, summaries, locale)}
    ${services.map((service, index) => {
      const name = pickText(service.name, locale);
      return html`<details class="service-details">
        <summary>${msg(html`Details: ${html`<bdi lang=${name.lang} dir=${name.dir}>${name.text}</bdi>`}`)}</summary>
        ${renderService(service, summaries[index], locale)}
      </details>`;
    })}
  </div>`;
}

/** The scoreboard's styles, adopted when this module arrives. */
export const resultsStyles = [
  chartStyles,
  css`
  .service-results {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
    margin-block-start: var(--_space);
  }
  .table-scroll {
    overflow-x: auto;
    margin-block-end: var(--_space);
  }
  .table-scroll table.chart {
    margin-block-end: 0;
  }
  .service-details {
    border-block-start: 1px solid var(--_border);
  }
  .service-details summary {
    cursor: pointer;
    padding-block: 0.6rem;
    font-weight: 600;
    color: var(--_primary);
  }
  .service-details .service-results {
    border: 0;
    margin: 0;
  }
  .score strong {
    font-size: 2em;
    color: var(--_primary);
    margin-inline-end: 0.5rem;
  }
  /* The results' headers (a column's, a service's name) break between words, never inside one
     (التقييمات, Légalisation), on a 320 px phone too; core's chart styles let any cell break anywhere. */
  table.chart th {
    overflow-wrap: break-word;
  }
  `,
];
