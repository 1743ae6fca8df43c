import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import {
  charterArticles,
  diffCharterDocuments,
  formatNumber,
  messages,
  type Charter,
  type CharterArticle,
  type CharterVersionChanges,
} from '@mocharaka/core';
import { text, type TextContext } from './charter-text.js';
import { versionOn } from './charter-versions.js';

// The version history sits below the charter's text: a chunk of its own, loaded beside the
// charter's data rather than before the first paint. Comparing two versions (reading them,
// then what changed between them) comes with it: only its form can ask for it.

/** Two versions being compared: loading, failed, or with what changed between them. */
export interface Comparison {
  from: number;
  to: number;
  changes?: CharterVersionChanges;
  articles?: Map<string, CharterArticle>;
  failed?: boolean;
}

/** What the versions section reads from, and tells, the element. */
export interface VersionsContext extends TextContext {
  readonly comparison?: Comparison;
  /** Versions can be loaded and compared (the charter comes from a server, not a file). */
  readonly canCompare: boolean;
  /** Compares version `from` with version `to`. */
  compare(from: number, to: number): void;
}

/** The versions section's styles, adopted with this chunk. */
export const historyStyles = css`
  .changes li,
  .versions li {
    margin-block-end: 0.25em;
  }
`;

/** What changed from version `from` to version `to`, with every article either has (to name removed ones too). */
export async function compareVersions(from: number, to: number, version: (number: number) => Promise<Charter>): Promise<Comparison> {
  const [before, after] = await Promise.all([version(from), version(to)]);
  const articles = new Map(
    [...charterArticles(before.document), ...charterArticles(after.document)].map((article) => [article.id, article]),
  );
  return { from, to, changes: diffCharterDocuments(before.document, after.document), articles };
}

/** Reads the compare form's two versions, then asks the element to compare them. */
function submitCompare(context: VersionsContext, event: SubmitEvent) {
  event.preventDefault();
  const field = (name: string) => Number(((event.target as HTMLFormElement).elements.namedItem(name) as HTMLSelectElement).value);
  context.compare(field('from'), field('to'));
}

/** The versions, the form comparing two of them and what changed (`part="versions"`); nothing for a single version. */
export function renderVersions(context: VersionsContext, data: Charter) {
  if (data.versions.length < 2) return nothing;
  const { comparison, locale } = context;
  const options = (selected: number) =>
    data.versions.map(
      (version) =>
        html`<option value=${version.number} ?selected=${version.number === selected}>${formatNumber(locale, version.number)}</option>`,
    );
  const last = data.versions.at(-1)!.number;
  const changeList = (label: string, ids: string[]) =>
    ids.length
      ? html`<h5>${label}</h5><ul>${ids.map((id) => {
          const article = comparison?.articles?.get(id);
          return html`<li>${article ? html`${msg(str`Article ${formatNumber(locale, article.number)}`)}${article.title ? html`: ${text(context, article.title, context.shown[0]!)}` : nothing}` : id}</li>`;
        })}</ul>`
      : nothing;
  return html`<section part="versions" class="versions no-print" aria-labelledby="versions-title">
    <h3 id="versions-title">${msg('Versions')}</h3>
    <ol>
      ${data.versions.map((version) => {
        const changes = version.changes;
        return html`<li>
          ${versionOn(context, version.number, version.publishedAt)}
          ${version.note ? html`— ${text(context, version.note, context.shown[0]!)}` : nothing}
          ${
            changes
              ? html`<br /><span class="hint">${msg(
                  str`Articles added: ${formatNumber(locale, changes.added.length)}, removed: ${formatNumber(locale, changes.removed.length)}, changed: ${formatNumber(locale, changes.changed.length)}`,
                )}</span>`
              : nothing
          }
        </li>`;
      })}
    </ol>
    ${
      context.canCompare
        ? html`<form class="tools" @submit=${(event: SubmitEvent) => submitCompare(context, event)} aria-label=${msg('Compare two versions')}>
          <div class="field"><label for="compare-from">${msg('From version')}</label>
            <select id="compare-from" name="from">${options(last - 1)}</select></div>
          <div class="field"><label for="compare-to">${msg('To version')}</label>
            <select id="compare-to" name="to">${options(last)}</select></div>
          <button class="button secondary" type="submit">${msg('Show the changes')}</button>
        </form>`
        : nothing
    }
    ${
      comparison
        ? html`<div id="comparison" class="changes" tabindex="-1" role="region" aria-labelledby="comparison-title">
          <h4 id="comparison-title">${msg(str`Changes from version ${formatNumber(locale, comparison.from)} to version ${formatNumber(locale, comparison.to)}`)}</h4>
          ${
            comparison.failed
              ? html`<p>${msg('The versions could not be loaded. Please try again.')}</p>`
              : !comparison.changes
                ? html`<p>${messages.loading()}</p>`
                : comparison.changes.added.length + comparison.changes.removed.length + comparison.changes.changed.length === 0
                  ? html`<p>${msg('No article changed.')}</p>`
                  : html`${changeList(msg('Added articles'), comparison.changes.added)}
                  ${changeList(msg('Removed articles'), comparison.changes.removed)}
                  ${changeList(msg('Changed articles'), comparison.changes.changed)}`
          }
        </div>`
        : nothing
    }
  </section>`;
}
