import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { pickText, type Locale, type LocalizedText } from '@mocharaka/core';

/** A localized text with its own language and direction, so mixed content reads right. */
export function t(text: LocalizedText | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const picked = pickText(text, locale);
  return html`<bdi lang=${picked.lang} dir=${picked.dir}>${picked.text}</bdi>`;
}

export const plain = (text: LocalizedText, locale: Locale) => pickText(text, locale).text;

/**
 * A citizen's own words (a free answer, a published comment): isolated for direction,
 * and marked with their language when the script tells it (Arabic, Tifinagh), else as
 * unknown (`lang=""`) rather than wrongly inheriting the page's language.
 */
export function userText(value: string): TemplateResult {
  const lang = /\p{Script=Tifinagh}/u.test(value) ? 'zgh' : /\p{Script=Arabic}/u.test(value) ? 'ar' : '';
  return html`<bdi lang=${lang}>${value}</bdi>`;
}

/** "Question: problem" for the error summary; no colon after a question that ends with its own mark ("؟", "?"). */
export function titledProblem(title: string, problem: string): string {
  // After its own mark the question needs no separator but a space, in every language.
  return /[?؟!.:]$/.test(title.trim()) ? `${title} ${problem}` : msg(str`${title}: ${problem}`, { id: 'titled-problem' });
}
