import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { describeApiError, type ApiError, type Petition } from '@mocharaka/core';
import { localizedDate, type PetitionContext } from './petition-text.js';
import type { SigningState } from './signing-notices.js';

// A lazy module: most citizens meet a petition while it collects signatures, so only a petition
// not open yet, closed, deposited or rejected (or a signature refused with a 409) shows this. Its
// download starts beside the petition's data, and only such a petition waits for it.

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
