import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime, formatNumber, type Locale } from '@mocharaka/core';
// Printing the receipt loads with the first registration: a citizen who only reads never downloads it.
export { printOnly } from '@mocharaka/core';
import { renderReceipt, type ReceiptFacts } from './receipt-facts.js';

export interface ReceiptHost extends ReceiptFacts {
  locale: Locale;
  sentLater: boolean;
  calendarUrl?: string;
  print(): void;
}

/** The receipt's full view: the facts, with the waiting place, the people, the time, the calendar file and printing. */
export function renderRegistrationReceipt({ locale, sentLater, calendarUrl, print, ...facts }: ReceiptHost) {
  const { receipt } = facts;
  return renderReceipt(facts, {
    before: html`${sentLater ? html`<p role="status">${msg('Your registration, kept on this device, has now been sent.')}</p>` : nothing}
    ${
      receipt.status !== 'confirmed' && receipt.waitingPosition
        ? html`<p>${msg(str`Place on the waiting list: ${formatNumber(locale, receipt.waitingPosition)}. Seats that free up go to the list in order.`)}</p>`
        : nothing
    }`,
    facts: html`<div><dt>${msg('People')}</dt><dd>${formatNumber(locale, receipt.people)}</dd></div>
      <div><dt>${msg('Registered on')}</dt><dd><time datetime=${receipt.registeredAt}>${formatDateTime(locale, receipt.registeredAt)}</time></dd></div>`,
    after: html`${calendarUrl ? html`<p><a class="button secondary no-print" href=${calendarUrl} download>${msg('Add to my calendar')}</a></p>` : nothing}
      <button class="button secondary no-print" type="button" @click=${print}>${msg('Print this receipt')}</button>`,
  });
}
