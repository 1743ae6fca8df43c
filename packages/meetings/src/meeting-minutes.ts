import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, formatNumber, type Locale, type MeetingLinkKind, type MeetingMinutes } from '@mocharaka/core';
import { localized } from './meeting-text.js';

/** Where each kind of linked item lives on the commune's site: a URL with `{id}`, set by the page. */
export type LinkTemplates = Partial<Record<MeetingLinkKind, string>>;

function kindLabel(kind: MeetingLinkKind): string {
  switch (kind) {
    case 'petition':
      return msg('Petition');
    case 'consultation':
      return msg('Consultation');
    default:
      return msg('Suggestion');
  }
}

/** Only http(s) links are made from a template; anything else shows the id as text. */
function linkFor(template: string | undefined, id: string): string | undefined {
  if (!template) return undefined;
  try {
    const url = new URL(template.replaceAll('{id}', encodeURIComponent(id)), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The published minutes: summary, points discussed, decisions (who, by when), attendance and related items. */
export function renderMinutes(locale: Locale, minutes: MeetingMinutes, links: LinkTemplates) {
  return html`<section class="minutes" part="minutes" aria-labelledby="minutes-title">
    <h3 id="minutes-title">${msg('Minutes')}</h3>
    <p class="kicker">
      ${msg(str`Published on ${formatDate(locale, minutes.publishedAt)} · Attendance: ${formatNumber(locale, minutes.attendance)}`)}
    </p>
    <p class="prose">${localized(locale, minutes.summary)}</p>
    ${
      minutes.points.length
        ? html`<h4>${msg('Points discussed')}</h4>
          <ol>
            ${minutes.points.map(
              (point) =>
                html`<li><strong>${localized(locale, point.title)}</strong>${point.text ? html`<p class="prose">${localized(locale, point.text)}</p>` : nothing}</li>`,
            )}
          </ol>`
        : nothing
    }
    ${
      minutes.decisions.length
        ? html`<h4>${msg('Decisions')}</h4>
          <ol class="decisions">
            ${minutes.decisions.map(
              (decision) => html`<li>
                ${localized(locale, decision.text)}
                ${decision.responsible ? html`<br /><span class="kicker">${msg('Responsible:')} ${localized(locale, decision.responsible)}</span>` : nothing}
                ${decision.dueDate ? html`<br /><span class="kicker">${msg('By:')} <time datetime=${decision.dueDate}>${formatDate(locale, decision.dueDate)}</time></span>` : nothing}
              </li>`,
            )}
          </ol>`
        : nothing
    }
    ${
      minutes.links.length
        ? html`<h4>${msg('Related')}</h4>
          <ul>
            ${minutes.links.map(({ kind, id }) => {
              const href = linkFor(links[kind], id);
              const label = html`${kindLabel(kind)}: <bdi dir="ltr">${id}</bdi>`;
              return html`<li>${href ? html`<a href=${href}>${label}</a>` : label}</li>`;
            })}
          </ul>`
        : nothing
    }
  </section>`;
}
