import { html } from 'lit';
import { msg } from '@lit/localize';
import { formatDate, formatNumber, pickText, type Locale, type LocalizedText, type ProjectStatus } from '@mocharaka/core';

/** What every rendered part of the programme reads from the element. */
export interface PlanContext {
  /** The citizen's language, for commune-written texts, dates and amounts. */
  readonly locale: Locale;
}

/** Commune-written text in the citizen's language if there is one, marked with its own language and direction. */
export function localizedText(ctx: PlanContext, text: LocalizedText, tag: 'bdi' | 'p' = 'bdi') {
  const picked = pickText(text, ctx.locale);
  if (tag === 'p') return html`<p class="prose" lang=${picked.lang} dir=${picked.dir}>${picked.text}</p>`;
  return html`<bdi lang=${picked.lang} dir=${picked.dir}>${picked.text}</bdi>`;
}

/** A calendar date (`2025-03-12`) in the citizen's language, with its machine-readable value. */
export function localizedDay(ctx: PlanContext, day: string) {
  return html`<time datetime=${day}>${formatDate(ctx.locale, `${day}T12:00:00Z`)}</time>`;
}

/** An amount in dirhams, without centimes. */
export const money = (ctx: PlanContext, amount: number) =>
  formatNumber(ctx.locale, amount, { style: 'currency', currency: 'MAD', maximumFractionDigits: 0 });

export function statusLabel(status: ProjectStatus): string {
  switch (status) {
    case 'planned':
      return msg('Planned');
    case 'in_progress':
      return msg('In progress');
    case 'completed':
      return msg('Completed');
    case 'delayed':
      return msg('Delayed');
    case 'suspended':
      return msg('Suspended');
  }
}

/** What a search compares: no case, no Arabic short vowels or tatweel, one alef, taa marbuta as haa, Latin digits. */
export function searchKey(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u064B-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf))
    .toLowerCase()
    .trim();
}
