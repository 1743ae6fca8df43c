import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, type Charter } from '@mocharaka/core';
import { text, type TextContext } from './charter-text.js';
import { adoption } from './charter-versions.js';

/** The charter's title in the languages shown, its summary, and (in print) its version and adoption. */
export function renderHeader(context: TextContext, data: Charter) {
  const { shown } = context;
  const version = formatNumber(context.locale, data.version.number);
  return html`<header>
    <p class="kicker">${msg('Citizen participation charter')}</p>
    <h2 id="charter-title">${shown.map((language) => text(context, data.title, language, 'p'))}</h2>
    ${data.summary ? text(context, data.summary, shown[0]!, 'p') : nothing}
    <p class="print-only">${msg(str`Version ${version}`)}${data.adoption ? html` · ${adoption(context, data)}` : nothing}</p>
  </header>`;
}
