import { msg } from '@lit/localize';
import { SUGGESTION_STATUSES, pickText, type PublicSuggestion, type SuggestionStatus } from '@mocharaka/core';
import { html, nothing } from 'lit';
import { renderSuggestionCard, supportsText, type CardContext } from './suggestion-card.js';
import { statusLabel } from './suggestion-labels.js';

export interface ListContext extends CardContext {
  readonly items: readonly PublicSuggestion[];
  readonly topic: string;
  readonly status: string;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  /** The codes this browser supported. */
  readonly supported: ReadonlySet<string>;
  /** The codes whose support waits in the outbox. */
  readonly queued: ReadonlySet<string>;
  readonly supporting: boolean;
  filter(name: 'topic' | 'status', value: string): void;
  support(code: string): void;
  more(): void;
}

function renderFilters(ctx: ListContext) {
  return html`<form class="filters" role="search" aria-label=${msg('Filter the suggestions')} @submit=${(event: Event) => event.preventDefault()}>
    <div class="field">
      <label for="filter-topic">${msg('Topic')}</label>
      <select id="filter-topic" .value=${ctx.topic} @change=${(event: Event) => ctx.filter('topic', (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${ctx.topic === ''}>${msg('All topics')}</option>
        ${ctx.box.topics.map((topic) => {
          const label = pickText(topic.label, ctx.locale);
          return html`<option value=${topic.id} ?selected=${ctx.topic === topic.id} lang=${label.lang}>${label.text}</option>`;
        })}
      </select>
    </div>
    <div class="field">
      <label for="filter-status">${msg('Status')}</label>
      <select id="filter-status" .value=${ctx.status} @change=${(event: Event) => ctx.filter('status', (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${ctx.status === ''}>${msg('All statuses')}</option>
        ${SUGGESTION_STATUSES.map(
          (status: SuggestionStatus) => html`<option value=${status} ?selected=${ctx.status === status}>${statusLabel(status)}</option>`,
        )}
      </select>
    </div>
  </form>`;
}

function renderSupport(ctx: ListContext, item: PublicSuggestion) {
  const supported = ctx.supported.has(item.code);
  const queued = ctx.queued.has(item.code);
  return html`<div class="support">
    <button class="button secondary" type="button" aria-describedby="supports-${item.code}" ?disabled=${supported || queued || ctx.supporting}
      @click=${() => ctx.support(item.code)}>
      ${supported ? msg('You support this') : msg('Me too')}
    </button>
    <span id="supports-${item.code}" class="hint" aria-live="polite">
      ${supportsText(ctx, item.supportCount)}${queued ? html` · ${msg('Your support will be counted when the connection returns.')}` : nothing}
    </span>
  </div>`;
}

/** The published suggestions with their answers, filterable by topic and status. */
export function renderSuggestionList(ctx: ListContext) {
  return html`${renderFilters(ctx)}
    ${
      ctx.items.length === 0
        ? html`<p class="notice" role="status">${
            ctx.topic || ctx.status
              ? msg('No published suggestion matches these filters.')
              : msg('No suggestion has been published yet. Be the first to send one.')
          }</p>`
        : html`<ul class="cards" aria-label=${msg('Published suggestions')}>
          ${ctx.items.map((item) => html`<li>${renderSuggestionCard(ctx, item, `item-${item.code}`, renderSupport(ctx, item))}</li>`)}
        </ul>`
    }
    ${
      ctx.hasMore
        ? html`<button class="button secondary" type="button" ?disabled=${ctx.loadingMore} @click=${ctx.more}>${msg('Show more')}</button>`
        : nothing
    }`;
}
