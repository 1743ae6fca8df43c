import { html } from 'lit';
import { directionOf, formatDate, type CharterLanguage, type Locale, type LocalizedText } from '@mocharaka/core';

/** What every part of the charter's rendering reads from the element. */
export interface TextContext {
  readonly locale: Locale;
  /** The reader's search. */
  readonly query: string;
  /** Marks the search's matches in a text; absent without a search (or until searching has loaded). */
  readonly mark?: (value: string) => unknown;
  /** The languages shown now; the first one also names titles and links. */
  readonly shown: CharterLanguage[];
}

/** A text in `language`, else in Arabic, with its language and direction; search matches marked. */
export function text(context: TextContext, value: LocalizedText, language: CharterLanguage, tag: 'p' | 'span' = 'span') {
  const lang = value[language] ? language : 'ar';
  const content = value[lang] ?? value.ar;
  return tag === 'p'
    ? html`<p lang=${lang} dir=${directionOf(lang)}>${context.mark?.(content) ?? content}</p>`
    : html`<span lang=${lang} dir=${directionOf(lang)}>${context.mark?.(content) ?? content}</span>`;
}

/** A date (`YYYY-MM-DD` or a timestamp) in a `<time>`. */
export function date(context: TextContext, value: string) {
  return html`<time datetime=${value}>${formatDate(context.locale, value.length === 10 ? `${value}T12:00:00Z` : value)}</time>`;
}

/**
 * A name or text written by a citizen or an association: isolated for direction, and
 * marked with its language when the script tells it (Arabic, Tifinagh), else as
 * unknown (`lang=""`) rather than wrongly inheriting the page's language.
 */
export function userText(value: string) {
  const lang = /\p{Script=Tifinagh}/u.test(value) ? 'zgh' : /\p{Script=Arabic}/u.test(value) ? 'ar' : '';
  return html`<bdi lang=${lang}>${value}</bdi>`;
}
