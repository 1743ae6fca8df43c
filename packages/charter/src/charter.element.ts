import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import {
  ApiError,
  LazyModule,
  LazyStyles,
  MocharakaElement,
  MocharakaLoadedEvent,
  ResourceController,
  SubmissionController,
  focusWhenRendered,
  messages,
  registerCatalog,
  type AdhesionInput,
  type AdhesionReceipt,
  type Charter,
  type CharterBackend,
  type CharterLanguage,
  type Settlement,
  charterOverHttp,
} from '@mocharaka/core';
import { ArticleNavigation } from './article-navigation.js';
import { ADHESION_FIELDS, emptyAdhesion, type AdhesionDraft, type AdhesionField } from './adhesion-draft.js';
import type { AdhesionErrors } from './adhesion-rules.js';
import { renderAdhesion, type FormModule } from './charter-adhesion.js';
import { renderDocument, type DocumentContext } from './charter-document.js';
import { fetchCharterFile, INVALID_CHARTER_FILE } from './charter-file.js';
import { renderHeader } from './charter-header.js';
import { renderToc } from './charter-toc.js';
import { renderTools, type Reading, type ToolsContext } from './charter-tools.js';
import { renderStatus, renderVersionsFailed } from './charter-versions.js';
import type { Comparison } from './charter-version-history.js';
import { MocharakaCharterAdheredEvent, type CharterAdheredDetail } from './charter.events.js';
import { charterStyles } from './charter.styles.js';
import { charterCatalog } from './locales.js';

