import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { describeApiError, type ApiError, type Petition } from '@mocharaka/core';
import { localizedDate, type PetitionContext } from './petition-text.js';

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

/** Why the petition cannot be signed now, and the failure that told us so if any. */
export function renderNotOpen(ctx: PetitionContext, data: Petition, signing: Exclude<SigningState, 'open'>, failure?: ApiError) {
  let why: TemplateResult | string;
  switch (signing) {
    case 'not-yet-open':
      why = msg(html`Signing is not open yet: it opens on ${localizedDate(ctx, data.opensAt)}.`);
      break;
    case 'closed':
      why = msg(html`Signing is closed: it ended on ${localizedDate(ctx, data.closesAt)}.`);
      break;
    case 'rejected':
      why = msg('Signing is over: the bureau rejected this petition. Its reasons are given in the progress above.');
      break;
    default:
      why = msg('Signing is over: the signatures were deposited with the president of the council.');
  }
  return html`<div class="notice closed" id="not-open" part="closed">
    <h3>${msg('Signing is not possible')}</h3>
    <p>${why}</p>
    ${failure ? html`<p id="failure" tabindex="-1">${describeApiError(failure)}</p>` : nothing}
  </div>`;
}

/** A signature made offline, waiting in the outbox; `sendNow` flushes it. */
export function renderQueued(sendNow: () => unknown) {
  return html`<div class="notice" id="queued" tabindex="-1" role="status">
    <h3>${msg('Your signature is waiting to be sent')}</h3>
    <p>${msg('No connection right now. Your signature is kept on this device and will be sent automatically when the connection returns. Do not sign again.')}</p>
    <button class="button secondary" type="button" @click=${sendNow}>${msg('Send now')}</button>
  </div>`;
}
