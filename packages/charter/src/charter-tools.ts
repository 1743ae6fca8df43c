import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { messages, type Charter, type CharterLanguage } from '@mocharaka/core';
import type { TocContext } from './charter-toc.js';

/** A document language, or every language of the charter side by side. */
export type Reading = CharterLanguage | 'all';

const LANGUAGE_NAMES: Record<CharterLanguage, string> = { ar: 'العربية', fr: 'Français', zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' };

/** What the reading tools read from, and tell, the element. */
export interface ToolsContext extends TocContext {
  /** The reading the reader picked, if any. */
  readonly reading?: Reading;
  switchReading(event: Event): void;
  search(query: string): void;
  /** Prints the charter alone, in the languages shown. */
  print(): void;
  /** The print's code could not be downloaded. */
  readonly printFailed?: boolean;
  /** The search's code: its module once loaded, its failure if it could not be downloaded. */
  readonly searching: { readonly module?: typeof import('./charter-search.js'); readonly failure?: unknown };
}

/** The language picker, the search field, the print button, then the search's count and matching articles. */
export function renderTools(context: ToolsContext, data: Charter) {
  const { query, reading, searching } = context;
  const title = context.shown[0]!;
  const results = query.trim() && searching.module ? searching.module.renderResults(context, data) : undefined;
  return html`<div class="tools no-print">
      ${
        data.languages.length > 1
          ? html`<div class="field">
            <label for="reading">${msg('Language of the text')}</label>
            <select id="reading" @change=${context.switchReading}>
              ${data.languages.map((language) => html`<option value=${language} lang=${language} ?selected=${reading !== 'all' && title === language}>${LANGUAGE_NAMES[language]}</option>`)}
              <option value="all" ?selected=${reading === 'all'}>${msg('All languages side by side')}</option>
            </select>
          </div>`
          : nothing
      }
      <div class="field" role="search">
        <label for="search">${msg('Search the charter')}</label>
        <input id="search" type="search" dir="auto" .value=${query} aria-describedby="search-count"
          @input=${(event: Event) => context.search((event.target as HTMLInputElement).value)} />
      </div>
      <button class="button secondary" type="button" @click=${() => context.print()}>${msg('Print')}</button>
    </div>
    ${
      context.printFailed
        ? html`<p class="notice error no-print" id="print-failed" tabindex="-1" role="alert">${msg('The print could not be prepared. Check your connection, then reload the page.')}</p>`
        : nothing
    }
    <p id="search-count" role="status" class="no-print">${
      !query.trim()
        ? nothing
        : results
          ? results.count
          : searching.failure
            ? msg('The search could not be loaded. Check your connection, then reload the page.')
            : messages.loading()
    }</p>
    ${results?.list ?? nothing}`;
}
