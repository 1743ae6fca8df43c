import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime, formatNumber, type Locale, type RegistrationReceipt } from '@mocharaka/core';

export interface ReceiptHost {
  locale: Locale;
  receipt: RegistrationReceipt['receipt'];
  sentLater: boolean;
  cancelUrl: string;
  calendarUrl?: string;
  print(): void;
}

/** After registering: confirmed or waiting (with its place), the reference, and the code and link that cancel it. */
export function renderRegistrationReceipt({ locale, receipt, sentLater, cancelUrl, calendarUrl, print }: ReceiptHost) {
  const confirmed = receipt.status === 'confirmed';
  return html`<div class="notice receipt" id="receipt" tabindex="-1" part="receipt" aria-labelledby="receipt-title">
    <h3 id="receipt-title">${confirmed ? msg('You are registered') : msg('You are on the waiting list')}</h3>
    ${sentLater ? html`<p role="status">${msg('Your registration, kept on this device, has now been sent.')}</p>` : nothing}
    ${
      !confirmed && receipt.waitingPosition
        ? html`<p>${msg(str`Place on the waiting list: ${formatNumber(locale, receipt.waitingPosition)}. Seats that free up go to the list in order.`)}</p>`
        : nothing
    }
    <dl class="facts">
      <div><dt>${msg('Reference')}</dt><dd><span class="ltr" dir="ltr">${receipt.reference}</span></dd></div>
      <div><dt>${msg('People')}</dt><dd>${formatNumber(locale, receipt.people)}</dd></div>
      <div><dt>${msg('Registered on')}</dt><dd><time datetime=${receipt.registeredAt}>${formatDateTime(locale, receipt.registeredAt)}</time></dd></div>
      <div><dt>${msg('Cancellation code')}</dt><dd><code class="ltr" dir="ltr" id="cancellation-code">${receipt.cancellationCode}</code></dd></div>
    </dl>
    <p>${msg('Keep this code or the link below: it is the only way to cancel and give your seat to someone else.')}</p>
    <p><a id="cancel-link" href=${cancelUrl}>${msg('Link to cancel this registration')}</a></p>
    ${calendarUrl ? html`<p><a class="button secondary no-print" href=${calendarUrl} download>${msg('Add to my calendar')}</a></p>` : nothing}
    <button class="button secondary no-print" type="button" @click=${print}>${msg('Print this receipt')}</button>
  </div>`;
}
