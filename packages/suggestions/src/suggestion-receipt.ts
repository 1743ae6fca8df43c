import { msg } from '@lit/localize';
import { formatDateTime, type Locale, type SuggestionReceipt } from '@mocharaka/core';
import { html, nothing } from 'lit';

export interface ReceiptContext {
  readonly locale: Locale;
  readonly receipt: SuggestionReceipt;
  /** Sent from the outbox after the connection returned. */
  readonly sentLater: boolean;
  follow(code: string): void;
  another(): void;
}

/** The receipt: the follow-up code to keep, and what happens next. */
export function renderReceipt(ctx: ReceiptContext) {
  const { receipt } = ctx;
  return html`<div id="receipt" class="notice receipt" part="receipt" tabindex="-1" role="status">
    <h3>${ctx.sentLater ? msg('Your message was sent when the connection returned') : msg('Thank you, your message was received')}</h3>
    <p>${msg('Your follow-up code:')} <strong class="code ltr" dir="ltr">${receipt.code}</strong></p>
    <p class="hint">
      ${msg(html`Received <time datetime=${receipt.submittedAt}>${formatDateTime(ctx.locale, receipt.submittedAt)}</time>.`)}
      ${msg('Keep this code: with it you can follow your message until the commune answers.')}
    </p>
    ${receipt.contactKept ? html`<p class="hint">${msg('Your contact is stored encrypted and used only about this message.')}</p>` : nothing}
    <div class="actions">
      <button class="button" type="button" @click=${() => ctx.follow(receipt.code)}>${msg('Follow it')}</button>
      <button class="button secondary" type="button" @click=${ctx.another}>${msg('Send another')}</button>
    </div>
  </div>`;
}

/** A message kept on the device while offline. */
export function renderQueued(sendNow: () => void) {
  return html`<div id="queued" class="notice" role="status" tabindex="-1">
    <p>${msg('You seem to be offline. Your message is kept on this device and will be sent when the connection returns.')}</p>
    <button class="button secondary" type="button" @click=${sendNow}>${msg('Send now')}</button>
  </div>`;
}
