import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ApiError,
  MocharakaElement,
  MocharakaLoadedEvent,
  Outbox,
  charterArticles,
  describeApiError,
  diffCharterDocuments,
  directionOf,
  formatDate,
  formatNumber,
  messages,
  newIdempotencyKey,
  registerCatalog,
  resolveEndpoint,
  type AdhesionInput,
  type AdhesionReceipt,
  type Charter,
  type CharterAdhesions,
  type CharterArticle,
  type CharterBackend,
  type CharterBlock,
  type CharterLanguage,
  type CharterVersionChanges,
  type LocalizedText,
  type SendOutcome,
} from '@mocharaka/core';
import type { AdhesionDraft, AdhesionErrors } from './adhesion-rules.js';
import { MocharakaCharterAdheredEvent, type CharterAdheredDetail } from './charter.events.js';
import { charterStyles } from './charter.styles.js';
import { charterCatalog } from './locales.js';
import { findMatches } from './search.js';

registerCatalog(charterCatalog);

type FormModule = typeof import('./adhesion-form.js');
const ADHESION_FIELDS = ['kind', 'name', 'registrationNumber', 'city', 'contact', 'consent'];
const emptyAdhesion = (): AdhesionDraft => ({ kind: '', name: '', registrationNumber: '', city: '', contact: '', consent: false });

/** A document language, or every language of the charter side by side. */
type Reading = CharterLanguage | 'all';
type View = { name: 'loading' } | { name: 'failed'; error?: ApiError } | { name: 'ready' };
interface Comparison {
  from: number;
  to: number;
  changes?: CharterVersionChanges;
  articles?: Map<string, CharterArticle>;
  failed?: boolean;
}

