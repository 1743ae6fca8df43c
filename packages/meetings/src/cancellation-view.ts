import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { describeApiError, type ApiError } from '@mocharaka/core';

export interface CancellationHost {
  /** Typed by the registrant, or brought by the receipt's link. */
  code: string;
  fromLink: boolean;
  sending: boolean;
  invalid: boolean;
  failure?: ApiError;
  /** Set once cancelled: the registration's reference. */
  cancelled?: string;
  edit(code: string): void;
  submit(event: SubmitEvent): void;
}

/** Cancelling with the receipt's code: confirmed from the link, or typed in. */
export function renderCancellation(host: CancellationHost) {
  if (host.cancelled) {
    return html`<div class="notice receipt" id="cancelled" tabindex="-1" role="status">
      <h3>${msg('Your registration is cancelled')}</h3>
      <p>${msg('Thank you: your seat goes to the next person on the waiting list.')} <span class="ltr" dir="ltr">${host.cancelled}</span></p>
    </div>`;
  }
  return html`<section class="cancel" aria-labelledby="cancel-title">
    <h3 id="cancel-title">${host.fromLink ? msg('Cancel your registration?') : msg('Cancel a registration')}</h3>
    ${host.failure ? html`<div id="cancel-failure" class="notice error" tabindex="-1" role="alert">${describeApiError(host.failure)}</div>` : nothing}
    <form novalidate aria-labelledby="cancel-title" @submit=${host.submit}>
      <div class="field">
        <label for="cancel-code">${msg('Cancellation code (on your receipt)')}</label>
        ${host.invalid ? html`<p class="error-text" id="cancel-code-error">${msg('Type the 24 characters of the code, as on the receipt.')}</p>` : nothing}
        <input id="cancel-code" class="ltr" dir="ltr" autocomplete="off" spellcheck="false" maxlength="24" .value=${host.code}
          aria-invalid=${host.invalid ? 'true' : nothing} aria-describedby=${host.invalid ? 'cancel-code-error' : nothing}
          @input=${(e: Event) => host.edit((e.target as HTMLInputElement).value)} />
      </div>
      <button class="button secondary" type="submit">${msg('Cancel my registration')}</button>
      <p role="status">${host.sending ? msg('Sending…') : nothing}</p>
    </form>
  </section>`;
}
