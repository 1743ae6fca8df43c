import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { renderReceiptFacts, type ReceiptFacts } from './receipt-facts.js';

export interface ReceiptContext extends ReceiptFacts {
  follow(code: string): void;
  another(): void;
}

/** The receipt: the follow-up code to keep, and what happens next. */
export function renderReceipt(ctx: ReceiptContext) {
  const { receipt } = ctx;
  return renderReceiptFacts(
    ctx,
    html`${receipt.contactKept ? html`<p class="hint">${msg('Your contact is stored encrypted and used only about this message.')}</p>` : nothing}
      <div class="actions">
        <button class="button" type="button" @click=${() => ctx.follow(receipt.code)}>${msg('Follow it')}</button>
        <button class="button secondary" type="button" @click=${ctx.another}>${msg('Send another')}</button>
      </div>`,
  );
}

/** A message kept on the device while offline. */
export function renderQueued(sendNow: () => void) {
  return html`<div id="queued" class="notice" role="status" tabindex="-1">
    <p>${msg('You seem to be offline. Your message is kept on this device and will be sent when the connection returns.')}</p>
    <button class="button secondary" type="button" @click=${sendNow}>${msg('Send now')}</button>
  </div>`;
}
