import { LitElement, html, type PropertyValues, type ReactiveController, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { MocharakaBackend } from '../client/backend.js';
import { HttpClient, type HttpBackendFactory } from '../client/http-client.js';
import { resolveEndpoint } from '../config/resolve-endpoint.js';
import {
  activeLocale,
  isLocaleReady,
  LOCALE_READY_EVENT,
  registerCatalog,
  translationsBlockedByHost,
  useLocale,
} from '../localization/catalogs.js';
import { directionOf, LOCALE_NAMES, resolveLocale, type Locale } from '../localization/locales.js';
import { coreCatalog } from '../localization/core-catalog.js';
import { prepareFormats } from '../localization/format.js';
import { sharedStyles } from '../theme/shared-styles.js';
import { declareTifinaghFont } from '../theme/tifinagh-font.js';
import { warnOnce } from './define.js';
import { MocharakaErrorEvent, type MocharakaErrorDetail } from './events.js';
import { describeApiError, messages } from './messages.js';
import { classifyLoadError } from './diagnose.js';
import type { ApiError } from '../client/api-error.js';
import { ResourceController } from './resource-controller.js';

registerCatalog(coreCatalog);

/** One transport per endpoint, and per endpoint one backend per resource, shared by the elements of a page. */
const httpClients = new Map<string, HttpClient>();
const httpBackends = new Map<HttpBackendFactory<unknown>, Map<string, unknown>>();

type RareNotices = typeof import('../lazy/rare-notices.js');
/** What only rare paths show (an unknown id, a language conflict, an admin's hint), once downloaded. */
let rareNotices: RareNotices | undefined;
const loadRareNotices = () => import('../lazy/rare-notices.js').then((module) => (rareNotices = module));

/**
 * What every Mocharaka element shares: language and direction resolved from the element
 * or the page, the backend found from `endpoint`, the page's meta tag or a `backend`
 * object, a configuration error shown in the widget itself (CMS admins see it, not only
 * the console), and the light-DOM fallback shown until the element is ready.
 *
 * @slot - Fallback content shown before the element is ready (for example a link to the
 *   same content on the commune's site); also what a citizen without JavaScript sees.
 * @csspart base - The element’s box.
 * @csspart locale-notice - Says why the element does not speak the language asked (see `lazy/rare-notices.ts`).
 * @attr lang - Language of the element (`ar`, `fr`, `zgh`, `en`; `ar-MA` counts as `ar`); else the page's `lang`; Arabic by default. Direction follows it.
 */
export abstract class MocharakaElement<Backend = MocharakaBackend> extends LitElement {
  static override styles = sharedStyles;

  static override properties: PropertyDeclarations = {
    endpoint: { reflect: true },
    backend: { attribute: false },
    locale: { state: true, attribute: false },
    localeReady: { state: true, attribute: false },
  };

  /** Base URL of the Mocharaka API (`https://commune.ma/v1`); else the page's `<meta name="mocharaka:endpoint">`. */
  endpoint?: string;

  /** A client implementing the contract, to plug in another platform; wins over `endpoint`. */
  backend?: Backend;

  /** Builds this element's resource backend over HTTP (`petitionOverHttp`, …), used when no `backend` is set. */
  protected abstract readonly httpBackend: HttpBackendFactory<Backend>;

  /** The locale the element speaks now. */
  protected locale: Locale = activeLocale();
  private localeReady = false;

  #languageObserver?: MutationObserver;
  #reportedErrors = new Set<string>();
  #resources: ResourceController<readonly unknown[], unknown>[] = [];

  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if (controller instanceof ResourceController) this.#resources.push(controller);
  }

  /**
   * The first update starts the element's loads first and waits until the work they can
   * do without the network is done (one task at most): an answer already at hand, the
   * loader's prefetched one, is then in the first render, instead of a loading state
   * rendered and laid out only to be replaced at once. A load that waits on the network
   * still shows its loading state without delay.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    const loads = this.#resources.map((resource) => resource.loadBeforeFirstUpdate()).filter((load) => load !== undefined);
    if (loads.length === 0) return super.scheduleUpdate();
    return Promise.race([Promise.all(loads), nextTask()]).then(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues<this>): void {
    // What a load settled before the first update sets (a step, a page clamped to the survey) is in its render.
    for (const resource of this.#resources) resource.runHeldCallbacks();
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    declareTifinaghFont(this.ownerDocument);
    window.addEventListener('online', this.#onOnline);
    window.addEventListener(LOCALE_READY_EVENT, this.#onLocaleReady);
    this.#languageObserver = new MutationObserver(() => this.#requestLocale());
    this.#languageObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
    this.#languageObserver.observe(this.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.#requestLocale();
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
    whenIdle(() => prepareFormats(this.locale));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener(LOCALE_READY_EVENT, this.#onLocaleReady);
    this.#languageObserver?.disconnect();
  }

  /** Resolves once the element's strings are loaded and it has rendered them. */
  async localeLoaded(): Promise<void> {
    while (!this.localeReady) {
      await new Promise((resolve) => window.addEventListener(LOCALE_READY_EVENT, resolve, { once: true }));
    }
    await this.updateComplete;
  }

  #requestLocale() {
    const wanted = resolveLocale(this);
    if (wanted === activeLocale() && isLocaleReady(wanted)) {
      this.locale = wanted;
      this.localeReady = true;
      return;
    }
    useLocale(wanted).catch((error: unknown) => {
      warnOnce(`locale:${wanted}`, `no ${wanted} translations: ${String(error)}`);
    });
  }

  #onLocaleReady = () => {
    const active = activeLocale();
    // Another package's catalogue arrived while the page is still switching language: wait for the switch.
    if (!isLocaleReady(active)) return;
    if (translationsBlockedByHost()) {
      warnOnce('locale-host', `the page set up @lit/localize first: ${LOCALE_NAMES[active]} shown (docs/elements/runtime.md)`);
    } else if (active !== resolveLocale(this)) {
      warnOnce('locale-conflict', 'elements ask for different languages: the last one asked wins');
    }
    // Reactive state: a change of either renders again.
    this.locale = active;
    this.localeReady = true;
  };

  /**
   * Sends what the element's outbox holds; called when the browser comes back online.
   * Elements that queue submissions override it.
   */
  protected sendPending(): unknown {
    return undefined;
  }

  #onOnline = () => void this.sendPending();

  /** The backend to talk to, or undefined when the element is not configured. */
  protected get client(): Backend | undefined {
    if (this.backend) return this.backend;
    const endpoint = resolveEndpoint(this);
    if (!endpoint) return undefined;
    let backends = httpBackends.get(this.httpBackend);
    if (!backends) httpBackends.set(this.httpBackend, (backends = new Map()));
    let backend = backends.get(endpoint) as Backend | undefined;
    if (!backend) {
      let http = httpClients.get(endpoint);
      if (!http) httpClients.set(endpoint, (http = new HttpClient({ endpoint })));
      backends.set(endpoint, (backend = this.httpBackend(http)));
    }
    return backend;
  }

  /**
   * What keys this element's drafts and outbox in storage: `custom` with a `backend`
   * object, else the endpoint (`none` when unset), so two communes on one page never mix.
   */
  get storageScope(): string {
    return this.backend ? 'custom' : (resolveEndpoint(this) ?? 'none');
  }

  /** Dispatches `mocharaka-error` once per distinct failure. */
  protected reportError(detail: MocharakaErrorDetail): void {
    const key = `${detail.code}:${detail.status ?? ''}`;
    if (this.#reportedErrors.has(key)) return;
    this.#reportedErrors.add(key);
    this.dispatchEvent(new MocharakaErrorEvent(detail));
  }

  protected clearReportedErrors(): void {
    this.#reportedErrors.clear();
  }

  /**
   * A configuration mistake, reported at once by its code (`mocharaka-error`, whose
   * message is `<tag>: code`, and one console line) and shown in the widget: its sentence
   * for the page's admin once downloaded (a rare notice), the code until then or if the
   * sentence cannot download.
   */
  #renderConfigError(code: string, sentence: (notices: RareNotices) => string): TemplateResult {
    const summary = `<${this.localName}>: ${code}`;
    warnOnce(`${this.localName}:${code}`, summary);
    this.reportError({ code, message: summary });
    return html`<div class="notice error" role="alert" part="config-error">${this.#rare(sentence) ?? html`<bdi dir="ltr">${summary}</bdi>`}</div>`;
  }

  /** No `endpoint` nor `backend`: `missing_endpoint`. */
  protected renderMissingEndpoint(): TemplateResult {
    return this.#renderConfigError('missing_endpoint', (notices) => notices.missingEndpoint(`<${this.localName}>`));
  }

  /** A required attribute is not set: `missing_<attribute>`. */
  protected renderMissingAttribute(attribute: string): TemplateResult {
    return this.#renderConfigError(`missing_${attribute}`, (notices) => notices.missingAttribute(`<${this.localName}>`, attribute));
  }

  /**
   * Reports a failed load: `mocharaka-error`, and for a problem the page's admin must fix
   * (unreachable endpoint, refused origin, missing `/v1`, unknown id) one `[mocharaka]`
   * console line naming the likely fix.
   */
  protected reportLoadError(error: ApiError, id?: string): void {
    this.reportError({ code: error.code, status: error.status, message: error.message });
    const problem = classifyLoadError(error);
    const endpoint = resolveEndpoint(this);
    // The hint is for the page's admin, in the console: without its module there is none.
    loadRareNotices().then(
      ({ adminHint }) => {
        const hint = adminHint(problem, this.localName, endpoint, id);
        if (hint) warnOnce(`${this.localName}:${hint}`, hint);
      },
      () => undefined,
    );
  }

  /** `show(notices)` once the rare notices are downloaded; until then undefined, and the element renders again when they arrive. */
  #rare<T>(show: (notices: RareNotices) => T): T | undefined {
    if (rareNotices) return show(rareNotices);
    loadRareNotices().then(
      () => this.requestUpdate(),
      () => undefined,
    );
    return undefined;
  }

  protected renderLoading(): TemplateResult {
    return html`<p role="status" aria-busy="true">${messages.loading()}</p>`;
  }

  /** A failed load: what happened (naming the id when it does not exist), and a retry when one can help (not for an id that does not exist, nor a module only a reload can bring). */
  protected renderLoadFailed(error: ApiError, retry: () => unknown, id?: string): TemplateResult {
    // Until the id's own text is downloaded, the 404's.
    const text =
      (classifyLoadError(error) === 'unknown-id' && id && this.#rare((notices) => notices.unknownId(id))) || describeApiError(error);
    return html`<div class="notice error" role="alert">
      <p>${text}</p>
      ${error.retryable ? html`<button class="button secondary" type="button" @click=${retry}>${messages.retry()}</button>` : ''}
    </div>`;
  }

  protected abstract renderContent(): TemplateResult | unknown;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('endpoint') || changed.has('backend')) this.clearReportedErrors();
  }

  protected override render() {
    if (!this.localeReady) return html`<slot></slot>`;
    return html`<div part="base" class="base" lang=${this.locale} dir=${directionOf(this.locale)}>
      ${resolveLocale(this) === this.locale ? '' : this.#rare((notices) => notices.localeNotice(this.locale, translationsBlockedByHost()))}
      ${this.renderContent()}
    </div>`;
  }
}

/** Resolves in the next task, after every microtask queued before it (not throttled in background tabs, unlike timers). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
