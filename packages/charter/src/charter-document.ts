import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  directionOf,
  formatNumber,
  type Charter,
  type CharterArticle,
  type CharterBlock,
  type CharterLanguage,
  type LocalizedText,
} from '@mocharaka/core';
import { text, type TextContext } from './charter-text.js';

/** What the charter's text reads from, and tells, the element. */
export interface DocumentContext extends TextContext {
  /** The article last opened, highlighted. */
  readonly target?: number;
  /** The article whose link was copied. */
  readonly copied?: number;
  /** The article whose link the clipboard refused, shown in a field to copy by hand. */
  readonly copyFallback?: number;
  articleId(number: number): string;
  articleUrl(number: number): string;
  copyLink(number: number): void;
}

const PARTIES = (): Record<string, string> => ({
  commune: msg('The commune commits to:'),
  associations: msg('Associations commit to:'),
  citizens: msg('Citizens commit to:'),
});

/** The charter's parts, chapters and articles (`part="document"`). */
export function renderDocument(context: DocumentContext, data: Charter) {
  const { shown } = context;
  return html`<div part="document">
    ${data.document.parts.map(
      (part) => html`<section aria-labelledby="part-${part.id}">
        <h3 id="part-${part.id}">${shown.map((language) => text(context, part.title, language, 'p'))}</h3>
        ${(part.articles ?? []).map((article) => renderArticle(context, article, 4))}
        ${(part.chapters ?? []).map(
          (chapter) => html`<section aria-labelledby="chapter-${chapter.id}">
            <h4 id="chapter-${chapter.id}">${shown.map((language) => text(context, chapter.title, language, 'p'))}</h4>
            ${chapter.articles.map((article) => renderArticle(context, article, 5))}
          </section>`,
        )}
      </section>`,
    )}
  </div>`;
}

function renderArticle(context: DocumentContext, article: CharterArticle, level: 4 | 5) {
  const { shown } = context;
  const id = context.articleId(article.number);
  const number = formatNumber(context.locale, article.number);
  const single = shown.length === 1;
  const heading = html`${msg(str`Article ${number}`)}${single && article.title ? html`: ${text(context, article.title, shown[0]!)}` : nothing}`;
  return html`<article id=${id} data-number=${article.number} tabindex="-1" aria-labelledby="${id}-title"
    class=${context.target === article.number ? 'target' : ''}>
    ${level === 4 ? html`<h4 id="${id}-title">${heading}</h4>` : html`<h5 id="${id}-title">${heading}</h5>`}
    <div class=${single ? '' : 'columns'}>
      ${shown.map(
        (language) => html`<div lang=${language} dir=${directionOf(language)}>
          ${!single && article.title ? html`<p class="title">${text(context, article.title, language)}</p>` : nothing}
          ${article.blocks.map((block) => renderBlock(context, block, language))}
        </div>`,
      )}
    </div>
    <button class="link" type="button" @click=${() => context.copyLink(article.number)}>${msg(str`Copy the link to article ${number}`)}</button>
    ${context.copied === article.number ? html`<span class="hint">${msg('Link copied')}</span>` : nothing}
    ${
      context.copyFallback === article.number
        ? html`<div class="field"><label for="link-fallback">${msg('Copy this link:')}</label>
          <input id="link-fallback" class="ltr" dir="ltr" readonly .value=${context.articleUrl(article.number)} /></div>`
        : nothing
    }
  </article>`;
}

function renderBlock(context: TextContext, block: CharterBlock, language: CharterLanguage): TemplateResult {
  const items = (texts: LocalizedText[]) => texts.map((value) => html`<li>${text(context, value, language)}</li>`);
  switch (block.type) {
    case 'paragraph':
      return text(context, block.text, language, 'p');
    case 'list':
      return block.ordered ? html`<ol>${items(block.items)}</ol>` : html`<ul>${items(block.items)}</ul>`;
    case 'commitments':
      return html`<p class="title">${PARTIES()[block.party]}</p><ol>${items(block.items)}</ol>`;
    default:
      return html`<dl>${block.items.map((item) => html`<dt>${text(context, item.term, language)}</dt><dd>${text(context, item.definition, language)}</dd>`)}</dl>`;
  }
}
