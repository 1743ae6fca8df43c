import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import {
  ResourceController,
  defineElement,
  formatDate,
  formatMonth,
  formatNumber,
  pickText,
  type ConsultationStatus,
} from '@mocharaka/core';
import type { Dashboard } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import { petitionStatusLabel } from '../petitions/petition-labels.js';
import { renderSuggestionsDashboard } from '../suggestions/suggestions-dashboard.js';

function consultationStatusLabel(status: ConsultationStatus): string {
  if (status === 'upcoming') return msg('Upcoming');
  if (status === 'open') return msg('Open');
  return msg('Closed');
}

/** What waits for staff today: petitions against their threshold and deadline, consultations, satisfaction, moderation. */
export class DashboardScreen extends ConsoleScreen {
  #dashboard = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => api.get<Dashboard>('/v1/admin/dashboard', undefined, signal),
  });

  protected override render() {
    return renderResource(
      this.#dashboard,
      (dashboard) => html`
        ${this.#renderPetitions(dashboard)} ${this.#renderConsultations(dashboard)}
        <div class="columns">${this.#renderSatisfaction(dashboard)} ${this.#renderModeration(dashboard)}</div>
        ${renderSuggestionsDashboard(this.locale, dashboard.suggestions)}
      `,
    );
  }

  #renderPetitions({ petitions }: Dashboard) {
    const n = (value: number) => formatNumber(this.locale, value);
    return html`<section aria-labelledby="petitions-title">
      <h2 id="petitions-title">${msg('Open petitions')}</h2>
      ${
        petitions.length === 0
          ? html`<p>${msg('No petition is collecting signatures or waiting for the bureau.')}</p>`
          : html`<div class="table-wrap" role="group" aria-labelledby="petitions-title" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${msg('Petition')}</th>
                    <th scope="col">${msg('Status')}</th>
                    <th scope="col" class="number">${msg('Signatures / threshold')}</th>
                    <th scope="col">${msg('Deadline')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${petitions.map((petition) => {
                    const title = pickText(petition.title, this.locale);
                    return html`<tr>
                      <td><a href=${consoleHref(`/petitions/${petition.id}`)} lang=${title.lang} dir=${title.dir}>${title.text}</a></td>
                      <td>${petitionStatusLabel(petition.status)}</td>
                      <td class="number">
                        ${n(petition.signatureCount)} / ${n(petition.threshold)}
                        ${petition.signatureCount >= petition.threshold ? html`<span class="badge">${msg('Threshold reached')}</span>` : nothing}
                      </td>
                      <td>
                        ${
                          petition.answerDueAt
                            ? msg(str`Bureau answers by ${formatDate(this.locale, petition.answerDueAt)}`)
                            : msg(str`Closes ${formatDate(this.locale, petition.closesAt)}`)
                        }
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }

  #renderConsultations({ consultations }: Dashboard) {
    return html`<section aria-labelledby="consultations-title">
      <h2 id="consultations-title">${msg('Open consultations')}</h2>
      ${
        consultations.length === 0
          ? html`<p>${msg('No consultation is open or upcoming.')}</p>`
          : html`<ul>
              ${consultations.map((consultation) => {
                const title = pickText(consultation.title, this.locale);
                return html`<li>
                  <a href=${consoleHref(`/consultations/${consultation.id}`)} lang=${title.lang} dir=${title.dir}>${title.text}</a>
                  —
                  ${msg(
                    str`${consultationStatusLabel(consultation.status)}, responses: ${formatNumber(this.locale, consultation.responseCount)}, closes ${formatDate(this.locale, consultation.closesAt)}`,
                  )}
                </li>`;
              })}
            </ul>`
      }
    </section>`;
  }

  #renderSatisfaction({ satisfaction }: Dashboard) {
    return html`<section aria-labelledby="satisfaction-title">
      <h2 id="satisfaction-title">${msg(str`Satisfaction this month (${formatMonth(this.locale, satisfaction.month)})`)}</h2>
      ${
        satisfaction.services.length === 0
          ? html`<p>${msg('No service is set up yet.')}</p>`
          : html`<ul>
              ${satisfaction.services.map((service) => {
                const name = pickText(service.name, this.locale);
                return html`<li>
                  <span lang=${name.lang} dir=${name.dir}>${name.text}</span> —
                  ${
                    service.average === undefined
                      ? msg('no rating yet')
                      : msg(
                          str`average ${formatNumber(this.locale, service.average, { maximumFractionDigits: 1 })} of 5, ratings: ${formatNumber(this.locale, service.ratingCount)}`,
                        )
                  }
                </li>`;
              })}
            </ul>`
      }
    </section>`;
  }

  #renderModeration({ moderation }: Dashboard) {
    const n = (value: number) => formatNumber(this.locale, value);
    return html`<section aria-labelledby="moderation-title">
      <h2 id="moderation-title">${msg('Waiting for moderation')}</h2>
      <p class="hint">${msg(str`Since ${formatDate(this.locale, moderation.since)}`)}</p>
      <dl class="facts">
        <dt>${msg('Comments on services')}</dt>
        <dd>${n(moderation.ratingComments)}</dd>
        <dt>${msg('Charter adhesions')}</dt>
        <dd>${n(moderation.charterAdhesions)}</dd>
        <dt>${msg('Free-text answers to consultations')}</dt>
        <dd>${n(moderation.freeTextAnswers)}</dd>
      </dl>
    </section>`;
  }
}

defineElement('console-dashboard', DashboardScreen);
