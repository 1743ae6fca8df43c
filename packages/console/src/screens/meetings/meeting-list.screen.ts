import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { ResourceController, defineElement, formatDateTime, formatNumber, pickText } from '@mocharaka/core';
import type { AdminMeetingList } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';

/** The commune's meetings, latest first: when, seats taken and waiting, minutes. */
export class ConsoleMeetingList extends ConsoleScreen {
  #list = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => api.get<AdminMeetingList>('/v1/admin/meetings', undefined, signal),
  });

  protected override render() {
    const n = (value: number) => formatNumber(this.locale, value);
    return html`${
      this.may('editor')
        ? html`<div class="actions"><a class="button" href=${consoleHref('/meetings/new')}>${msg('New meeting')}</a></div>`
        : nothing
    }
    ${renderResource(this.#list, ({ items }) =>
      items.length === 0
        ? html`<p>${msg('No meeting yet.')}</p>`
        : html`<div class="table-wrap" role="region" aria-labelledby="meetings-caption" tabindex="0">
            <table>
              <caption id="meetings-caption" class="visually-hidden">${msg('Citizen meetings')}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Meeting')}</th>
                  <th scope="col">${msg('Starts')}</th>
                  <th scope="col" class="number">${msg('Seats taken / capacity')}</th>
                  <th scope="col" class="number">${msg('Waiting')}</th>
                  <th scope="col">${msg('Minutes')}</th>
                </tr>
              </thead>
              <tbody>
                ${items.map((item) => {
                  const title = pickText(item.title, this.locale);
                  return html`<tr>
                    <td>
                      <a href=${consoleHref(`/meetings/${item.id}`)} lang=${title.lang} dir=${title.dir}>${title.text}</a>
                      <div class="muted ltr">${item.id}</div>
                      ${item.status === 'cancelled' ? html`<span class="badge">${msg('Cancelled')}</span>` : nothing}
                    </td>
                    <td><time datetime=${item.startsAt}>${formatDateTime(this.locale, item.startsAt)}</time></td>
                    <td class="number">${n(item.seats.taken)} / ${n(item.seats.capacity)}</td>
                    <td class="number">${n(item.seats.waiting)}</td>
                    <td>${item.minutes ? msg('Published') : item.minutesDraft ? msg('Draft') : msg('None')}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`,
    )}`;
  }
}

defineElement('console-meetings', ConsoleMeetingList);
