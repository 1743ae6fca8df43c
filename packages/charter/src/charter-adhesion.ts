import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, messages, type CharterAdhesions, type Locale } from '@mocharaka/core';
import type { AdhesionFormHost } from './adhesion-form.js';
import { userText } from './charter-text.js';
import type { AdhesionErrors } from './adhesion-rules.js';
import type { CharterAdheredDetail } from './charter.events.js';

/** The adhesion form's code: a lazy chunk, imported by the element only once adhesions are open. */
export type FormModule = typeof import('./adhesion-form.js');

/** What the adhesion section reads from the element. */
export interface AdhesionContext {
  readonly locale: Locale;
  /** Associations and citizens may adhere now. */
  readonly open: boolean;
  readonly adhesions?: CharterAdhesions;
  readonly receipt?: CharterAdheredDetail;
  /** An adhesion waits in the outbox to be sent. */
  readonly queued: boolean;
  /** The form's module, once loaded; false if its download failed. */
  readonly form?: FormModule | false;
  /** The form's state and callbacks, without its errors. */
  readonly host: Omit<AdhesionFormHost, 'errors'>;
  /** The server's errors, shown with the local ones once the citizen has tried to submit. */
  readonly serverErrors: AdhesionErrors;
  readonly submitted: boolean;
}

/** The counts, the adhering associations, then the receipt, the queued notice or the form. */
export function renderAdhesion(context: AdhesionContext) {
  const { adhesions, form, locale } = context;
  const count = adhesions?.counts;
  return html`<section class="no-print" aria-labelledby="adhere-title">
    <h3 id="adhere-title">${msg('Adhere to the charter')}</h3>
    ${
      !context.open
        ? html`<p>${msg('Associations and citizens can adhere once the council has adopted the charter.')}</p>`
        : html`${
            count
              ? html`<p>${msg(str`Adhering associations: ${formatNumber(locale, count.associations)}. Adhering citizens: ${formatNumber(locale, count.citizens)}.`)}</p>
              ${
                adhesions!.items.length
                  ? html`<ul aria-label=${msg('Adhering associations')}>${adhesions!.items.map((item) => html`<li>${userText(item.name)}</li>`)}</ul>`
                  : nothing
              }`
              : nothing
          }
        ${
          context.receipt
            ? html`<div id="receipt" class="notice" part="receipt" tabindex="-1" role="status">
              <p><strong>${msg('Thank you: your adhesion is recorded.')}</strong></p>
              <p>${msg('Reference:')} <span class="ltr" dir="ltr">${context.receipt.reference}</span></p>
            </div>`
            : context.queued
              ? html`<div id="queued" class="notice" tabindex="-1" role="status">${messages.savedOffline()}</div>`
              : form
                ? form.renderAdhesionForm({
                    ...context.host,
                    errors: context.submitted ? { ...context.serverErrors, ...form.checkAdhesion(context.host.draft).errors } : {},
                  })
                : form === false
                  ? html`<p class="notice error" id="adhesion-failed">${msg('The adhesion form could not be loaded. Check your connection, then reload the page.')}</p>`
                  : html`<p>${messages.loading()}</p>`
        }`
    }
  </section>`;
}
