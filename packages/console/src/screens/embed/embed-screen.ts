import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LOCALE_NAMES, ResourceController, SUPPORTED_LOCALES, defineElement, pickText } from '@mocharaka/core';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderLoading, renderResource } from '../../shell/loading.js';
import { EMBED_KINDS, embedKindLabel, embedSnippet, loadElement, loadEmbeddables, type Embeddable, type EmbedKind } from './embeddables.js';

/** The languages a snippet can ask for (the element's `lang`; English is the elements' fallback, not offered). */
const SNIPPET_LANGUAGES = SUPPORTED_LOCALES.filter((lang) => lang !== 'en').map((lang) => ({ lang, name: LOCALE_NAMES[lang] }));

/**
 * For every petition, consultation, charter and service: the snippet a CMS administrator
 * pastes, with this server's address and the item's id filled in, a copy button, and the
 * real element as a live preview.
 */
export class EmbedScreen extends ConsoleScreen {
  @state() private selected?: { kind: EmbedKind; id: string };
  @state() private snippetLang = 'ar';
  @state() private copied = '';
  /** The kind whose element module has loaded (the preview waits for it). */
  @state() private loadedKind?: EmbedKind;

  #items = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => loadEmbeddables(api, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query')) {
      const kind = this.query.get('kind') as EmbedKind | null;
      const id = this.query.get('id');
      if (kind && EMBED_KINDS.includes(kind) && id) this.selected = { kind, id };
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.snippetLang = this.locale === 'fr' ? 'fr' : 'ar';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const kind = this.selected?.kind;
    if (changed.has('selected') && kind && kind !== this.loadedKind) {
      void loadElement(kind).then(() => {
        if (this.selected?.kind === kind) this.loadedKind = kind;
      });
    }
  }

  #choose(event: Event, items: Embeddable[]) {
    const [kind, id] = (event.target as HTMLSelectElement).value.split(':') as [EmbedKind, string];
    this.selected = items.some((item) => item.kind === kind && item.id === id) ? { kind, id } : undefined;
    this.copied = '';
  }

  async #copy(snippet: string) {
    try {
      await navigator.clipboard.writeText(snippet);
      this.copied = msg('Copied. Paste it into an HTML block of the page on the commune’s site.');
    } catch {
      this.copied = msg('Copying is not allowed here: select the code and copy it by hand.');
    }
  }

  protected override render() {
    return renderResource(this.#items, (items) => {
      const current = this.selected ? items.find((item) => item.kind === this.selected!.kind && item.id === this.selected!.id) : undefined;
      return html`<section aria-labelledby="choose-title">
          <h2 id="choose-title">${msg('What to embed')}</h2>
          ${
            items.length === 0
              ? html`<p>${msg('Nothing to embed yet: create a petition, a consultation, a charter or a service first.')}</p>`
              : html`<div class="field">
                  <label for="item">${msg('Petition, consultation, charter or service')}</label>
                  <select id="item" @change=${(event: Event) => this.#choose(event, items)}>
                    <option value="">${msg('Choose…')}</option>
                    ${EMBED_KINDS.map((kind) => {
                      const ofKind = items.filter((item) => item.kind === kind);
                      return ofKind.length
                        ? html`<optgroup label=${embedKindLabel(kind)}>
                            ${ofKind.map(
                              (item) =>
                                html`<option value="${kind}:${item.id}" ?selected=${current === item}>
                                  ${pickText(item.title, this.locale).text}
                                </option>`,
                            )}
                          </optgroup>`
                        : nothing;
                    })}
                  </select>
                </div>`
          }
        </section>
        ${current ? this.#renderSnippet(current) : nothing}`;
    });
  }

  #renderSnippet(item: Embeddable) {
    const snippet = embedSnippet(item.kind, item.id, location.origin, this.snippetLang);
    return html`<section aria-labelledby="snippet-title">
        <h2 id="snippet-title">${msg('Code to paste')}</h2>
        <div class="field">
          <label for="snippet-lang">${msg('Language of the element')}</label>
          <select id="snippet-lang" @change=${(event: Event) => (this.snippetLang = (event.target as HTMLSelectElement).value)}>
            ${SNIPPET_LANGUAGES.map(({ lang, name }) => html`<option value=${lang} lang=${lang} ?selected=${lang === this.snippetLang}>${name}</option>`)}
          </select>
        </div>
        <pre><code id="snippet">${snippet}</code></pre>
        <div class="actions">
          <button class="button" @click=${() => this.#copy(snippet)}>${msg('Copy the code')}</button>
          <span role="status">${this.copied}</span>
        </div>
        <p class="hint">
          ${msg(str`The site showing it must be listed in the settings under “Sites allowed to embed the elements”. Address of this server: ${location.origin}`)}
        </p>
      </section>
      <section aria-labelledby="preview-title">
        <h2 id="preview-title">${msg('Live preview')}</h2>
        <p class="notice">
          ${msg('This is the real element, in the console’s language: a signature, an answer or a rating sent from it is recorded.')}
        </p>
        ${this.loadedKind === item.kind ? this.#renderPreview(item) : renderLoading()}
      </section>`;
  }

  #renderPreview(item: Embeddable) {
    const endpoint = `${location.origin}/v1`;
    switch (item.kind) {
      case 'petition':
        return html`<mocharaka-petition .endpoint=${endpoint} .petition=${item.id}></mocharaka-petition>`;
      case 'consultation':
        return html`<mocharaka-consultation .endpoint=${endpoint} .consultation=${item.id}></mocharaka-consultation>`;
      case 'charter':
        return html`<mocharaka-charter .endpoint=${endpoint} .charter=${item.id}></mocharaka-charter>`;
      case 'service':
        return html`<mocharaka-satisfaction .endpoint=${endpoint} .service=${item.id}></mocharaka-satisfaction>`;
    }
  }
}

defineElement('console-embed', EmbedScreen);
