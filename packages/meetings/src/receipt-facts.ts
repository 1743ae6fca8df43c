import { html } from 'lit';
import { msg } from '@lit/localize';
import type { RegistrationReceipt } from '@mocharaka/core';

export interface ReceiptFacts {
  receipt: RegistrationReceipt['receipt'];
  cancelUrl: string;
}

/** What the receipt's lazy view adds: before the facts, among them, and after them. */
export interface ReceiptExtras {
  before?: unknown;
  facts?: unknown;
  after?: unknown;
}

/**
 * The receipt with what the citizen must keep: confirmed or waiting, the reference, and the code
 * and link that cancel it. In the element's main module, not the receipt's lazy view: a citizen
 * whose connection drops right after the registration was recorded still gets them.
 */
export function renderReceipt({ receipt, cancelUrl }: ReceiptFacts, extras: ReceiptExtras = {}) {
  return html`<div class="notice receipt" id="receipt" tabindex="-1" part="receipt" aria-labelledby="receipt-title">
    <h3 id="receipt-title">${receipt.status === 'confirmed' ? msg('You are registered') : msg('You are on the waiting list')}</h3>
    ${extras.before}
    <dl class="facts">
      <div><dt>${msg('Reference')}</dt><dd><span class="ltr" dir="ltr">${receipt.reference}</span></dd></div>
      ${extras.facts}
      <div><dt>${msg('Cancellation code')}</dt><dd><code class="ltr" dir="ltr" id="cancellation-code">${receipt.cancellationCode}</code></dd></div>
    </dl>
    <p>${msg('Keep this code or the link below: it is the only way to cancel and give your seat to someone else.')}</p>
    <p><a id="cancel-link" href=${cancelUrl}>${msg('Link to cancel this registration')}</a></p>
    ${extras.after}
  </div>`;
}
