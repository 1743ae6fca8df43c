import { css, html, nothing } from 'lit';

export { chartStyles } from '@mocharaka/core';
import { msg, str } from '@lit/localize';
import {
  formatNumber,
  formatPercent,
  questionsOf,
  renderBar,
  type Choice,
  type Consultation,
  type ConsultationResults,
  type Locale,
  type Question,
  type QuestionResult,
  type ResultCount,
} from '@mocharaka/core';
import { t, userText } from './text.js';

/**
 * Published results, loaded only once a consultation is closed with results. Each chart
 * is a table whose cells carry a decorative bar: screen readers read the table, sighted
 * readers see the bars. Bars are SVG rects sized by attribute (no inline style, strict CSP).
 */

function countsTable(caption: unknown, labels: Array<[string, unknown]>, counts: readonly ResultCount[], total: number, locale: Locale) {
  return html`<table class="chart">
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${msg('Answer')}</th><th scope="col">${msg('Responses')}</th><th scope="col">${msg('Share')}</th></tr></thead>
    <tbody>
      ${labels.map(([key, label]) => {
        const count = counts.find((one) => one.key === key)?.count ?? 0;
        const share = total ? count / total : 0;
        return html`<tr><th scope="row">${label}</th><td>${formatNumber(locale, count)}</td>
          <td><span class="share">${formatPercent(locale, share)}</span>${renderBar(share)}</td></tr>`;
      })}
    </tbody>
  </table>`;
}

const labelsOf = (items: readonly Choice[], locale: Locale): Array<[string, unknown]> =>
  items.map((item) => [item.id, t(item.label, locale)]);
const texts = (items: readonly string[]) =>
  items.length ? html`<ul class="texts">${items.map((text) => html`<li>${userText(text)}</li>`)}</ul>` : nothing;

function renderQuestion(question: Question, result: QuestionResult, locale: Locale) {
  const caption = t(question.title, locale);
  const answered = result.answered;
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return countsTable(caption, labelsOf(question.options, locale), result.counts ?? [], answered, locale);
    case 'scale': {
      const labels: Array<[string, unknown]> = Array.from({ length: question.max - question.min + 1 }, (_, index) => {
        const value = question.min + index;
        return [String(value), question.labels?.[index] ? t(question.labels[index], locale) : formatNumber(locale, value)];
      });
      return html`${countsTable(caption, labels, result.counts ?? [], answered, locale)}
        ${result.mean != null ? html`<p>${msg(str`Average: ${formatNumber(locale, result.mean, { maximumFractionDigits: 1 })}`)}</p>` : nothing}`;
    }
    case 'ranking':
      return html`<table class="chart">
        <caption>${caption}</caption>
        <thead><tr><th scope="col">${msg('Item')}</th><th scope="col">${msg('Average position')}</th><th scope="col">${msg('Ranked first')}</th></tr></thead>
        <tbody>${(result.ranks ?? []).map((rank) => {
          const option = question.options.find((one) => one.id === rank.key);
          return html`<tr><th scope="row">${option ? t(option.label, locale) : rank.key}</th>
            <td>${formatNumber(locale, rank.meanRank, { maximumFractionDigits: 1 })}</td><td>${formatNumber(locale, rank.first)}</td></tr>`;
        })}</tbody>
      </table>`;
    case 'matrix':
      return html`<h4>${caption}</h4>${question.rows.map((row) =>
        countsTable(
          t(row.label, locale),
          labelsOf(question.columns, locale),
          result.rows?.find((one) => one.key === row.id)?.counts ?? [],
          answered,
          locale,
        ),
      )}`;
    case 'number':
      return html`<h4>${caption}</h4>${
        result.mean != null
          ? html`<p>${msg(str`Average: ${formatNumber(locale, result.mean, { maximumFractionDigits: 1 })}`)} ·
            ${msg(str`Lowest: ${formatNumber(locale, result.min ?? 0)}`)} · ${msg(str`Highest: ${formatNumber(locale, result.max ?? 0)}`)}</p>`
          : nothing
      }`;
    case 'passage':
      return html`<h4>${caption}</h4><ol class="passage">${question.paragraphs.map((paragraph) => {
        const one = result.paragraphs?.find((item) => item.key === paragraph.id);
        return html`<li class="paragraph"><p class="paragraph-text">${t(paragraph.label, locale)}</p>
          <p class="hint">${msg(str`Comments: ${formatNumber(locale, one?.count ?? 0)}`)}</p>${texts(one?.texts ?? [])}</li>`;
      })}</ol>`;
    default:
      return html`<h4>${caption}</h4>${
        result.texts?.length
          ? html`<p class="hint">${msg('Answers published by the commune:')}</p>${texts(result.texts)}`
          : html`<p class="hint">${msg('No answer to this question was published.')}</p>`
      }`;
  }
}

export function renderResults(consultation: Consultation, results: ConsultationResults, locale: Locale) {
  const byId = new Map(results.questions.map((one) => [one.questionId, one]));
  return html`<section part="results" class="results" aria-labelledby="results-title">
    <h3 id="results-title">${msg('Results')}</h3>
    <p>${msg(str`Responses: ${formatNumber(locale, results.responseCount)}`)}</p>
    ${questionsOf(consultation.survey).map((question) => {
      const result = byId.get(question.id);
      if (!result) return nothing;
      return html`<div class="question-result">${renderQuestion(question, result, locale)}
        <p class="hint">${msg(str`Participants who answered: ${formatNumber(locale, result.answered)}.`)}</p></div>`;
    })}
  </section>`;
}

/** The results' own styles, adopted with their chunk (with core's chart styles). */
export const resultsStyles = css`
  .texts li {
    overflow-wrap: anywhere;
    margin-block-end: 0.25em;
  }
  /* Column headers break between words, never inside one, on a 320 px phone too; a row's label may,
     as a last resort, rather than push the table past the phone's edge. */
  table.chart thead th {
    overflow-wrap: break-word;
  }
`;
