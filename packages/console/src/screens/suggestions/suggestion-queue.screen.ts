import { msg } from '@lit/localize';
import {
  ResourceController,
  SUGGESTION_STATUSES,
  defineElement,
  formatDate,
  formatNumber,
  pickText,
  type SuggestionBox,
  type SuggestionStatus,
} from '@mocharaka/core';
import type { AdminSuggestionList } from '@mocharaka/core/contract';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import { listLabel, suggestionKindName, suggestionStatusName } from './suggestion-labels.js';

/** The triage queue: suggestions oldest first, filtered by status (received by default) and topic; the CSV export. */
export class ConsoleSuggestionQueue extends ConsoleScreen {
  @state() private status: SuggestionStatus | '' = 'received';
  @state() private topic = '';

  #box = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => api.get<SuggestionBox>('/v1/suggestion-box', undefined, signal),
  });

  #queue = new ResourceController(this, {
    args: () => (this.api ? ([this.api, this.status, this.topic] as const) : undefined),
    load: ([api, status, topic]: readonly [StaffApi, string, string], signal) =>
      api.get<AdminSuggestionList>('/v1/admin/suggestions', { status: status || undefined, topic: topic || undefined }, signal),
  });

  protected override render() {
    const box = this.#box.data ?? { topics: [], neighbourhoods: [], departments: [] };
    return html`<div class="actions">
        ${
          this.may('editor', 'moderator')
            ? html`<a class="button secondary" href=${this.api.href('/v1/admin/suggestions.csv')} download>${msg('Export as CSV')}</a>`
            : nothing
        }
        ${this.may('editor') ? html`<a class="button secondary" href=${consoleHref('/suggestions/box')}>${msg('Topics, neighbourhoods and departments')}</a>` : nothing}
      </div>
      <form class="row" role="search" aria-label=${msg('Filter the suggestions')} @submit=${(event: Event) => event.preventDefault()}>
        <div class="field">
          <label for="q-status">${msg('Status')}</label>
          <select id="q-status" @change=${(event: Event) => (this.status = (event.target as HTMLSelectElement).value as SuggestionStatus | '')}>
            <option value="" ?selected=${this.status === ''}>${msg('All statuses')}</option>
            ${SUGGESTION_STATUSES.map((status) => html`<option value=${status} ?selected=${this.status === status}>${suggestionStatusName(status)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="q-topic">${msg('Topic')}</label>
          <select id="q-topic" @change=${(event: Event) => (this.topic = (event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this.topic === ''}>${msg('All topics')}</option>
            ${box.topics.map((topic) => {
              const label = pickText(topic.label, this.locale);
              return html`<option value=${topic.id} ?selected=${this.topic === topic.id} lang=${label.lang}>${label.text}</option>`;
            })}
          </select>
        </div>
      </form>
      ${renderResource(this.#queue, ({ items }) =>
        items.length === 0
          ? html`<p role="status">${msg('Nothing waits here.')}</p>`
          : html`<div class="table-wrap" role="region" aria-labelledby="queue-caption" tabindex="0">
              <table>
                <caption id="queue-caption" class="visually-hidden">${msg('Suggestions, oldest first')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Code')}</th>
                    <th scope="col">${msg('Received')}</th>
                    <th scope="col">${msg('Topic')}</th>
                    <th scope="col">${msg('Message')}</th>
                    <th scope="col">${msg('Status')}</th>
                    <th scope="col">${msg('Department')}</th>
                    <th scope="col" class="number">${msg('Supports')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${items.map(
                    (item) => html`<tr>
                      <td>
                        ${
                          this.may('editor', 'moderator')
                            ? html`<a class="ltr" href=${consoleHref(`/suggestions/${item.code}`)}>${item.code}</a>`
                            : html`<span class="ltr">${item.code}</span>`
                        }
                      </td>
                      <td>${formatDate(this.locale, item.submittedAt)}</td>
                      <td>${listLabel(box.topics, item.topic, this.locale)}</td>
                      <td>
                        <span class="badge">${suggestionKindName(item.kind)}</span>
                        <span dir="auto">${item.text.length > 140 ? `${item.text.slice(0, 140)}…` : item.text}</span>
                      </td>
                      <td>
                        ${suggestionStatusName(item.status)}
                        ${item.published ? html`<span class="badge">${msg('Published')}</span>` : nothing}
                        ${item.merged ? html`<span class="badge">${msg('Merged')}</span>` : nothing}
                      </td>
                      <td>${item.department ? listLabel(box.departments, item.department, this.locale) : '—'}</td>
                      <td class="number">${formatNumber(this.locale, item.supportCount)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`,
      )}`;
  }
}

defineElement('console-suggestion-queue', ConsoleSuggestionQueue);
