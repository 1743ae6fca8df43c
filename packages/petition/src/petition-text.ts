import { html } from 'lit';
import { formatDate, pickText, type Locale, type LocalizedText } from '@mocharaka/core';

/** What every rendered part of the petition reads from the element. */
export interface PetitionContext {
  /** The citizen's language, for admin-written texts, dates and numbers. */
  readonly locale: Locale;
}

/** Admin-written text in the citizen's language if there is one, marked with its own language and direction. */
export function localizedText(ctx: PetitionContext, text: LocalizedText, tag: 'span' | 'p' | 'bdi' = 'bdi') {
  const picked = pickText(text, ctx.locale);
  if (tag === 'p') return html`<p class="prose" lang=${picked.lang} dir=${picked.dir}>${picked.text}</p>`;
  if (tag === 'span') return html`<span lang=${picked.lang} dir=${picked.dir}>${picked.text}</span>`;
  return html`<bdi lang=${picked.lang} dir=${picked.dir}>${picked.text}</bdi>`;
}

/** A date in the citizen's language, with its machine-readable value. */
export function localizedDate(ctx: PetitionContext, value: string) {
  return html`<time datetime=${value}>${formatDate(ctx.locale, value)}</time>`;
}
