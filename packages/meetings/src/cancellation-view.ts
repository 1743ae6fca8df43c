/**
 * Cancelling a registration with the receipt's code: confirmed from the receipt's link, or typed in.
 * A lazy module, downloaded with the meeting it is shown under (or at once for a cancellation link):
 * the element keeps the outbox of cancellations and where cancelling stands (cancellation-link.ts).
 */
import { html, nothing, type ReactiveElement } from 'lit';
import { msg } from '@lit/localize';
import {
  CANCELLATION_CODE_PATTERN,
  describeApiError,
  focusWhenRendered,
  type CancellationInput,
  type CancellationReceipt,
  type SubmissionController,
} from '@mocharaka/core';
import type { Cancelling } from './cancellation-link.js';

/** What cancelling reads from the element, and the one state it sets (`cancelling`). */
export interface CancellationHost {
  readonly element: ReactiveElement;
  /** The meeting shown. */
  readonly meetingId?: string;
  cancelling: Cancelling;
  readonly submissions: SubmissionController<CancellationInput, CancellationReceipt>;
  /** The server cancelled the registration with `code`. */
  cancelled(code: string): void;
}

async function cancel(host: CancellationHost, event: SubmitEvent) {
  event.preventDefault();
  const { element, meetingId, submissions } = host;
  const code = host.cancelling.code.trim();
  if (submissions.sending || !meetingId) return;
  if (!CANCELLATION_CODE_PATTERN.test(code)) {
    host.cancelling = { ...host.cancelling, invalid: true, failure: undefined };
    return void focusWhenRendered(element, '#cancel-code');
  }
  host.cancelling = { ...host.cancelling, invalid: false, failure: undefined };
  const settlement = await submissions.submit(meetingId, { code });
  if (settlement.kind === 'receipt') {
    host.cancelling = { ...host.cancelling, cancelled: settlement.result.cancellation.reference };
    host.cancelled(code);
    return void focusWhenRendered(element, '#cancelled');
  }
  host.cancelling = { ...host.cancelling, failure: settlement.error };
  void focusWhenRendered(element, '#cancel-failure');
}

/** Cancelling with the receipt's code: confirmed from the link, or typed in; then its confirmation. */
export function renderCancellation(host: CancellationHost) {
  const { cancelling } = host;
  if (cancelling.cancelled) {
    return html`<div class="notice receipt" id="cancelled" tabindex="-1" role="status">
      <h3>${msg('Your registration is cancelled')}</h3>
      <p>${msg('Thank you: your seat goes to the next person on the waiting list.')} <span class="ltr" dir="ltr">${cancelling.cancelled}</span></p>
    </div>`;
  }
  return html`<section class="cancel" aria-labelledby="cancel-title">
    <h3 id="cancel-title">${cancelling.fromLink ? msg('Cancel your registration?') : msg('Cancel a registration')}</h3>
    ${cancelling.failure ? html`<div id="cancel-failure" class="notice error" tabindex="-1" role="alert">${describeApiError(cancelling.failure)}</div>` : nothing}
    <form novalidate aria-labelledby="cancel-title" @submit=${(event: SubmitEvent) => void cancel(host, event)}>
      <div class="field">
        <label for="cancel-code">${msg('Cancellation code (on your receipt)')}</label>
        ${cancelling.invalid ? html`<p class="error-text" id="cancel-code-error">${msg('Type the 24 characters of the code, as on the receipt.')}</p>` : nothing}
        <input id="cancel-code" class="ltr" dir="ltr" autocomplete="off" spellcheck="false" maxlength="24" .value=${cancelling.code}
          aria-invalid=${cancelling.invalid ? 'true' : nothing} aria-describedby=${cancelling.invalid ? 'cancel-code-error' : nothing}
          @input=${(e: Event) => (host.cancelling = { ...host.cancelling, code: (e.target as HTMLInputElement).value, invalid: false })} />
      </div>
      <button class="button secondary" type="submit">${msg('Cancel my registration')}</button>
      <p role="status">${host.submissions.sending ? msg('Sending…') : nothing}</p>
    </form>
  </section>`;
}
