import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, formatPercent, type Locale, type ServiceSummary } from '@mocharaka/core';

/** "4.2 of 5 · 78 % satisfied · ratings: 120", flagged when too few ratings to compare. */
export function renderScore(summary: ServiceSummary, locale: Locale) {
  if (!summary.count || summary.mean === null) return html`<span class="muted">${msg('No rating yet')}</span>`;
  return html`${msg(str`${formatNumber(locale, summary.mean, { maximumFractionDigits: 1 })} of 5`)}
  ${summary.satisfactionScore != null ? html` · ${msg(str`${formatPercent(locale, summary.satisfactionScore)} satisfied`)}` : nothing} ·
  ${msg(str`ratings: ${formatNumber(locale, summary.count)}`)}
  ${summary.significant === false ? html` <span class="badge">${msg('Too few ratings to compare')}</span>` : nothing}`;
}
