import { msg } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  DraftController,
  MocharakaElement,
  MocharakaLoadedEvent,
  ResourceController,
  SUGGESTION_CODE_PATTERN,
  SubmissionController,
  focusWhenRendered,
  messages,
  normalizeSuggestionCode,
  registerCatalog,
  ApiError,
  type PublicSuggestion,
  type Settlement,
  type SuggestionInput,
  type SuggestionReceipt,
  type SuggestionStatus,
  type SuggestionsBackend,
  type SupportInput,
  type SupportReceipt,
  suggestionsOverHttp,
} from '@mocharaka/core';
import { suggestionsCatalog } from './locales.js';
import { renderReceiptFacts } from './receipt-facts.js';
import { renderSuggestionCard, renderTimeline, supportsText } from './suggestion-card.js';
import type { EditableField } from './suggestion-form.js';
import { renderSuggestionList } from './suggestion-list.js';
import {
  SUGGESTION_FIELDS,
  emptyDraft,
  isDraftEmpty,
  restoreDraft,
  type SuggestionErrors,
  type SuggestionField,
} from './suggestion-rules.js';
import { MocharakaSuggestionSentEvent } from './suggestions.events.js';
import { remember, sentCodes, supportedCodes, supporterToken } from './suggestions-storage.js';
import { suggestionsStyles } from './suggestions.styles.js';

registerCatalog(suggestionsCatalog);

type LazyViews = typeof import('./lazy-views.js');
const loadViews = () => import('./lazy-views.js');

export type SuggestionsView = 'list' | 'send' | 'follow';
const VIEWS: readonly SuggestionsView[] = ['list', 'send', 'follow'];

type Sending = { name: 'form'; failure?: ApiError } | { name: 'sent'; receipt: SuggestionReceipt; sentLater: boolean };

/**
 * The commune's space for suggestions and remarks: the published ones with the commune's
 * dated answers, filterable by topic and status, with a "me too" counted once per
 * browser; a form to send one (topic from the commune's list, optional neighbourhood,
 * optional contact for the stated purpose only) whose receipt gives a follow-up code;
 * and the follow-up by code, received → under study → answered or not retained. A
 * message written offline waits in the outbox and is sent, counted once, on reconnection.
 *
 * @summary Send the commune a suggestion or a remark, follow it by its code, read the published ones and their answers.
 * @tag mocharaka-suggestions
 *
 * @event mocharaka-suggestion-sent - The server received a suggestion; `detail` has its `code` and `submittedAt`.
 * @event mocharaka-error - Something failed; `detail` has `code`, `status` and `message`.
 * @event mocharaka-loaded - The suggestion box was loaded and is shown.
 *
 * @slot - Shown until the element is ready, and without JavaScript (e.g. a link to the commune's contact page).
 *
 * @csspart base - The element's box.
 * @csspart views - The buttons switching between the list, the form and the follow-up.
 * @csspart form - The suggestion form.
 * @csspart error-summary - The list of problems shown above the form after a failed submit.
 * @csspart submit - The button sending the suggestion.
 * @csspart receipt - The receipt with the follow-up code.
 * @csspart config-error - The message shown to the page's admin when the tag is misconfigured.
 *
 * @cssproperty --mocharaka-color-primary - The commune's colour: buttons, statuses, timeline.
 * @cssproperty --mocharaka-font-family - Font of the whole element.
 * @cssproperty --mocharaka-radius - Corner radius.
 * @cssproperty --mocharaka-color-focus - Focus ring.
 * @cssproperty --mocharaka-color-error - Error messages and borders.
 * @cssproperty --mocharaka-font-size - Base font size.
 * @cssproperty --mocharaka-spacing - Base spacing unit.
 */
export class MocharakaSuggestions extends MocharakaElement<SuggestionsBackend> {
  static override styles = [...MocharakaElement.styles, suggestionsStyles];