registerCatalog(charterCatalog);

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
 * @csspart follow-up - The link to the follow-up of the charter's commitments.
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

  protected override readonly httpBackend = charterOverHttp;

  static override properties: PropertyDeclarations = {
    charter: { reflect: true },
    src: { reflect: true },
    followUpHref: { attribute: 'follow-up-href' },
    reading: { state: true, attribute: false },
    query: { state: true, attribute: false },
    copied: { state: true, attribute: false },
    copyFallback: { state: true, attribute: false },
    comparison: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    submitted: { state: true, attribute: false },
    serverErrors: { state: true, attribute: false },
    receipt: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    form: { state: true, attribute: false },
    printFailed: { state: true, attribute: false },
  };

  /** Id of the charter (e.g. `taroudant-participation`), as listed by `GET /v1/charters`. */
  charter?: string;

  /** URL of a static JSON file holding the charter (same shape as `GET /v1/charters/{id}`); read only, no adhesion. */
  src?: string;

  /** A link to the follow-up of the charter's commitments (e.g. the page holding `<mocharaka-action-plan view="charter">`). */
  followUpHref?: string;

  private reading?: Reading;
  private query = '';
  private copied?: number;
  private copyFallback?: number;
  private comparison?: Comparison;
  /** Styles of the lazy chunks, adopted after the element's own as they arrive. */
  readonly #lazyStyles = new LazyStyles(this);
  /** Finding and marking the search's matches: asked for once the charter is shown, and at the first keystroke. */
  readonly #search = new LazyModule(
    this,
    () => import('./charter-search.js'),
    (search) => this.#lazyStyles.adopt(search.searchStyles),
  );
  /** The version history's view: asked for with the charter, shown when it arrives. */
  readonly #history = new LazyModule(
    this,
    () => import('./charter-version-history.js'),
    (history) => this.#lazyStyles.adopt(history.historyStyles),
  );
  private draft: AdhesionDraft = emptyAdhesion();
  /** Errors show only after a first submit, then follow the typing. */
  private submitted = false;
  private serverErrors: AdhesionErrors = {};
  private receipt?: CharterAdheredDetail;
  private failure?: ApiError;
  /** The adhesion form's code, loaded once the charter is known to accept adhesions; false if its download failed. */
  private form?: FormModule | false;
  /** The print's code could not be downloaded. */
  private printFailed = false;

  /** Versions read for a comparison, by charter and number. */
  #versions = new Map<string, Promise<Charter>>();

  #charter = new ResourceController(this, {
    args: () =>
      this.src
        ? ([undefined, undefined, this.src] as const)
        : this.client && this.charter
          ? ([this.client, this.charter, undefined] as const)
          : undefined,
    load: ([client, id, src], signal) => (src ? fetchCharterFile(src, signal) : client!.getCharter(id!, { signal })),
    onLoaded: (data) => {
      this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'charter', id: data.id }));
      if (this.#adhesionOpen)
        import('./adhesion-form.js').then(
          (module) => (this.form = module),
          () => (this.form = false),
        );
      void this.#search.load();
      void this.#adhesion.flush();
      this.#navigation.followHash();
    },
    onFailed: (error, [, id]) =>
      error.code === INVALID_CHARTER_FILE
        ? this.reportError({ code: error.code, message: error.message })
        : this.reportLoadError(error, id),
  });

  /** The public counts and names; a bonus: the form works without them. */
  #adhesions = new ResourceController(this, {
    args: () => (this.#adhesionOpen ? ([this.client!, this.#charter.data!.id] as const) : undefined),
    load: ([client, id], signal) => client.getCharterAdhesions(id, { signal }),
  });

  #adhesion = new SubmissionController<AdhesionInput, AdhesionReceipt, AdhesionField>(this, {
    storageKey: () => (this.client ? `mocharaka:outbox:charter:${this.storageScope}` : undefined),
    send: ({ target, payload, idempotencyKey }) => this.client!.adhereToCharter(target, payload, { idempotencyKey }),
    fields: ADHESION_FIELDS,
    receiptKey: ({ receipt }) => receipt.reference,
    onReceipt: ({ receipt }, { target }) => this.dispatchEvent(new MocharakaCharterAdheredEvent({ charterId: target, ...receipt })),
    onLaterSettled: (settlement, { target }) => target === this.#charterId && this.#settle(settlement),
    onError: ({ code, status, message }) => this.reportError({ code, status, message }),
  });

  #navigation = new ArticleNavigation(this, () => this.#charterId);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('charter') || changed.has('src') || changed.has('endpoint') || changed.has('backend')) {
      Object.assign(this, { receipt: undefined, failure: undefined, comparison: undefined, submitted: false, serverErrors: {} });
    }
  }

  /** The article the reader is at: the one last opened if still on screen, else the first one on screen. */
  get currentArticle(): number | undefined {
    return this.#navigation.current();
  }

  /** Scrolls to article `number` and moves focus to it. */
  openArticle(number: number, focus = true): Promise<void> {
    return this.#navigation.open(number, focus);
  }

  get #charterId(): string | undefined {
    return this.#charter.data?.id ?? this.charter;
  }

  get #adhesionOpen(): boolean {
    const status = this.#charter.data?.status;
    return !!this.client && (status === 'adopted' || status === 'revised');
  }

  /** The languages shown now: the reader's pick, else the interface language when the charter has it. */
  get #shown(): CharterLanguage[] {
    const languages = this.#charter.data?.languages.length ? this.#charter.data.languages : (['ar'] as CharterLanguage[]);
    const wanted = this.reading ?? (this.locale as CharterLanguage);
    return wanted === 'all' ? languages : [languages.includes(wanted) ? wanted : languages[0]!];
  }

  async #switchReading(event: Event) {
    const at = this.#navigation.current();
    this.reading = (event.target as HTMLSelectElement).value as Reading;
    if (at !== undefined) await this.#navigation.open(at, false);
  }

  async #copyLink(number: number) {
    try {
      await navigator.clipboard.writeText(this.#navigation.articleUrl(number));
      Object.assign(this, { copied: number, copyFallback: undefined });
    } catch {
      Object.assign(this, { copied: undefined, copyFallback: number });
      await this.updateComplete;
      const input = this.renderRoot.querySelector<HTMLInputElement>('#link-fallback');
      input?.focus();
      input?.select();
    }
  }

  /** Prints the charter in the languages shown, from a document of its own: not the host page. */
  async #print() {
    let printCharter: typeof import('./charter-print.js').printCharter;
    try {
      ({ printCharter } = await import('./charter-print.js'));
    } catch {
      // A browser keeps a failed module download failed for the page: only reloading it can bring the print.
      this.printFailed = true;
      return void focusWhenRendered(this, '#print-failed');
    }
    const data = this.#charter.data!;
    // Nothing of the reading state in print: no search marks, no highlighted article.
    const context: DocumentContext = {
      ...this.#context,
      query: '',
      mark: undefined,
      target: undefined,
      copied: undefined,
      copyFallback: undefined,
    };
    await printCharter(this, MocharakaCharter.elementStyles, html`${renderHeader(context, data)}${renderDocument(context, data)}`, {
      title: data.title[context.shown[0]!] ?? data.title.ar,
      locale: this.locale,
    });
  }

  #version(number: number): Promise<Charter> {
    const key = `${this.#charterId}:${number}`;
    let load = this.#versions.get(key);
    if (!load) {
      this.#versions.set(key, (load = this.client!.getCharterVersion(this.#charterId!, number)));
      load.catch(() => this.#versions.delete(key));
    }
    return load;
  }

  async #compare(history: typeof import('./charter-version-history.js'), from: number, to: number) {
    this.comparison = { from, to };
    try {
      this.comparison = await history.compareVersions(from, to, (number) => this.#version(number));
    } catch (cause) {
      this.comparison = { from, to, failed: true };
      const error = cause instanceof ApiError ? cause : ApiError.network(cause);
      this.reportError({ code: error.code, status: error.status, message: error.message });
    }
    void focusWhenRendered(this, '#comparison');
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const id = this.#charterId;
    if (this.#adhesion.sending || !id || !this.form) return;
    Object.assign(this, { submitted: true, serverErrors: {}, failure: undefined });
    const { adhesion } = this.form.checkAdhesion(this.draft);
    if (!adhesion) return void focusWhenRendered(this, '#error-summary');
    // The outbox keeps the adhesion with its idempotency key: however often it is retried, it counts once.
    this.#settle(await this.#adhesion.submit(id, adhesion));
  }

  /** Shows how an adhesion ended, sent now or later from the outbox (then focus moves only from within). */
  #settle(settlement: Settlement<AdhesionReceipt, AdhesionField>) {
    const later = settlement.kind !== 'queued' && settlement.later;
    switch (settlement.kind) {
      case 'receipt':
        Object.assign(this, {
          receipt: { charterId: this.#charterId!, ...settlement.result.receipt },
          draft: emptyAdhesion(),
          submitted: false,
        });
        void this.#adhesions.refresh();
        return void focusWhenRendered(this, '#receipt', later);
      case 'queued':
        return void focusWhenRendered(this, '#queued');
      case 'field-errors':
        Object.assign(this, { submitted: true, serverErrors: settlement.fields });
        return void focusWhenRendered(this, '#error-summary', later);
      default:
        this.failure = settlement.error;
        void focusWhenRendered(this, '#failure', later);
    }
  }

  #edit(field: keyof AdhesionDraft, value: string | boolean) {
    this.draft = { ...this.draft, [field]: value };
    const { [field]: gone, ...rest } = this.serverErrors;
    if (gone) this.serverErrors = rest;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#history.load();
  }

  protected override renderContent() {
    if (!this.charter && !this.src) {
      return this.renderMissingAttribute('charter');
    }
    if (!this.src && !this.client) return this.renderMissingEndpoint();
    const { status, data, error } = this.#charter;
    if (status === 'failed' && error!.code === INVALID_CHARTER_FILE) {
      return html`<div class="notice error" role="alert"><p>${msg('This file is not a charter. Check the src attribute.')}</p>
        <button class="button secondary" type="button" @click=${() => this.#charter.retry()}>${messages.retry()}</button></div>`;
    }
    if (status === 'failed') return this.renderLoadFailed(error!, () => this.#charter.retry(), this.charter);
    if (status !== 'ready' || !data) return this.renderLoading();
    const context = this.#context;
    return html`
      ${renderHeader(context, data)}
      ${this.followUpHref ? html`<p><a part="follow-up" href=${this.followUpHref}>${msg('Follow-up of the commitments')}</a></p>` : nothing}
      ${renderStatus(context, data)}
      ${renderTools(context, data)}
      ${renderToc(context, data)}
      ${renderDocument(context, data)}
      ${this.#renderVersions(context, data)}
      ${this.client ? this.#renderAdhesion() : nothing}
      <p class="visually-hidden" role="status">${this.copied !== undefined ? msg('Link copied') : nothing}</p>
    `;
  }

  #renderVersions(context: DocumentContext, data: Charter) {
    const { module: history, failure } = this.#history;
    if (!history) return failure ? renderVersionsFailed(data) : nothing;
    const compare = (from: number, to: number) => void this.#compare(history, from, to);
    return history.renderVersions({ ...context, comparison: this.comparison, canCompare: !!this.client, compare }, data);
  }

  /** What the rendering modules read from the element, and the callbacks they tell it through. */
  get #context(): DocumentContext & ToolsContext {
    const { query } = this;
    const navigation = this.#navigation;
    const search = this.#search.module;
    return {
      locale: this.locale,
      query,
      mark: search && query.trim() ? (value) => search.marked(value, query) : undefined,
      searching: this.#search,
      shown: this.#shown,
      target: navigation.target,
      copied: this.copied,
      copyFallback: this.copyFallback,
      reading: this.reading,
      articleId: (number) => navigation.articleId(number),
      articleUrl: (number) => navigation.articleUrl(number),
      go: (event, number) => navigation.go(event, number),
      copyLink: (number) => void this.#copyLink(number),
      switchReading: (event) => void this.#switchReading(event),
      search: (value) => {
        void this.#search.load();
        this.query = value;
      },
      print: () => void this.#print(),
      printFailed: this.printFailed,
    };
  }

  #renderAdhesion() {
    const sending = this.#adhesion.sending;
    return renderAdhesion({
      locale: this.locale,
      open: this.#adhesionOpen,
      adhesions: this.#adhesions.data,
      receipt: this.receipt,
      queued: !sending && this.#adhesion.pending(this.#charterId).length > 0,
      form: this.form,
      serverErrors: this.serverErrors,
      submitted: this.submitted,
      host: {
        root: this.renderRoot as ShadowRoot,
        draft: this.draft,
        sending,
        failure: this.failure,
        edit: (field, value) => this.#edit(field, value),
        submit: (event) => void this.#submit(event),
      },
    });
  }
}
