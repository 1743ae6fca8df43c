import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import {
  charterArticles,
  formatNumber,
  type Charter,
  type CharterArticle,
  type CharterLanguage,
  type LocalizedText,
} from '@mocharaka/core';
import { findMatches } from './search.js';
import { articleLink, type TocContext } from './charter-toc.js';
import type { TextContext } from './charter-text.js';

// Searching the charter is a chunk of its own: the search field paints with the charter,
// and what finds and marks the matches is asked for once the charter's data has arrived,
// long before a reader has typed a word (the element says it is loading meanwhile).

/** Styles of the search's marks and list of matching articles, adopted with this chunk. */
export const searchStyles = css`
  .results {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  mark {
    background: #ffe27a;
    color: inherit;
  }
  @media print {
    mark {
      background: none;
    }
  }
`;

export interface SearchHit {
  article: CharterArticle;
  count: number;
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

function articleTexts(article: CharterArticle, language: CharterLanguage): string[] {
  const pick = (value: LocalizedText) => value[language] ?? value.ar;
  const all = article.title ? [pick(article.title)] : [];
  for (const block of article.blocks) {
    if (block.type === 'paragraph') all.push(pick(block.text));
    else if (block.type === 'definitions') block.items.forEach((item) => all.push(pick(item.term), pick(item.definition)));
    else all.push(...block.items.map(pick));
  }
  return all;
}

/** The articles matching the reader's search in the languages shown, with how often; none without a search. */
export function searchHits(context: TextContext, data: Charter): SearchHit[] {
  const { query, shown } = context;
  if (!query.trim()) return [];
  return charterArticles(data.document)
    .map((article) => ({
      article,
      count: shown.reduce(
        (sum, language) => sum + articleTexts(article, language).reduce((n, value) => n + findMatches(value, query).length, 0),
        0,
      ),
    }))
    .filter((hit) => hit.count > 0);
}

/** The search's count (for the field's status line) and the list of the articles it matched. */
export function renderResults(context: TocContext, data: Charter) {
  const { locale } = context;
  const hits = searchHits(context, data);
  const total = hits.reduce((sum, hit) => sum + hit.count, 0);
  return {
    count: total
      ? msg(str`Matches: ${formatNumber(locale, total)}, articles with a match: ${formatNumber(locale, hits.length)}`)
      : msg('No match in the charter.'),
    list: hits.length
      ? html`<ul class="results no-print" aria-label=${msg('Articles with a match')}>
          ${hits.map(({ article }) => html`<li>${articleLink(context, article)}</li>`)}
        </ul>`
      : nothing,
  };
}
