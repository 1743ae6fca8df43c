import { msg, str } from '@lit/localize';
import { formatDate, formatNumber, pickText, type Locale, type PublicSuggestion, type SuggestionBox } from '@mocharaka/core';
import { html, nothing, type TemplateResult } from 'lit';
import { choiceLabel, kindLabel, statusLabel } from './suggestion-labels.js';

export interface CardContext {
  readonly locale: Locale;
  readonly box: SuggestionBox;
}

const date = (ctx: CardContext, at: string) => html`<time datetime=${at}>${formatDate(ctx.locale, at)}</time>`;

/** Who, what, where: kind, topic and neighbourhood. */
function renderFacts(ctx: CardContext, item: PublicSuggestion) {
  return html`<p class="kicker">
    ${kindLabel(item.kind)} · ${choiceLabel(ctx.box.topics, item.topic, ctx.locale)}${
      item.neighbourhood ? html` · ${choiceLabel(ctx.box.neighbourhoods, item.neighbourhood, ctx.locale)}` : nothing
    }
  </p>`;
}

function renderAnswer(ctx: CardContext, item: PublicSuggestion) {
  if (!item.answer) return nothing;
  const picked = pickText(item.answer.text, ctx.locale);
  return html`<div class="answer">
    <p class="answer-title">${msg(html`The commune's answer, ${date(ctx, item.answer.at)}`)}</p>
    <p class="prose" lang=${picked.lang} dir=${picked.dir}>${picked.text}</p>
  </div>`;
}

/** One suggestion as the public list and the follow-up show it; `extra` is what the caller adds (the "me too" button, the timeline). */
export function renderSuggestionCard(
  ctx: CardContext,
  item: PublicSuggestion,
  headingId: string,
  extra: TemplateResult | typeof nothing = nothing,
) {
  return html`<article class="card" aria-labelledby=${headingId}>
    ${renderFacts(ctx, item)}
    <h3 id=${headingId} class="card-title">
      <span class="status status-${item.status}">${statusLabel(item.status)}</span>
      <span class="code ltr" dir="ltr">${item.code}</span>
    </h3>
    <p class="prose" dir="auto">${item.text}</p>
    <p class="hint">
      ${msg(html`Received ${date(ctx, item.submittedAt)}`)}${
        item.department ? html` · ${msg(html`Handled by ${choiceLabel(ctx.box.departments, item.department, ctx.locale)}`)}` : nothing
      }
    </p>
    ${renderAnswer(ctx, item)} ${extra}
  </article>`;
}

export const supportsText = (ctx: CardContext, count: number) => msg(str`Supports: ${formatNumber(ctx.locale, count)}`);

/** The steps of the follow-up, each with its date once reached. */
export function renderTimeline(ctx: CardContext, item: PublicSuggestion) {
  const final = item.status === 'answered' || item.status === 'not_retained';
  const steps: [string, string | undefined, boolean][] = [
    [statusLabel('received'), item.submittedAt, true],
    [statusLabel('under_study'), item.studiedAt, item.status !== 'received'],
    [final ? statusLabel(item.status) : msg('Answer'), item.answer?.at, final],
  ];
  return html`<ol class="timeline" aria-label=${msg('Progress')}>
    ${steps.map(
      ([label, at, done]) => html`<li class=${done ? 'done' : 'todo'}>
        <span>${label}</span>
        <span class="hint">${at ? date(ctx, at) : done ? nothing : msg('Not yet')}</span>
      </li>`,
    )}
  </ol>`;
}
