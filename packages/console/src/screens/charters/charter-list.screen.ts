import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { ResourceController, defineElement, formatNumber, pickText } from '@mocharaka/core';
import type { AdminCharterList } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import { charterStatusName } from './charter-labels.js';

/** The commune's charters, their status, version and adhesions. */
export class ConsoleCharterList extends ConsoleScreen {
  #list = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => api.get<AdminCharterList>('/v1/admin/charters', undefined, signal),
  });

  protected override render() {
    const n = (value: number) => formatNumber(this.locale, value);
    return html`${
      this.may('editor')
        ? html`<div class="actions"><a class="button" href=${consoleHref('/charters/new')}>${msg('New charter')}</a></div>`
        : nothing
    }
    ${renderResource(this.#list, ({ items }) =>
      items.length === 0
        ? html`<p>${msg('No charter yet.')}</p>`
        : html`<div class="table-wrap" role="region" aria-labelledby="charters-caption" tabindex="0">
            <table>
              <caption id="charters-caption" class="visually-hidden">
                ${msg('Charters')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Charter')}</th>
                  <th scope="col">${msg('Status')}</th>
                  <th scope="col" class="number">${msg('Version')}</th>
                  <th scope="col" class="number">${msg('Adhesions (hidden)')}</th>
                </tr>
              </thead>
              <tbody>
                ${items.map((item) => {
                  const title = pickText(item.title, this.locale);
                  return html`<tr>
                    <td>
                      <a href=${consoleHref(`/charters/${item.id}`)} lang=${title.lang} dir=${title.dir}>${title.text}</a>
                      <div class="muted ltr">${item.id}</div>
                    </td>
                    <td><span class="badge">${charterStatusName(item.status)}</span></td>
                    <td class="number">${n(item.version)}</td>
                    <td class="number">${n(item.adhesionCount)} (${n(item.hiddenAdhesionCount)})</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`,
    )}`;
  }
}

defineElement('console-charters', ConsoleCharterList);
