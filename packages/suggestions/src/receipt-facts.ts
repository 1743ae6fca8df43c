import { msg } from '@lit/localize';
import { formatDateTime, type Locale, type SuggestionReceipt } from '@mocharaka/core';
import { html, nothing } from 'lit';

export interface ReceiptFacts {
  readonly locale: Locale;
  readonly receipt: SuggestionReceipt;
  /** Sent from the outbox after the connection returned. */
  readonly sentLater: boolean;
}

/**
 * The receipt with what the citizen must keep: the follow-up code and when it was received.
 * In the element's main module, not the lazy views: a message sent from the outbox while they
 * cannot be downloaded still gives its code. The lazy receipt adds what comes `after`.
 */
export function renderReceiptFacts({ locale, receipt, sentLater }: ReceiptFacts, after: unknown = nothing) {
  return html`<div id="receipt" class="notice receipt" part="receipt" tabindex="-1" role="status">
    <h3>${sentLater ? msg('Your message was sent when the connection returned') : msg('Thank you, your message was received')}</h3>
    <p>${msg('Your follow-up code:')} <strong class="code ltr" dir="ltr">${receipt.code}</strong></p>
    <p class="hint">
      ${msg(html`Received <time datetime=${receipt.submittedAt}>${formatDateTime(locale, receipt.submittedAt)}</time>.`)}
      ${msg('Keep this code: with it you can follow your message until the commune answers.')}
    </p>
    ${after}
  </div>`;
}
