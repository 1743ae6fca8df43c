import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime, type Locale } from '@mocharaka/core';
import type { ConsultationSubmittedDetail } from './consultation.events.js';

/** The receipt shown once the server recorded the response. */
export function renderThanks(locale: Locale, receipt: ConsultationSubmittedDetail) {
  return html`<div class="thanks" id="thanks" tabindex="-1" role="status">
      <h3>${msg('Thank you for taking part')}</h3>
      <p>${msg('Your answers were recorded. The commune will publish the results after the consultation closes.')}</p>
      <p>${msg('Your receipt number:')} <strong class="ltr" dir="ltr">${receipt.reference}</strong></p>
      <p class="hint">${msg(str`Recorded on ${formatDateTime(locale, receipt.submittedAt)}.`)}</p>
    </div>`;
}

/** The server says this device already answered. */
export function renderAlready() {
  return html`<div class="notice" id="thanks" tabindex="-1" role="status"><p>${msg('A response from this device was already recorded for this consultation. Thank you for taking part.')}</p></div>`;
}
