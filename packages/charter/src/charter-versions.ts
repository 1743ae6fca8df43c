import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { formatNumber, type Charter } from '@mocharaka/core';
import { date, text, type TextContext } from './charter-text.js';

/** "Adopted by the council at its …", for a charter with an adoption decision. */
export function adoption(context: TextContext, data: Charter) {
  const decision = data.adoption!;
  return msg(html`Adopted by the council at its ${text(context, decision.session, context.shown[0]!)} (${date(context, decision.date)})`);
}

/** "Version 2, 3 March 2025": the comma is the language's own ("،" in Arabic). */
export function versionOn(context: TextContext, number: number, publishedAt: string) {
  const version = formatNumber(context.locale, number);
  return msg(html`Version ${version}, ${date(context, publishedAt)}`, { id: 'version-on' });
}

/** In place of the version history when its view could not be downloaded; nothing for a single version, as the history. */
export function renderVersionsFailed(data: Charter) {
  return data.versions.length < 2
    ? nothing
    : html`<section part="versions" class="versions no-print" aria-labelledby="versions-title">
        <h3 id="versions-title">${msg('Versions')}</h3>
        <p class="notice error" id="versions-failed">${msg('The version history could not be loaded. Check your connection, then reload the page.')}</p>
      </section>`;
}

/** The charter's life cycle and current version. */
export function renderStatus(context: TextContext, data: Charter) {
  const consultation = data.consultation;
  const open = data.status === 'consultation';
  return html`<dl class="meta">
    <dt>${msg('Status')}</dt>
    <dd>
      ${
        data.status === 'draft'
          ? msg('Draft')
          : open
            ? consultation
              ? msg(html`In public consultation until ${date(context, consultation.closesAt)}`)
              : msg('In public consultation')
            : data.status === 'revised'
              ? data.revision
                ? msg(
                    html`Revised by the council at its ${text(context, data.revision.session, context.shown[0]!)} (${date(context, data.revision.date)})`,
                  )
                : msg('Adopted, then revised')
              : data.adoption
                ? adoption(context, data)
                : msg('Adopted')
      }
      ${consultation && !open ? html`<br />${msg(html`Public consultation from ${date(context, consultation.opensAt)} to ${date(context, consultation.closesAt)}`)}` : nothing}
      ${
        consultation?.url && /^https:\/\//.test(consultation.url)
          ? html`<br /><a href=${consultation.url} rel="noopener">${open ? msg('Give your opinion on the draft') : msg('The public consultation')}</a>`
          : nothing
      }
    </dd>
    <dt>${msg('Version')}</dt>
    <dd>${versionOn(context, data.version.number, data.version.publishedAt)}</dd>
  </dl>`;
}
