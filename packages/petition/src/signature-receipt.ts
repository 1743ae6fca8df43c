import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
// Printing the receipt loads with the first signature: a citizen who only reads never downloads it.
export { printOnly } from '@mocharaka/core';
import { renderReceipt, type ReceiptContext } from './receipt-facts.js';

/** What the receipt's full view shows besides the facts. */
export interface SignatureReceiptContext extends ReceiptContext {
  /** The signature went out from the outbox after the form was left (reconnect, reload). */
  readonly sentLater: boolean;
  /** Prints the receipt alone, without the page around it. */
  print(): void;
}

/** The receipt shown once the server recorded the signature: its reference and time, printable. */
export function renderSignatureReceipt({ sentLater, print, ...facts }: SignatureReceiptContext) {
  return renderReceipt(facts, {
    before: sentLater ? html`<p role="status">${msg('Your signature, kept on this device, has now been sent.')}</p>` : nothing,
    after: html`<p>${msg('The public count can take a few seconds to include your signature.')}</p>
      <button class="button secondary no-print" type="button" @click=${print}>${msg('Print this receipt')}</button>`,
  });
}
