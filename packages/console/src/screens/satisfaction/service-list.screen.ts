import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { ResourceController, defineElement, pickText, type Service, type ServiceSummary } from '@mocharaka/core';
import type { ServiceList } from '@mocharaka/core';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import { renderScore } from './score-labels.js';

/** The services citizens rate, with each one's score. */
export class ConsoleServiceList extends ConsoleScreen {
  #services = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: async ([api]: readonly [StaffApi], signal) => {
      const { items } = await api.get<ServiceList>('/v1/services', undefined, signal);
      const summaries = await Promise.all(
        items.map((one) => api.get<ServiceSummary>(`/v1/services/${encodeURIComponent(one.id)}/summary`, undefined, signal)),
      );
      return items.map((service, index): [Service, ServiceSummary] => [service, summaries[index]!]);
    },
  });

  protected override render() {
    return html`${
      this.may('editor')
        ? html`<div class="actions"><a class="button" href=${consoleHref('/satisfaction/new')}>${msg('New service')}</a></div>`
        : nothing
    }
    ${renderResource(this.#services, (rows) =>
      rows.length === 0
        ? html`<p>${msg('No service yet. Add the counters and offices citizens should rate.')}</p>`
        : html`<div class="table-wrap" role="region" aria-labelledby="services-caption" tabindex="0">
            <table>
              <caption id="services-caption" class="visually-hidden">
                ${msg('Services')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Service')}</th>
                  <th scope="col">${msg('Score')}</th>
                  <th scope="col">${msg('Actions')}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(([service, summary]) => {
                  const name = pickText(service.name, this.locale);
                  return html`<tr>
                    <td>
                      <a href=${consoleHref(`/satisfaction/${service.id}`)} lang=${name.lang} dir=${name.dir}>${name.text}</a>
                      <div class="muted ltr">${service.id}</div>
                    </td>
                    <td>${renderScore(summary, this.locale)}</td>
                    <td>
                      ${
                        this.may('editor')
                          ? html`<a href=${consoleHref(`/satisfaction/${service.id}/edit`)}
                              >${msg('Edit')}<span class="visually-hidden">: ${name.text}</span></a
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

defineElement('console-services', ConsoleServiceList);
