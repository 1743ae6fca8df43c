import { html } from 'lit';
import { directionOf, formatDate, type CharterLanguage, type Locale, type LocalizedText } from '@mocharaka/core';
import { findMatches } from './search.js';

/** What every part of the charter's rendering reads from the element. */
export interface TextContext {
  readonly locale: Locale;
  /** The reader's search, whose matches are marked. */
  readonly query: string;
  /** The languages shown now; the first one also names titles and links. */
  readonly shown: CharterLanguage[];
}

/** A text in `language`, else in Arabic, with its language and direction; search matches marked. */
export function text(context: TextContext, value: LocalizedText, language: CharterLanguage, tag: 'p' | 'span' = 'span') {
  const lang = value[language] ? language : 'ar';
  const content = marked(value[lang] ?? value.ar, context.query);
  return tag === 'p'
    ? html`<p lang=${lang} dir=${directionOf(lang)}>${content}</p>`
    : html`<span lang=${lang} dir=${directionOf(lang)}>${content}</span>`;
}

/** `value` with the matches of `query` in `<mark>`. */
export function marked(value: string, query: string): unknown {
  const ranges = findMatches(value, query);
  if (!ranges.length) return value;
  const parts: unknown[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(value.slice(at, start), html`<mark>${value.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(value.slice(at));
  return parts;
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
