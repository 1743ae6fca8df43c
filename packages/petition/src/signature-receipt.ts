import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { formatDateTime } from '@mocharaka/core';
// The receipt, and printing it, load with the first signature: a citizen who only reads never downloads them.
export { printOnly } from '@mocharaka/core';
import type { PetitionSignedDetail } from './petition.events.js';
import type { PetitionContext } from './petition-text.js';

/** What the receipt shows. */
export interface SignatureReceiptContext extends PetitionContext {
  readonly receipt: PetitionSignedDetail;
  /** The signature went out from the outbox after the form was left (reconnect, reload). */
  readonly sentLater: boolean;
  /** Prints the receipt alone, without the page around it. */
  print(): void;
}

/** The receipt shown once the server recorded the signature: its reference and time, printable. */
export function renderSignatureReceipt({ locale, receipt, sentLater, print }: SignatureReceiptContext) {
  return html`<div class="notice receipt" id="receipt" tabindex="-1" part="receipt" aria-labelledby="receipt-title">
    <h3 id="receipt-title">${msg('Your signature is recorded')}</h3>
    ${sentLater ? html`<p role="status">${msg('Your signature, kept on this device, has now been sent.')}</p>` : nothing}
    <dl class="facts">
      <div><dt>${msg('Reference')}</dt><dd><span class="ltr reference" dir="ltr">${receipt.reference}</span></dd></div>
      <div><dt>${msg('Date and time')}</dt><dd><time datetime=${receipt.signedAt}>${formatDateTime(locale, receipt.signedAt)}</time></dd></div>
    </dl>
    <p>${msg('Keep this reference: it shows that you signed. It does not contain your personal data.')}</p>
    <p>${msg('The public count can take a few seconds to include your signature.')}</p>
    <button class="button secondary no-print" type="button" @click=${print}>${msg('Print this receipt')}</button>
  </div>`;
}