  protected override readonly httpBackend = suggestionsOverHttp;

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    code: { reflect: true },
    topic: { reflect: true },
    sending: { state: true, attribute: false },
    submitted: { state: true, attribute: false },
    serverErrors: { state: true, attribute: false },
    statusFilter: { state: true, attribute: false },
    topicFilter: { state: true, attribute: false },
    more: { state: true, attribute: false },
    typedCode: { state: true, attribute: false },
    followed: { state: true, attribute: false },
    malformed: { state: true, attribute: false },
  };

  /** What is shown first: `list` (published suggestions, the default), `send` (the form) or `follow` (the follow-up by code). */
  view: SuggestionsView = 'list';
  /** A follow-up code to show at once (e.g. from a link in an e-mail); opens the follow-up. */
  code?: string;
  /** A topic id of the commune's list: the list is filtered by it and the form starts with it. */
  topic?: string;

  private sending: Sending = { name: 'form' };
  private submitted = false;
  private serverErrors: SuggestionErrors = {};
  private statusFilter = '';
  private topicFilter?: string;
  /** Pages after the first, and the cursor of the next one. */
  private more: { items: PublicSuggestion[]; nextCursor?: string; loading: boolean } = { items: [], loading: false };
  private typedCode = '';
  private followed?: string;
  private malformed = false;

  #views?: LazyViews;
  #viewsFailed = false;

  /** Counts answered by "me too" since the list loaded. */
  #counts = new Map<string, number>();

  #box = new ResourceController(this, {
    args: () => (this.client ? ([this.client] as const) : undefined),
    load: ([client], signal) => client.getSuggestionBox({ signal }),
    onLoaded: () => {
      this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'suggestion-box', id: 'suggestion-box' }));
      void this.#sends.flush();
      void this.#supports.flush();
    },
    onFailed: (error) => this.reportLoadError(error),
  });

  #list = new ResourceController(this, {
    args: () =>
      this.client && this.view === 'list' ? ([this.client, this.topicFilter ?? this.topic ?? '', this.statusFilter] as const) : undefined,
    load: ([client, topic, status], signal) =>
      client.listSuggestions({ topic: topic || undefined, status: (status || undefined) as SuggestionStatus | undefined }, { signal }),
    onLoaded: () => {
      this.more = { items: [], loading: false };
      this.#counts.clear();
    },
    onFailed: (error) => this.reportLoadError(error),
  });

  #followUp = new ResourceController(this, {
    args: () => (this.client && this.view === 'follow' && this.followed ? ([this.client, this.followed] as const) : undefined),
    load: ([client, code], signal) => client.getSuggestion(code, { signal }),
    onLoaded: () => void focusWhenRendered(this, '#followed'),
    onFailed: (error, [, code]) => this.reportLoadError(error, code),
  });

  #draft = new DraftController(this, {
    key: () => (this.client ? `mocharaka:suggestions-draft:${this.storageScope}` : undefined),
    // The draft may hold a name and a contact: gone with the tab on a shared phone.
    persistence: 'session',
    empty: emptyDraft,
    restore: restoreDraft,
    isEmpty: isDraftEmpty,
  });

  #sends = new SubmissionController<SuggestionInput, SuggestionReceipt, SuggestionField>(this, {
    storageKey: () => (this.client ? `mocharaka:outbox:suggestions:${this.storageScope}` : undefined),
    send: ({ payload, idempotencyKey }) => this.client!.submitSuggestion(payload, { idempotencyKey }),
    fields: SUGGESTION_FIELDS,
    receiptKey: (receipt) => receipt.code,
    onReceipt: (receipt) => {
      remember('sent', this.storageScope, receipt.code);
      this.dispatchEvent(new MocharakaSuggestionSentEvent({ code: receipt.code, submittedAt: receipt.submittedAt }));
    },
    onLaterSettled: (settlement) => this.#settle(settlement),
    onError: ({ code, status, message }) => this.reportError({ code, status, message }),
  });

  #supports = new SubmissionController<SupportInput, SupportReceipt>(this, {
    storageKey: () => (this.client ? `mocharaka:outbox:suggestion-supports:${this.storageScope}` : undefined),
    send: ({ target, payload, idempotencyKey }) => this.client!.supportSuggestion(target, payload.supporterToken, { idempotencyKey }),
    receiptKey: (receipt) => receipt.code,
    onReceipt: (receipt) => {
      remember('supported', this.storageScope, receipt.code);
      this.#counts.set(receipt.code, receipt.supportCount);
    },
    onLaterSettled: () => this.requestUpdate(),
    onError: ({ code, status, message }) => this.reportError({ code, status, message }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // A message queued on an earlier visit is sent, and settled with its receipt, once the views are here.
    if (this.#sends.pending().length > 0) void this.#loadViews();
  }

  async #loadViews(): Promise<LazyViews | undefined> {
    if (this.#views) return this.#views;
    try {
      this.#views = await loadViews();
      this.#viewsFailed = false;
    } catch {
      this.#viewsFailed = true;
    }
    this.requestUpdate();
    return this.#views;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view') && !VIEWS.includes(this.view)) this.view = 'list';
    if (changed.has('code') && this.code) {
      this.typedCode = this.code;
      this.followed = normalizeSuggestionCode(this.code);
      this.view = 'follow';
    }
    if (changed.has('endpoint') || changed.has('backend')) {
      Object.assign(this, { sending: { name: 'form' }, submitted: false, serverErrors: {} });
    }
  }

  #show(view: SuggestionsView) {
    this.view = view;
    void focusWhenRendered(this, '#view-title');
  }

  #filter = (name: 'topic' | 'status', value: string) => {
    if (name === 'topic') this.topicFilter = value;
    else this.statusFilter = value;
  };

  async #loadMore() {
    const cursor = this.more.nextCursor ?? this.#list.data?.nextCursor;
    if (!cursor || !this.client || this.more.loading) return;
    this.more = { ...this.more, loading: true };
    try {
      const topic = this.topicFilter ?? this.topic ?? '';
      const page = await this.client.listSuggestions({
        topic: topic || undefined,
        status: (this.statusFilter || undefined) as SuggestionStatus | undefined,
        cursor,
      });
      this.more = { items: [...this.more.items, ...page.items], nextCursor: page.nextCursor, loading: false };
    } catch (error) {
      this.more = { ...this.more, loading: false };
      const { code, status, message } = error as ApiError;
      this.reportError({ code, status, message });
    }
  }

  async #support(code: string) {
    const settlement = await this.#supports.submit(code, { supporterToken: supporterToken(this.storageScope) });
    if (settlement.kind === 'failure') this.reportError(settlement.error);
    this.requestUpdate();
  }

  #edit = (field: EditableField, event: Event) => {
    this.#draft.set({ [field]: (event.target as HTMLInputElement).value });
    const errorField: SuggestionField = field === 'name' ? 'contact.name' : field === 'contact' ? 'contact.value' : field;
    if (this.serverErrors[errorField]) {
      const { [errorField]: _gone, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
  };

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const box = this.#box.data;
    const views = this.#views;
    if (this.#sends.sending || !box || !views) return;
    this.submitted = true;
    this.serverErrors = {};
    this.sending = { name: 'form' };
    const { errors, suggestion } = views.checkSuggestion(this.#draft.value, box);
    if (!suggestion || Object.keys(errors).length > 0) return void focusWhenRendered(this, '#error-summary');
    this.#settle(await this.#sends.submit('suggestion-box', suggestion));
  }

  #settle(settlement: Settlement<SuggestionReceipt, SuggestionField>) {
    const later = settlement.kind !== 'queued' && settlement.later;
    switch (settlement.kind) {
      case 'receipt':
        this.sending = { name: 'sent', receipt: settlement.result, sentLater: later };
        this.submitted = false;
        this.#draft.clear();
        return void focusWhenRendered(this, '#receipt', later);
      case 'queued':
        return void focusWhenRendered(this, '#queued');
      case 'field-errors':
        this.submitted = true;
        this.serverErrors = settlement.fields;
        return void focusWhenRendered(this, '#error-summary', later);
      default:
        this.sending = { name: 'form', failure: settlement.error };
        void focusWhenRendered(this, '#failure', later);
    }
  }

  #follow = (code: string) => {
    this.typedCode = code;
    this.malformed = false;
    this.followed = code;
    this.view = 'follow';
  };

  #followTyped = (event: SubmitEvent) => {
    event.preventDefault();
    const code = normalizeSuggestionCode(this.typedCode);
    this.malformed = !SUGGESTION_CODE_PATTERN.test(code);
    if (this.malformed) return void focusWhenRendered(this, '#code');
    this.#follow(code);
    if (this.#followUp.status === 'ready' && this.#followUp.data?.code === code) void this.#followUp.refresh();
  };

  protected override renderContent() {
    if (!this.client) return this.renderMissingEndpoint();
    const { status, data: box, error } = this.#box;
    if (status === 'failed') return this.renderLoadFailed(error!, () => this.#box.retry());
    if (status !== 'ready' || !box) return this.renderLoading();
    if (box.topics.length === 0) {
      return html`<p class="notice" role="status">${msg('The commune has not opened its suggestion box yet.')}</p>`;
    }
    const title = { list: msg('Suggestions and remarks'), send: msg('Send a message'), follow: msg('Follow-up') }[this.view];
    return html`<section aria-labelledby="view-title">
      <h2 id="view-title" tabindex="-1">${title}</h2>
      <nav class="views" part="views" aria-label=${msg('Suggestion box')}>
        ${VIEWS.map(
          (view) => html`<button class="button ${view === this.view ? '' : 'secondary'}" type="button"
            aria-pressed=${view === this.view ? 'true' : 'false'} @click=${() => this.#show(view)}>
            ${{ list: msg('Published'), send: msg('Send'), follow: msg('Follow') }[view]}
          </button>`,
        )}
      </nav>
      ${this.view === 'list' ? this.#renderList() : this.#renderLazy()}
    </section>`;
  }

  #context() {
    return { locale: this.locale, box: this.#box.data! };
  }

  #renderList() {
    const { status, data, error } = this.#list;
    if (status === 'failed') return this.renderLoadFailed(error!, () => this.#list.retry());
    if (status !== 'ready' || !data) return this.renderLoading();
    const items = [...data.items, ...this.more.items].map((item) =>
      this.#counts.has(item.code) ? { ...item, supportCount: this.#counts.get(item.code)! } : item,
    );
    return renderSuggestionList({
      ...this.#context(),
      items,
      topic: this.topicFilter ?? this.topic ?? '',
      status: this.statusFilter,
      hasMore: Boolean(this.more.items.length > 0 ? this.more.nextCursor : data.nextCursor),
      loadingMore: this.more.loading,
      supported: supportedCodes(this.storageScope),
      queued: new Set(this.#supports.pending().map((entry) => entry.target)),
      supporting: this.#supports.sending,
      filter: this.#filter,
      support: (code) => void this.#support(code),
      more: () => void this.#loadMore(),
    });
  }

  #renderLazy() {
    const views = this.#views;
    if (views) return this.view === 'send' ? this.#renderSend(views) : this.#renderFollow(views);
    if (this.#viewsFailed) return this.#renderWithoutViews();
    void this.#loadViews();
    return this.renderLoading();
  }

  /**
   * What the main module can show when the views could not be downloaded: a receipt's code, a
   * queued message, a followed one. No "Try again": a browser keeps a failed module download
   * failed for the page, so only reloading it can bring the views (the draft survives the reload).
   */
  #renderWithoutViews() {
    const { sending, view } = this;
    if (view === 'send' && sending.name === 'sent') return renderReceiptFacts({ locale: this.locale, ...sending });
    return html`<p class="notice error" id="views-failed" role="alert">
        ${msg('This part of the suggestion box could not be loaded. Check your connection, then reload the page.')}
      </p>
      ${
        view === 'follow'
          ? html`<div id="followed" tabindex="-1">${this.#followed()}</div>`
          : !this.#sends.sending && this.#sends.pending().length > 0
            ? html`<p id="queued" class="notice" role="status" tabindex="-1">${messages.savedOffline()}</p>`
            : nothing
      }`;
  }

  #renderSend(views: LazyViews) {
    const { sending } = this;
    if (sending.name === 'sent') {
      return views.renderReceipt({
        locale: this.locale,
        receipt: sending.receipt,
        sentLater: sending.sentLater,
        follow: this.#follow,
        another: () => {
          this.sending = { name: 'form' };
          void focusWhenRendered(this, '#form-title');
        },
      });
    }
    if (!this.#sends.sending && this.#sends.pending().length > 0) return views.renderQueued(() => void this.#sends.flush());
    const box = this.#box.data!;
    const draft = this.#draft.value.topic || !this.topic ? this.#draft.value : { ...this.#draft.value, topic: this.topic };
    const errors = this.submitted ? { ...this.serverErrors, ...views.checkSuggestion(draft, box).errors } : {};
    return views.renderSuggestionForm({
      locale: this.locale,
      root: this.renderRoot as ShadowRoot,
      box,
      draft,
      errors,
      sending: this.#sends.sending,
      failure: sending.failure,
      edit: this.#edit,
      submit: (event) => void this.#submit(event),
    });
  }

  #codeLink(code: string) {
    return html`<button class="link ltr" dir="ltr" type="button" @click=${() => this.#follow(code)}>${code}</button>`;
  }

  /** The suggestion followed by its code: its card, its progress and how it was merged. */
  #followed() {
    const { status, data, error } = this.#followUp;
    return !this.followed || status === 'idle'
      ? nothing
      : status === 'failed'
        ? this.renderLoadFailed(error!, () => this.#followUp.retry(), this.followed)
        : status !== 'ready' || !data
          ? this.renderLoading()
          : renderSuggestionCard(
              this.#context(),
              data,
              'followed-title',
              html`${renderTimeline(this.#context(), data)}
                  ${
                    data.merged
                      ? html`<p class="notice">
                        ${
                          data.merged.into
                            ? msg(html`The commune joined this message to another on the same matter: ${this.#codeLink(data.merged.into)}.`)
                            : msg('The commune joined this message to another on the same matter; its answer is shown here.')
                        }
                      </p>`
                      : nothing
                  }
                  ${data.published ? html`<p class="hint">${supportsText(this.#context(), data.supportCount)}</p>` : nothing}`,
            );
  }

  #renderFollow(views: LazyViews) {
    return views.renderFollow(
      {
        typed: this.typedCode,
        malformed: this.malformed,
        sent: sentCodes(this.storageScope),
        type: (event) => {
          this.typedCode = (event.target as HTMLInputElement).value;
        },
        follow: this.#followTyped,
        open: this.#follow,
      },
      this.#followed(),
    );
  }
}
