import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { formatDateTime } from '@mocharaka/core';
import type { PetitionSignedDetail } from './petition.events.js';
import type { PetitionContext } from './petition-text.js';

export interface ReceiptContext extends PetitionContext {
  readonly receipt: PetitionSignedDetail;
}

/**
 * The receipt with its reference and time. In the element's main module, not the receipt's lazy
 * view: a citizen whose connection drops right after the signature was recorded still gets them.
 * The lazy view adds what comes `before` the facts and `after` them.
 */
export function renderReceipt({ locale, receipt }: ReceiptContext, { before = nothing as unknown, after = nothing as unknown } = {}) {
  return html`<div class="notice receipt" id="receipt" tabindex="-1" part="receipt" aria-labelledby="receipt-title">
    <h3 id="receipt-title">${msg('Your signature is recorded')}</h3>
    ${before}
    <dl class="facts">
      <div><dt>${msg('Reference')}</dt><dd><span class="ltr reference" dir="ltr">${receipt.reference}</span></dd></div>
      <div><dt>${msg('Date and time')}</dt><dd><time datetime=${receipt.signedAt}>${formatDateTime(locale, receipt.signedAt)}</time></dd></div>
    </dl>
    <p>${msg('Keep this reference: it shows that you signed. It does not contain your personal data.')}</p>
    ${after}
  </div>`;
}