const LANGUAGE_NAMES: Record<CharterLanguage, string> = { ar: 'العربية', fr: 'Français', zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' };

/** The hand-written shape check of a charter read from `src` (no schema library in the browser). */
function looksLikeCharter(value: unknown): value is Charter {
  const charter = value as Charter | null;
  return (
    !!charter &&
    typeof charter.id === 'string' &&
    typeof charter.title?.ar === 'string' &&
    Array.isArray(charter.languages) &&
    Array.isArray(charter.document?.parts) &&
    charter.document.parts.every(
      (part) =>
        typeof part?.title?.ar === 'string' &&
        [...(part.articles ?? []), ...(part.chapters ?? []).flatMap((chapter) => chapter?.articles ?? [])].every(
          (article) => Number.isInteger(article?.number) && Array.isArray(article.blocks),
        ),
    )
  );
}

const PARTIES = (): Record<string, string> => ({
  commune: msg('The commune commits to:'),
  associations: msg('Associations commit to:'),
  citizens: msg('Citizens commit to:'),
});

/**
 * A commune's citizen-participation charter: its structured text in Arabic, French or
 * Amazigh (one at a time or side by side), a table of contents, a link to every article,
 * search that ignores Arabic diacritics and hamza spellings, the charter's life cycle
 * and versions with what changed between two of them, a print layout, and a form for
 * associations and citizens to adhere.
 *
 * @summary Read, search, print and adhere to a citizen-participation charter.
 * @tag mocharaka-charter
 *
 * @event mocharaka-charter-adhered - The server recorded an adhesion; `detail` has `charterId`, `kind`, `reference`, `adheredAt`.
 * @event mocharaka-error - Something failed; `detail` has `code`, `status` and `message`.
 * @event mocharaka-loaded - The charter was loaded and is shown.
 *
 * @slot - Shown until the element is ready, and without JavaScript (e.g. a link to the charter as PDF).
 *
 * @csspart base - The element's box.
 * @csspart toc - The table of contents.
 * @csspart document - The charter's text.
 * @csspart versions - The life cycle and versions.
 * @csspart form - The adhesion form.
 * @csspart error-summary - The list of problems shown above the form after a failed submit.
 * @csspart receipt - The receipt shown after adhering.
 * @csspart config-error - The message shown to the page's admin when the tag is misconfigured.
 *
 * @cssproperty --mocharaka-color-primary - The commune's colour: buttons and links.
 * @cssproperty --mocharaka-font-family - Font of the whole element.
 * @cssproperty --mocharaka-radius - Corner radius.
 * @cssproperty --mocharaka-color-focus - Focus ring.
 * @cssproperty --mocharaka-color-error - Error messages and borders.
 * @cssproperty --mocharaka-font-size - Base font size.
 * @cssproperty --mocharaka-spacing - Base spacing unit.
 */
export class MocharakaCharter extends MocharakaElement<CharterBackend> {
  static override styles = [...MocharakaElement.styles, charterStyles];

  /** Id of the charter (e.g. `taroudant-participation`), as listed by `GET /v1/charters`. */
  @property({ reflect: true }) charter?: string;

  /** URL of a static JSON file holding the charter (same shape as `GET /v1/charters/{id}`); read only, no adhesion. */
  @property({ reflect: true }) src?: string;

  @state() private view: View = { name: 'loading' };
  @state() private data?: Charter;
  @state() private reading?: Reading;
  @state() private query = '';
  @state() private target?: number;
  @state() private copied?: number;
  @state() private copyFallback?: number;
  @state() private comparison?: Comparison;
  @state() private adhesions?: CharterAdhesions;
  @state() private draft: AdhesionDraft = emptyAdhesion();
  @state() private submitted = false;
  @state() private serverErrors: AdhesionErrors = {};
  @state() private sending = false;
  @state() private queued = false;
  @state() private receipt?: CharterAdheredDetail;
  @state() private failure?: ApiError;
  /** The adhesion form's code, loaded once the charter is known to accept adhesions. */
  @state() private form?: FormModule;

  #loadRequest = 0;
  #outbox?: Outbox<AdhesionInput, AdhesionReceipt>;
  #versions = new Map<number, Promise<Charter>>();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#followHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#followHash);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('charter') || changed.has('src') || changed.has('endpoint') || changed.has('backend')) {
      this.#outbox = undefined;
      this.#versions.clear();
      Object.assign(this, { receipt: undefined, failure: undefined, comparison: undefined, submitted: false, serverErrors: {}, queued: false });
      void this.#load();
    }
  }

  /** The article the reader is at: the one last opened if still on screen, else the first one on screen. */
  get currentArticle(): number | undefined {
    const articles = [...this.renderRoot.querySelectorAll<HTMLElement>('article[data-number]')];
    const onScreen = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    };
    const target = articles.find((element) => Number(element.dataset.number) === this.target);
    if (target && onScreen(target)) return this.target;
    const first = articles.find(onScreen);
    return first ? Number(first.dataset.number) : undefined;
  }

  get #charterId(): string | undefined {
    return this.data?.id ?? this.charter;
  }

  async #load() {
    const request = ++this.#loadRequest;
    const client = this.client;
    const id = this.charter;
    if (!this.src && (!client || !id)) return;
    this.view = { name: 'loading' };
    try {
      const data = this.src ? await this.#fetchSrc(this.src) : await client!.getCharter(id!);
      if (request !== this.#loadRequest) return;
      if (!data) {
        this.view = { name: 'failed' };
        return;
      }
      this.data = data;
      this.view = { name: 'ready' };
      this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'charter', id: data.id }));
      void this.#loadAdhesions();
      void this.#flushOutbox();
      await this.updateComplete;
      this.#followHash();
    } catch (cause) {
      if (request !== this.#loadRequest) return;
      const error = cause instanceof ApiError ? cause : ApiError.network(cause);
      this.view = { name: 'failed', error };
      this.reportError({ code: error.code, status: error.status, message: error.message });
    }
  }

  async #fetchSrc(src: string): Promise<Charter | undefined> {
    const response = await fetch(new URL(src, document.baseURI), { credentials: 'omit' }).catch((cause) => {
      throw ApiError.network(cause);
    });
    if (!response.ok) throw ApiError.fromBody(response.status, undefined);
    const value: unknown = await response.json().catch(() => undefined);
    if (looksLikeCharter(value)) return value;
    this.reportError({ code: 'invalid_charter_file', message: `${src} is not a charter` });
    return undefined;
  }

  async #loadAdhesions() {
    const client = this.client;
    const id = this.#charterId;
    if (!client || !id || !this.#adhesionOpen) return;
    import('./adhesion-form.js').then((module) => (this.form = module), () => undefined);
    try {
      this.adhesions = await client.getCharterAdhesions(id);
    } catch {
      // The counts are a bonus; the form still works.
    }
  }

  get #adhesionOpen(): boolean {
    return !!this.client && (this.data?.status === 'adopted' || this.data?.status === 'revised');
  }

  // ——— Navigation ———

  #articleId(number: number) {
    return `charter-${this.#charterId}-article-${number}`;
  }

  #articleUrl(number: number) {
    return `${location.href.replace(/#.*$/, '')}#${this.#articleId(number)}`;
  }

  /** Opens the article named by the page's fragment, if it is one of ours: shadow DOM ids are out of the browser's reach. */
  #followHash = () => {
    const match = /^#charter-(.+)-article-(\d+)$/.exec(decodeURIComponent(location.hash));
    if (match && match[1] === this.#charterId) void this.openArticle(Number(match[2]));
  };

  /** Scrolls to article `number` and moves focus to it. */
  async openArticle(number: number, focus = true): Promise<void> {
    this.target = number;
    await this.updateComplete;
    const article = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.#articleId(number))}`);
    if (!article) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    article.scrollIntoView({ block: 'start', behavior: smooth && focus ? 'smooth' : 'auto' });
    if (focus) article.focus({ preventScroll: true });
  }

  #go(event: Event, number: number) {
    event.preventDefault();
    history.pushState(history.state, '', `#${this.#articleId(number)}`);
    void this.openArticle(number);
  }

  async #switchReading(event: Event) {
    const at = this.currentArticle;
    this.reading = (event.target as HTMLSelectElement).value as Reading;
    if (at !== undefined) await this.openArticle(at, false);
  }

  async #copyLink(number: number) {
    const url = this.#articleUrl(number);
    try {
      await navigator.clipboard.writeText(url);
      this.copied = number;
      this.copyFallback = undefined;
    } catch {
      this.copied = undefined;
      this.copyFallback = number;
      await this.updateComplete;
      const input = this.renderRoot.querySelector<HTMLInputElement>('#link-fallback');
      input?.focus();
      input?.select();
    }
  }

  // ——— Versions ———

  #version(number: number): Promise<Charter> {
    let load = this.#versions.get(number);
    if (!load) {
      load = this.client!.getCharterVersion(this.#charterId!, number);
      load.catch(() => this.#versions.delete(number));
      this.#versions.set(number, load);
    }
    return load;
  }

  async #compare(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const from = Number((form.elements.namedItem('from') as HTMLSelectElement).value);
    const to = Number((form.elements.namedItem('to') as HTMLSelectElement).value);
    this.comparison = { from, to };
    try {
      const [before, after] = await Promise.all([this.#version(from), this.#version(to)]);
      const articles = new Map([...charterArticles(before.document), ...charterArticles(after.document)].map((article) => [article.id, article]));
      this.comparison = { from, to, changes: diffCharterDocuments(before.document, after.document), articles };
    } catch (cause) {
      this.comparison = { from, to, failed: true };
      const error = cause instanceof ApiError ? cause : ApiError.network(cause);
      this.reportError({ code: error.code, status: error.status, message: error.message });
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#comparison')?.focus();
  }

  // ——— Adhesion ———

  get #pendingOutbox() {
    const client = this.client;
    if (!client) return undefined;
    const scope = this.backend ? 'custom' : (resolveEndpoint(this) ?? 'none');
    this.#outbox ??= new Outbox<AdhesionInput, AdhesionReceipt>(`mocharaka:outbox:charter:${scope}`, ({ target, payload, idempotencyKey }) =>
      client.adhereToCharter(target, payload, { idempotencyKey }),
    );
    return this.#outbox;
  }

  #flushOutbox = async () => {
    const outbox = this.#pendingOutbox;
    const id = this.#charterId;
    if (!outbox || !id || outbox.pending().length === 0) return;
    const mine = new Set(outbox.pending().filter((entry) => entry.target === id).map((entry) => entry.idempotencyKey));
    for (const [key, outcome] of await outbox.flush()) {
      if (mine.has(key) && outcome.state !== 'queued') this.#settle(outcome);
    }
    this.queued = outbox.pending().some((entry) => entry.target === id);
  };

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const outbox = this.#pendingOutbox;
    const id = this.#charterId;
    if (this.sending || !outbox || !id || !this.form) return;
    this.submitted = true;
    this.serverErrors = {};
    this.failure = undefined;
    const { adhesion } = this.form!.checkAdhesion(this.draft);
    if (!adhesion) return this.#focus('#error-summary');
    this.sending = true;
    // One key per adhesion, stored with it in the outbox: however often it is retried, it counts once.
    const outcome = await outbox.submit(id, adhesion, newIdempotencyKey());
    this.sending = false;
    if (outcome.state === 'queued') {
      this.queued = true;
      this.reportError({ code: outcome.error.code, status: outcome.error.status, message: outcome.error.message });
      return this.#focus('#queued');
    }
    this.#settle(outcome);
  }

  #settle(outcome: SendOutcome<AdhesionReceipt>) {
    if (outcome.state === 'sent') {
      this.receipt = { charterId: this.#charterId!, ...outcome.result.receipt };
      this.queued = false;
      this.draft = emptyAdhesion();
      this.submitted = false;
      this.dispatchEvent(new MocharakaCharterAdheredEvent(this.receipt));
      void this.#loadAdhesions();
      void this.#focus('#receipt');
      return;
    }
    const { error } = outcome;
    this.reportError({ code: error.code, status: error.status, message: error.message });
    if (outcome.state === 'queued') return;
    const fields = Object.fromEntries(Object.entries(error.fields).filter(([field]) => ADHESION_FIELDS.includes(field)));
    if (error.status === 422 && Object.keys(fields).length > 0) {
      this.serverErrors = fields;
      void this.#focus('#error-summary');
      return;
    }
    this.failure = error;
    void this.#focus('#failure');
  }

  async #focus(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #edit(field: keyof AdhesionDraft, value: string | boolean) {
    this.draft = { ...this.draft, [field]: value };
    if (this.serverErrors[field]) {
      const { [field]: _gone, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
  }

  // ——— Rendering ———

  protected override renderContent() {
    if (!this.charter && !this.src) {
      return this.renderConfigError('missing_charter', messages.missingAttribute(`<${this.localName}>`, 'charter'));
    }
    if (!this.src && !this.client) return this.renderMissingEndpoint();
    const view = this.view;
    if (view.name === 'failed') {
      return html`<div class="notice error" role="alert">
        <p>${view.error ? describeApiError(view.error) : msg('This file is not a charter. Check the src attribute.')}</p>
        <button class="button secondary" type="button" @click=${() => this.#load()}>${messages.retry()}</button>
      </div>`;
    }
    if (!this.data) return html`<p role="status" aria-busy="true">${messages.loading()}</p>`;
    return this.#renderCharter(this.data);
  }

  /** The languages shown now. */
  get #shown(): CharterLanguage[] {
    const languages = this.data?.languages.length ? this.data.languages : (['ar'] as CharterLanguage[]);
    // Until the reader picks one, the text follows the interface language when the charter has it.
    const wanted = this.reading ?? (this.locale as CharterLanguage);
    return wanted === 'all' ? languages : [languages.includes(wanted) ? wanted : languages[0]!];
  }

  /** A text in `language`, else in Arabic, with its language and direction; search matches marked. */
  #text(text: LocalizedText, language: CharterLanguage, tag: 'p' | 'span' = 'span') {
    const lang = text[language] ? language : 'ar';
    const value = text[lang] ?? text.ar;
    const content = this.#marked(value);
    return tag === 'p'
      ? html`<p lang=${lang} dir=${directionOf(lang)}>${content}</p>`
      : html`<span lang=${lang} dir=${directionOf(lang)}>${content}</span>`;
  }

  #marked(value: string): unknown {
    const ranges = findMatches(value, this.query);
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

  #texts(article: CharterArticle, language: CharterLanguage): string[] {
    const pick = (text: LocalizedText) => text[language] ?? text.ar;
    const all = article.title ? [pick(article.title)] : [];
    for (const block of article.blocks) {
      if (block.type === 'paragraph') all.push(pick(block.text));
      else if (block.type === 'definitions') block.items.forEach((item) => all.push(pick(item.term), pick(item.definition)));
      else all.push(...block.items.map(pick));
    }
    return all;
  }

  #renderCharter(data: Charter) {
    const articles = charterArticles(data.document);
    const hits = this.query.trim()
      ? articles
          .map((article) => ({
            article,
            count: this.#shown.reduce((sum, language) => sum + this.#texts(article, language).reduce((n, text) => n + findMatches(text, this.query).length, 0), 0),
          }))
          .filter((hit) => hit.count > 0)
      : [];
    const total = hits.reduce((sum, hit) => sum + hit.count, 0);
    const title = this.#shown[0]!;
    const version = formatNumber(this.locale, data.version.number);
    return html`
      <header>
        <p class="kicker">${msg('Citizen participation charter')}</p>
        <h2 id="charter-title">${this.#shown.map((language) => this.#text(data.title, language, 'p'))}</h2>
        ${data.summary ? this.#text(data.summary, title, 'p') : nothing}
        <p class="print-only">${msg(str`Version ${version}`)}${data.adoption ? html` · ${this.#adoption(data)}` : nothing}</p>
      </header>
      ${this.#renderStatus(data)}
      <div class="tools no-print">
        ${data.languages.length > 1
          ? html`<div class="field">
              <label for="reading">${msg('Language of the text')}</label>
              <select id="reading" @change=${this.#switchReading}>
                ${data.languages.map((language) => html`<option value=${language} lang=${language} ?selected=${this.reading !== 'all' && title === language}>${LANGUAGE_NAMES[language]}</option>`)}
                <option value="all" ?selected=${this.reading === 'all'}>${msg('All languages side by side')}</option>
              </select>
            </div>`
          : nothing}
        <div class="field" role="search">
          <label for="search">${msg('Search the charter')}</label>
          <input id="search" type="search" dir="auto" .value=${this.query} aria-describedby="search-count"
            @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)} />
        </div>
        <button class="button secondary" type="button" @click=${() => window.print()}>${msg('Print')}</button>
      </div>
      <p id="search-count" role="status" class="no-print">${this.query.trim()
        ? total
          ? msg(str`Matches: ${formatNumber(this.locale, total)}, in ${formatNumber(this.locale, hits.length)} articles`)
          : msg('No match in the charter.')
        : nothing}</p>
      ${hits.length
        ? html`<ul class="results no-print" aria-label=${msg('Articles with a match')}>
            ${hits.map(({ article }) => html`<li>${this.#articleLink(article)}</li>`)}
          </ul>`
        : nothing}
      <nav part="toc" aria-labelledby="toc-title">
        <h3 id="toc-title">${msg('Contents')}</h3>
        <ol>
          ${data.document.parts.map(
            (part) => html`<li>${this.#text(part.title, title)}
              <ol>
                ${(part.articles ?? []).map((article) => html`<li>${this.#articleLink(article)}</li>`)}
                ${(part.chapters ?? []).map(
                  (chapter) => html`<li>${this.#text(chapter.title, title)}
                    <ol>${chapter.articles.map((article) => html`<li>${this.#articleLink(article)}</li>`)}</ol></li>`,
                )}
              </ol></li>`,
          )}
        </ol>
      </nav>
      <div part="document">
        ${data.document.parts.map(
          (part) => html`<section aria-labelledby="part-${part.id}">
            <h3 id="part-${part.id}">${this.#shown.map((language) => this.#text(part.title, language, 'p'))}</h3>
            ${(part.articles ?? []).map((article) => this.#renderArticle(article, 4))}
            ${(part.chapters ?? []).map(
              (chapter) => html`<section aria-labelledby="chapter-${chapter.id}">
                <h4 id="chapter-${chapter.id}">${this.#shown.map((language) => this.#text(chapter.title, language, 'p'))}</h4>
                ${chapter.articles.map((article) => this.#renderArticle(article, 5))}
              </section>`,
            )}
          </section>`,
        )}
      </div>
      ${this.#renderVersions(data)}
      ${this.#renderAdhesion()}
      <p class="visually-hidden" role="status">${this.copied !== undefined ? msg('Link copied') : nothing}</p>
    `;
  }

  #articleLink(article: CharterArticle) {
    const number = formatNumber(this.locale, article.number);
    return html`<a href="#${this.#articleId(article.number)}" @click=${(event: Event) => this.#go(event, article.number)}
      >${msg(str`Article ${number}`)}${article.title ? html`: ${this.#text(article.title, this.#shown[0]!)}` : nothing}</a>`;
  }

  #renderArticle(article: CharterArticle, level: 4 | 5) {
    const id = this.#articleId(article.number);
    const number = formatNumber(this.locale, article.number);
    const single = this.#shown.length === 1;
    const heading = html`${msg(str`Article ${number}`)}${single && article.title ? html`: ${this.#text(article.title, this.#shown[0]!)}` : nothing}`;
    return html`<article id=${id} data-number=${article.number} tabindex="-1" aria-labelledby="${id}-title"
      class=${this.target === article.number ? 'target' : ''}>
      ${level === 4 ? html`<h4 id="${id}-title">${heading}</h4>` : html`<h5 id="${id}-title">${heading}</h5>`}
      <div class=${single ? '' : 'columns'}>
        ${this.#shown.map(
          (language) => html`<div lang=${language} dir=${directionOf(language)}>
            ${!single && article.title ? html`<p class="title">${this.#text(article.title, language)}</p>` : nothing}
            ${article.blocks.map((block) => this.#renderBlock(block, language))}
          </div>`,
        )}
      </div>
      <button class="link" type="button" @click=${() => this.#copyLink(article.number)}>${msg(str`Copy the link to article ${number}`)}</button>
      ${this.copied === article.number ? html`<span class="hint">${msg('Link copied')}</span>` : nothing}
      ${this.copyFallback === article.number
        ? html`<div class="field"><label for="link-fallback">${msg('Copy this link:')}</label>
            <input id="link-fallback" class="ltr" dir="ltr" readonly .value=${this.#articleUrl(article.number)} /></div>`
        : nothing}
    </article>`;
  }

  #renderBlock(block: CharterBlock, language: CharterLanguage): TemplateResult {
    const items = (texts: LocalizedText[]) => texts.map((text) => html`<li>${this.#text(text, language)}</li>`);
    switch (block.type) {
      case 'paragraph':
        return this.#text(block.text, language, 'p');
      case 'list':
        return block.ordered ? html`<ol>${items(block.items)}</ol>` : html`<ul>${items(block.items)}</ul>`;
      case 'commitments':
        return html`<p class="title">${PARTIES()[block.party]}</p><ol>${items(block.items)}</ol>`;
      default:
        return html`<dl>${block.items.map((item) => html`<dt>${this.#text(item.term, language)}</dt><dd>${this.#text(item.definition, language)}</dd>`)}</dl>`;
    }
  }

  #date(value: string) {
    return html`<time datetime=${value}>${formatDate(this.locale, value.length === 10 ? `${value}T12:00:00Z` : value)}</time>`;
  }

  #adoption(data: Charter) {
    const decision = data.adoption!;
    return msg(html`Adopted by the council at its ${this.#text(decision.session, this.#shown[0]!)} (${this.#date(decision.date)})`);
  }

  #renderStatus(data: Charter) {
    const consultation = data.consultation;
    const open = data.status === 'consultation';
    return html`<dl class="meta">
      <dt>${msg('Status')}</dt>
      <dd>
        ${data.status === 'draft'
          ? msg('Draft')
          : open
            ? consultation
              ? msg(html`In public consultation until ${this.#date(consultation.closesAt)}`)
              : msg('In public consultation')
            : data.status === 'revised'
              ? data.revision
                ? msg(html`Revised by the council at its ${this.#text(data.revision.session, this.#shown[0]!)} (${this.#date(data.revision.date)})`)
                : msg('Adopted, then revised')
              : data.adoption
                ? this.#adoption(data)
                : msg('Adopted')}
        ${consultation && !open ? html`<br />${msg(html`Public consultation from ${this.#date(consultation.opensAt)} to ${this.#date(consultation.closesAt)}`)}` : nothing}
        ${consultation?.url && /^https:\/\//.test(consultation.url)
          ? html`<br /><a href=${consultation.url} rel="noopener">${open ? msg('Give your opinion on the draft') : msg('The public consultation')}</a>`
          : nothing}
      </dd>
      <dt>${msg('Version')}</dt>
      <dd>${msg(str`Version ${formatNumber(this.locale, data.version.number)}`)}, ${this.#date(data.version.publishedAt)}</dd>
    </dl>`;
  }

  #renderVersions(data: Charter) {
    if (data.versions.length < 2) return nothing;
    const comparison = this.comparison;
    const options = (selected: number) =>
      data.versions.map((version) => html`<option value=${version.number} ?selected=${version.number === selected}>${formatNumber(this.locale, version.number)}</option>`);
    const last = data.versions.at(-1)!.number;
    const changeList = (label: string, ids: string[]) =>
      ids.length
        ? html`<h5>${label}</h5><ul>${ids.map((id) => {
            const article = comparison?.articles?.get(id);
            return html`<li>${article ? html`${msg(str`Article ${formatNumber(this.locale, article.number)}`)}${article.title ? html`: ${this.#text(article.title, this.#shown[0]!)}` : nothing}` : id}</li>`;
          })}</ul>`
        : nothing;
    return html`<section part="versions" class="versions no-print" aria-labelledby="versions-title">
      <h3 id="versions-title">${msg('Versions')}</h3>
      <ol>
        ${data.versions.map((version) => {
          const changes = version.changes;
          return html`<li>
            ${msg(str`Version ${formatNumber(this.locale, version.number)}`)}, ${this.#date(version.publishedAt)}
            ${version.note ? html`— ${this.#text(version.note, this.#shown[0]!)}` : nothing}
            ${changes
              ? html`<br /><span class="hint">${msg(
                  str`Articles added: ${formatNumber(this.locale, changes.added.length)}, removed: ${formatNumber(this.locale, changes.removed.length)}, changed: ${formatNumber(this.locale, changes.changed.length)}`,
                )}</span>`
              : nothing}
          </li>`;
        })}
      </ol>
      ${this.client
        ? html`<form class="tools" @submit=${this.#compare} aria-label=${msg('Compare two versions')}>
            <div class="field"><label for="compare-from">${msg('From version')}</label>
              <select id="compare-from" name="from">${options(last - 1)}</select></div>
            <div class="field"><label for="compare-to">${msg('To version')}</label>
              <select id="compare-to" name="to">${options(last)}</select></div>
            <button class="button secondary" type="submit">${msg('Show the changes')}</button>
          </form>`
        : nothing}
      ${comparison
        ? html`<div id="comparison" class="changes" tabindex="-1" role="region" aria-labelledby="comparison-title">
            <h4 id="comparison-title">${msg(str`Changes from version ${formatNumber(this.locale, comparison.from)} to version ${formatNumber(this.locale, comparison.to)}`)}</h4>
            ${comparison.failed
              ? html`<p>${msg('The versions could not be loaded. Please try again.')}</p>`
              : !comparison.changes
                ? html`<p>${messages.loading()}</p>`
                : comparison.changes.added.length + comparison.changes.removed.length + comparison.changes.changed.length === 0
                  ? html`<p>${msg('No article changed.')}</p>`
                  : html`${changeList(msg('Added articles'), comparison.changes.added)}
                    ${changeList(msg('Removed articles'), comparison.changes.removed)}
                    ${changeList(msg('Changed articles'), comparison.changes.changed)}`}
          </div>`
        : nothing}
    </section>`;
  }

  #renderAdhesion() {
    if (!this.client) return nothing;
    const count = this.adhesions?.counts;
    return html`<section class="no-print" aria-labelledby="adhere-title">
      <h3 id="adhere-title">${msg('Adhere to the charter')}</h3>
      ${!this.#adhesionOpen
        ? html`<p>${msg('Associations and citizens can adhere once the council has adopted the charter.')}</p>`
        : html`${count
            ? html`<p>${msg(str`Adhering associations: ${formatNumber(this.locale, count.associations)}. Adhering citizens: ${formatNumber(this.locale, count.citizens)}.`)}</p>
                ${this.adhesions!.items.length
                  ? html`<ul aria-label=${msg('Adhering associations')}>${this.adhesions!.items.map((item) => html`<li><bdi>${item.name}</bdi></li>`)}</ul>`
                  : nothing}`
            : nothing}
          ${this.receipt
            ? html`<div id="receipt" class="notice" part="receipt" tabindex="-1" role="status">
                <p><strong>${msg('Thank you: your adhesion is recorded.')}</strong></p>
                <p>${msg('Reference:')} <span class="ltr" dir="ltr">${this.receipt.reference}</span></p>
              </div>`
            : this.queued
              ? html`<div id="queued" class="notice" tabindex="-1" role="status">${messages.savedOffline()}</div>`
              : this.form
                ? this.form.renderAdhesionForm({
                    root: this.renderRoot as ShadowRoot,
                    draft: this.draft,
                    errors: this.submitted ? { ...this.serverErrors, ...this.form.checkAdhesion(this.draft).errors } : {},
                    sending: this.sending,
                    failure: this.failure,
                    edit: (field, value) => this.#edit(field, value),
                    submit: (event) => void this.#submit(event),
                  })
                : html`<p>${messages.loading()}</p>`}`}
    </section>`;
  }
}
