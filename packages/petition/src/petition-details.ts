import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, pickText, type Petition } from '@mocharaka/core';
import { localizedDate, localizedText, type PetitionContext } from './petition-text.js';

const isHttps = (url: string | undefined): url is string => !!url && /^https:\/\//i.test(url);

/** The petition itself: title, agent, commune, signing dates, body and demands. */
export function renderPetitionDetails(ctx: PetitionContext, data: Petition) {
  const title = pickText(data.title, ctx.locale);
  return html`<p class="kicker">${msg('Petition to the commune council')}</p>
    <h2 id="petition-title" part="title" lang=${title.lang} dir=${title.dir}>${title.text}</h2>
    <dl class="facts">
      <div><dt>${msg('Agent of the petition')}</dt><dd><bdi dir="auto">${data.agent.name}</bdi></dd></div>
      <div><dt>${msg('Commune')}</dt><dd>${localizedText(ctx, data.commune.name)}</dd></div>
      <div><dt>${msg('Signing opens')}</dt><dd>${localizedDate(ctx, data.opensAt)}</dd></div>
      <div><dt>${msg('Signing closes')}</dt><dd>${localizedDate(ctx, data.closesAt)}</dd></div>
    </dl>
    ${localizedText(ctx, data.body, 'p')}
    <h3 id="demands-title">${msg('Demands')}</h3>
    <ol class="demands" aria-labelledby="demands-title">
      ${data.demands.map((demand) => html`<li>${localizedText(ctx, demand, 'span')}</li>`)}
    </ol>`;
}

/** The signature count against the legal threshold, with its progress bar. */
export function renderSignatureCount(ctx: PetitionContext, data: Petition) {
  const count = formatNumber(ctx.locale, data.signatureCount);
  const threshold = formatNumber(ctx.locale, data.threshold);
  return html`<h3 id="count-title">${msg('Signatures')}</h3>
    <p id="count-text" class="count" aria-live="polite" aria-atomic="true">${msg(str`Valid signatures: ${count} of ${threshold} needed`)}</p>
    <progress part="progress" aria-labelledby="count-text" max=${data.threshold} .value=${Math.min(data.signatureCount, data.threshold)}></progress>
    ${data.signatureCount >= data.threshold ? html`<p>${msg('The number of signatures the law requires is reached.')}</p>` : nothing}`;
}

/** A link to the petition on the national portal, only if it is a safe https address. */
export function renderPortalLink(data: Petition) {
  return isHttps(data.portalUrl)
    ? html`<p class="portal"><a href=${data.portalUrl} rel="noopener">${msg('This petition on the national e-participation portal')}</a></p>`
    : nothing;
}
