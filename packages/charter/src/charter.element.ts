import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import {
  ApiError,
  MocharakaElement,
  MocharakaLoadedEvent,
  Outbox,
  charterArticles,
  describeApiError,
  diffCharterDocuments,
  messages,
  newIdempotencyKey,
  registerCatalog,
  resolveEndpoint,
  type AdhesionInput,
  type AdhesionReceipt,
  type Charter,
  type CharterAdhesions,
  type CharterBackend,
  type CharterLanguage,
  type SendOutcome,
} from '@mocharaka/core';
import type { AdhesionDraft, AdhesionErrors } from './adhesion-rules.js';
import { renderAdhesion, type FormModule } from './charter-adhesion.js';
import { renderDocument, searchHits, type DocumentContext } from './charter-document.js';
import { renderHeader } from './charter-header.js';
import { renderToc } from './charter-toc.js';
import { renderTools, type Reading, type ToolsContext } from './charter-tools.js';
import { renderStatus, renderVersions, type Comparison } from './charter-versions.js';
import { MocharakaCharterAdheredEvent, type CharterAdheredDetail } from './charter.events.js';
import { charterStyles } from './charter.styles.js';
import { charterCatalog } from './locales.js';
import type { ScrollHold } from './scroll-hold.js';

registerCatalog(charterCatalog);

const ADHESION_FIELDS = ['kind', 'name', 'registrationNumber', 'city', 'contact', 'consent'];
const emptyAdhesion = (): AdhesionDraft => ({ kind: '', name: '', registrationNumber: '', city: '', contact: '', consent: false });

type View = { name: 'loading' } | { name: 'failed'; error?: ApiError } | { name: 'ready' };

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
  /** The article the page's address names, opened once it is rendered. */
  #landing?: number;
  /** Loaded with the first deep link: most readers never need it. */
  #hold?: Promise<ScrollHold>;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#followHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#followHash);
    void this.#hold?.then((hold) => hold.release());
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
    if (!match || match[1] !== this.#charterId) return;
    this.#landing = Number(match[2]);
    this.requestUpdate();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The element may still show its fallback (translations loading) when the address names an article.
    const number = this.#landing;
    if (number === undefined || !this.#article(number)) return;
    this.#landing = undefined;
    this.target = number;
    this.#article(number)!.focus({ preventScroll: true });
    this.#article(number)!.scrollIntoView({ block: 'start' });
    void this.#holdAt(number);
  }

  async #holdAt(number: number) {
    const hold = await (this.#hold ??= import('./scroll-hold.js').then((module) => new module.ScrollHold()));
    // The reader may have gone to another article meanwhile.
    if (this.target === number && this.isConnected) hold.hold(() => this.#article(number), this);
  }

  #article(number: number) {
    return this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.#articleId(number))}`);
  }

  /** Scrolls to article `number` and moves focus to it. */
  async openArticle(number: number, focus = true): Promise<void> {
    void this.#hold?.then((hold) => hold.release());
    this.target = number;
    await this.updateComplete;
    const article = this.#article(number);
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

  #switchReadingListener = (event: Event) => void this.#switchReading(event);

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

  /** Prints the charter in the languages shown, from a document of its own: not the host page. */
  async #print() {
    const { printCharter } = await import('./charter-print.js');
    await printCharter(this, MocharakaCharter.elementStyles, { ...this.#context }, this.data!);
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

  #compareListener = (event: SubmitEvent) => void this.#compare(event);

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

  /** What the rendering modules read from the element, and the callbacks they tell it through. */
  get #context(): DocumentContext & ToolsContext {
    return {
      locale: this.locale,
      query: this.query,
      shown: this.#shown,
      target: this.target,
      copied: this.copied,
      copyFallback: this.copyFallback,
      articleId: (number) => this.#articleId(number),
      articleUrl: (number) => this.#articleUrl(number),
      copyLink: (number) => void this.#copyLink(number),
      go: (event, number) => this.#go(event, number),
      reading: this.reading,
      switchReading: this.#switchReadingListener,
      search: (query) => (this.query = query),
      print: () => void this.#print(),
    };
  }

  #renderCharter(data: Charter) {
    const context = this.#context;
    return html`
      ${renderHeader(context, data)}
      ${renderStatus(context, data)}
      ${renderTools(context, data, searchHits(context, data))}
      ${renderToc(context, data)}
      ${renderDocument(context, data)}
      ${renderVersions({ ...context, comparison: this.comparison, canCompare: !!this.client, compare: this.#compareListener }, data)}
      ${this.client
        ? renderAdhesion({
            locale: this.locale,
            open: this.#adhesionOpen,
            adhesions: this.adhesions,
            receipt: this.receipt,
            queued: this.queued,
            form: this.form,
            serverErrors: this.serverErrors,
            submitted: this.submitted,
            host: {
              root: this.renderRoot as ShadowRoot,
              draft: this.draft,
              sending: this.sending,
              failure: this.failure,
              edit: (field, value) => this.#edit(field, value),
              submit: (event) => void this.#submit(event),
            },
          })
        : nothing}
      <p class="visually-hidden" role="status">${this.copied !== undefined ? msg('Link copied') : nothing}</p>
    `;
  }
}
