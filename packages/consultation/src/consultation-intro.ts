import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, type Consultation, type Locale } from '@mocharaka/core';
import { t } from './text.js';
import type { ConsultationView } from './consultation-view.js';

function renderDates(locale: Locale, data: Consultation) {
  return html`<p class="dates">${msg(str`Open from ${formatDate(locale, data.opensAt)} to ${formatDate(locale, data.closesAt)}.`)}</p>`;
}

/** The consultation's documents, before it opens and on its first page. */
export function renderDocuments(locale: Locale, data: Consultation) {
  if (!data.documents?.length) return nothing;
  return html`<h3>${msg('Documents')}</h3><ul class="documents">
      ${data.documents.map((doc) => html`<li><a href=${doc.url} target="_blank" rel="noopener noreferrer">${t(doc.title, locale)}</a></li>`)}
    </ul>`;
}

/** The first page of an open consultation: introduction, dates, documents, and "Start". */
export function renderIntro(view: ConsultationView, data: Consultation) {
  const { locale } = view;
  const started = Object.keys(view.answers).length > 0;
  return html`<p class="prose">${t(data.introduction, locale)}</p>
      ${renderDates(locale, data)}
      ${renderDocuments(locale, data)}
      <p class="hint">${msg('Your answers are saved on this device as you go, so you can stop and come back later. Nothing is sent before you submit.')}</p>
      <button class="button" type="button" id="start" @click=${() => view.go(1)}>${started ? msg('Continue') : msg('Start')}</button>`;
}
