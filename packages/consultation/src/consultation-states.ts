import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, messages, type Consultation, type ConsultationResults, type Locale } from '@mocharaka/core';
import { t } from './text.js';
import { renderDocuments } from './consultation-intro.js';

// What a consultation shows when it is not taking answers (not open yet, closed) or when a
// response waits in the outbox: part of the later steps' chunk, which the element asks for
// when connected, beside the consultation's data, so these views wait for no extra hop.

/** The published results' renderer; a type only, so it stays in its own lazily loaded chunk. */
export type ResultsModule = typeof import('./consultation-results.js');

/** Before the opening: the introduction, when it opens and closes, and the documents. */
export function renderUpcoming(locale: Locale, data: Consultation) {
  return html`<p class="prose">${t(data.introduction, locale)}</p>
        <div class="notice" role="status"><p>${msg(str`This consultation opens on ${formatDate(locale, data.opensAt)} and closes on ${formatDate(locale, data.closesAt)}.`)}</p></div>
        ${renderDocuments(locale, data)}`;
}

/** After the closing: when it closed, and the results once published. */
export function renderClosed(locale: Locale, data: Consultation, results?: ConsultationResults, resultsModule?: ResultsModule) {
  return html`<div class="notice" role="status"><p>${msg(str`This consultation closed on ${formatDate(locale, data.closesAt)}.`)}</p></div>
        ${
          results && resultsModule
            ? resultsModule.renderResults(data, results, locale)
            : html`<p>${msg('The commune has not published the results yet.')}</p>`
        }`;
}

/** A response waits in the outbox, with a button to send it now. */
export function renderQueued(flush: () => void) {
  return html`<div class="notice" id="queued" tabindex="-1" role="status"><p>${messages.savedOffline()}</p>
        <button class="button secondary" type="button" @click=${flush}>${msg('Send now')}</button></div>`;
}
