import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Petition } from '@mocharaka/core';

/** Why signing is (not) possible now. */
export type SigningState = 'open' | 'not-yet-open' | 'closed' | 'ended' | 'rejected';

/** `refused`: the server answered 409, signing closed since the page loaded. */
export function signingState(data: Petition, refused: boolean): SigningState {
  if (data.status === 'rejected') return 'rejected';
  if (data.status !== 'collecting') return 'ended';
  const now = Date.now();
  if (now < Date.parse(data.opensAt)) return 'not-yet-open';
  if (now >= Date.parse(data.closesAt) || refused) return 'closed';
  return 'open';
}

/**
 * A signature made offline, waiting in the outbox; `sendNow` flushes it. In the main module, unlike
 * the notice of a petition that cannot be signed (signing-closed.ts): offline, no module downloads.
 */
export function renderQueued(sendNow: () => unknown) {
  return html`<div class="notice" id="queued" tabindex="-1" role="status">
    <h3>${msg('Your signature is waiting to be sent')}</h3>
    <p>${msg('No connection right now. Your signature is kept on this device and will be sent automatically when the connection returns. Do not sign again.')}</p>
    <button class="button secondary" type="button" @click=${sendNow}>${msg('Send now')}</button>
  </div>`;
}
