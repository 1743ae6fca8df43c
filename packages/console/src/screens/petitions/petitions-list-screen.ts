import { html } from 'lit';
import { msg } from '@lit/localize';
import { ResourceController, defineElement, formatDate, formatNumber, pickText } from '@mocharaka/core';
import type { AdminPetitionList } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import { petitionStatusLabel } from './petition-labels.js';

/** Every petition of the commune, newest first, whatever its status. */
export class PetitionsListScreen extends ConsoleScreen {
  #petitions = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => api.get<AdminPetitionList>('/v1/admin/petitions', undefined, signal),
  });

  protected override render() {
    const n = (value: number) => formatNumber(this.locale, value);
    return html`${
      this.may('editor')
        ? html`<div class="actions"><a class="button" href=${consoleHref('/petitions/new')}>${msg('New petition')}</a></div>`
        : null
    }
    ${renderResource(this.#petitions, ({ items }) =>
      items.length === 0
        ? html`<p>${msg('No petition yet.')}</p>`
        : html`<div class="table-wrap" role="group" aria-labelledby="list-caption" tabindex="0">
            <table>
              <caption id="list-caption" class="visually-hidden">
                ${msg('Petitions')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Petition')}</th>
                  <th scope="col">${msg('Status')}</th>
                  <th scope="col" class="number">${msg('Signatures (of which on paper)')}</th>
                  <th scope="col" class="number">${msg('Threshold')}</th>
                  <th scope="col">${msg('Collection')}</th>
                </tr>
              </thead>
              <tbody>
                ${items.map((petition) => {
                  const title = pickText(petition.title, this.locale);
                  return html`<tr>
                    <td><a href=${consoleHref(`/petitions/${petition.id}`)} lang=${title.lang} dir=${title.dir}>${title.text}</a></td>
                    <td>${petitionStatusLabel(petition.status)}</td>
                    <td class="number">${n(petition.signatureCount)} (${n(petition.paperSignatureCount)})</td>
                    <td class="number">${n(petition.threshold)}</td>
                    <td>${formatDate(this.locale, petition.opensAt)} – ${formatDate(this.locale, petition.closesAt)}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`,
    )}`;
  }
}

defineElement('console-petitions', PetitionsListScreen);
