import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, type Charter, type CharterArticle } from '@mocharaka/core';
import { text, type TextContext } from './charter-text.js';

/** What the table of contents and the article links read from, and tell, the element. */
export interface TocContext extends TextContext {
  articleId(number: number): string;
  /** Follows a link to article `number`. */
  go(event: Event, number: number): void;
}

/** A link to `article`: its number and, if it has one, its title. */
export function articleLink(context: TocContext, article: CharterArticle) {
  const number = formatNumber(context.locale, article.number);
  return html`<a href="#${context.articleId(article.number)}" @click=${(event: Event) => context.go(event, article.number)}
    >${msg(str`Article ${number}`)}${article.title ? html`: ${text(context, article.title, context.shown[0]!)}` : nothing}</a>`;
}

/** The table of contents (`part="toc"`). */
export function renderToc(context: TocContext, data: Charter) {
  const title = context.shown[0]!;
  const link = (article: CharterArticle) => html`<li>${articleLink(context, article)}</li>`;
  return html`<nav part="toc" aria-labelledby="toc-title">
    <h3 id="toc-title">${msg('Contents')}</h3>
    <ol>
      ${data.document.parts.map(
        (part) => html`<li>${text(context, part.title, title)}
          <ol>
            ${(part.articles ?? []).map(link)}
            ${(part.chapters ?? []).map(
              (chapter) => html`<li>${text(context, chapter.title, title)}
                <ol>${chapter.articles.map(link)}</ol></li>`,
            )}
          </ol></li>`,
      )}
    </ol>
  </nav>`;
}
