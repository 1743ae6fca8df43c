import { html, nothing, type TemplateResult } from 'lit';
import { pickText, type Locale, type LocalizedText } from '@mocharaka/core';

/** A localized text with its own language and direction, so mixed content reads right. */
export function t(text: LocalizedText | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const picked = pickText(text, locale);
  return html`<bdi lang=${picked.lang} dir=${picked.dir}>${picked.text}</bdi>`;
}

export const plain = (text: LocalizedText, locale: Locale) => pickText(text, locale).text;

