import { msg, str } from '@lit/localize';
import { formatNumber, pickText, type Locale } from '@mocharaka/core';
import type { SuggestionsDashboard } from '@mocharaka/core/contract';
import { html, nothing } from 'lit';
import { consoleHref } from '../../shell/navigation.js';

/** The dashboard's suggestion figures: what waits for triage, and per topic how many days answers took. */
export function renderSuggestionsDashboard(locale: Locale, figures: SuggestionsDashboard | undefined) {
  if (!figures) return nothing;
  const n = (value: number) => formatNumber(locale, value);
  const days = (value: number | undefined) => (value === undefined ? '—' : formatNumber(locale, value, { maximumFractionDigits: 1 }));
  return html`<section aria-labelledby="suggestions-title">
    <h2 id="suggestions-title">${msg('Suggestions and remarks')}</h2>
    <p>
      <a href=${consoleHref('/suggestions')}>${msg(str`To triage: ${n(figures.received)}, under study: ${n(figures.underStudy)}`)}</a>
    </p>
    ${
      figures.topics.length === 0
        ? html`<p>${msg('The suggestion box has no topic yet.')}</p>`
        : html`<div class="table-wrap" role="group" aria-labelledby="answer-times-caption" tabindex="0">
          <table>
            <caption id="answer-times-caption">${msg('Time to answer, by topic (from receipt to the public answer)')}</caption>
            <thead>
              <tr>
                <th scope="col">${msg('Topic')}</th>
                <th scope="col" class="number">${msg('Answered')}</th>
                <th scope="col" class="number">${msg('Median (days)')}</th>
                <th scope="col" class="number">${msg('Longest (days)')}</th>
                <th scope="col" class="number">${msg('Waiting')}</th>
              </tr>
            </thead>
            <tbody>
              ${figures.topics.map((topic) => {
                const label = pickText(topic.label, locale);
                return html`<tr>
                  <th scope="row"><span lang=${label.lang} dir=${label.dir}>${label.text}</span></th>
                  <td class="number">${n(topic.answered)}</td>
                  <td class="number">${days(topic.medianDays)}</td>
                  <td class="number">${days(topic.maxDays)}</td>
                  <td class="number">${n(topic.waiting)}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>`
    }
  </section>`;
}
