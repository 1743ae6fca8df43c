import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { ResourceController, defineElement, formatDateTime, formatNumber, pickText } from '@mocharaka/core';
import type { AdminConsultationList } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import { consultationStatusName } from './consultation-labels.js';

/** Every consultation of the commune, whatever its status, with its responses and whether its results are public. */
export class ConsoleConsultationList extends ConsoleScreen {
  #list = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => api.get<AdminConsultationList>('/v1/admin/consultations', undefined, signal),
  });

  protected override render() {
    return html`${
      this.may('editor')
        ? html`<div class="actions"><a class="button" href=${consoleHref('/consultations/new')}>${msg('New consultation')}</a></div>`
        : nothing
    }
    ${renderResource(this.#list, ({ items }) =>
      items.length === 0
        ? html`<p>${msg('No consultation yet.')}</p>`
        : html`<div class="table-wrap" role="region" aria-labelledby="consultations-caption" tabindex="0">
            <table>
              <caption id="consultations-caption" class="visually-hidden">
                ${msg('Consultations')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Consultation')}</th>
                  <th scope="col">${msg('Status')}</th>
                  <th scope="col">${msg('Window')}</th>
                  <th scope="col" class="number">${msg('Responses')}</th>
                  <th scope="col">${msg('Results')}</th>
                  <th scope="col">${msg('Actions')}</th>
                </tr>
              </thead>
              <tbody>
                ${items.map((item) => {
                  const title = pickText(item.title, this.locale);
                  return html`<tr>
                    <td>
                      <a href=${consoleHref(`/consultations/${item.id}`)} lang=${title.lang} dir=${title.dir}>${title.text}</a>
                      <div class="muted ltr">${item.id}</div>
                    </td>
                    <td><span class="badge">${consultationStatusName(item.status)}</span></td>
                    <td>${formatDateTime(this.locale, item.opensAt)} – ${formatDateTime(this.locale, item.closesAt)}</td>
                    <td class="number">${formatNumber(this.locale, item.responseCount)}</td>
                    <td>${item.resultsPublished ? msg('Published') : msg('Not published')}</td>
                    <td>
                      ${
                        this.may('editor')
                          ? html`<a href=${consoleHref(`/consultations/${item.id}/edit`)}
                              >${msg('Edit')}<span class="visually-hidden">: ${title.text}</span></a
                            >`
                          : nothing
                      }
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`,
    )}`;
  }
}

defineElement('console-consultations', ConsoleConsultationList);
