import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  type ApiError,
  DraftController,
  LazyModule,
  MocharakaElement,
  MocharakaLoadedEvent,
  ResourceController,
  SubmissionController,
  focusWhenRendered,
  describeApiError,
  describeFieldError,
  registerCatalog,
  type Petition,
  type PetitionBackend,
  type Settlement,
  type SignatureInput,
  type SignatureReceipt,
  petitionOverHttp,
} from '@mocharaka/core';
import { petitionCatalog } from './locales.js';
import { renderPetitionDetails, renderPortalLink, renderSignatureCount } from './petition-details.js';
import { renderTimeline } from './petition-timeline.js';
import { MocharakaPetitionSignedEvent, type PetitionSignedDetail } from './petition.events.js';
import { petitionStyles } from './petition.styles.js';
import { renderReceipt } from './receipt-facts.js';
import { renderSignatureForm } from './signature-form.js';
import {
  SIGNATURE_FIELDS,
  checkSignature,
  emptyDraft,
  isDraftEmpty,
  keptDraft,
  restoreDraft,
  type SignatureErrors,
  type SignatureField,
} from './signature-rules.js';
import { renderQueued, signingState, type SigningState } from './signing-notices.js';

registerCatalog(petitionCatalog);

/** The public count may lag a new signature by up to 10 s (privacy): look again after this. */
export const COUNT_REFRESH_MS = 11_000;

/** Where signing stands; `refused`: the server answered 409, signing closed since the page loaded. */
type Signing =
  | { name: 'form'; failure?: ApiError }
  | { name: 'refused'; failure: ApiError }
  | { name: 'signed'; receipt: PetitionSignedDetail; sentLater: boolean };

/**
 * A petition to the commune council (organic law 113.14, art. 119-125): its text,
 * demands, agent, signature count against the legal threshold and status timeline, and
 * a form to sign it asking exactly what the law asks of a signatory. A draft survives a
 * reload (in sessionStorage, gone with the tab); a signature made offline waits in the
 * outbox and is sent, counted once, when the connection returns.
 *
 * @summary Read a petition to the commune council, follow it and sign it.
 * @tag mocharaka-petition
 *
 * @event mocharaka-petition-signed - The server recorded a signature; `detail` is the receipt (`petitionId`, `reference`, `signedAt`).
 * @event mocharaka-error - Something failed; `detail` has `code`, `status` and `message`.
 * @event mocharaka-loaded - The petition was loaded and is shown.
 *
 * @slot - Shown until the element is ready, and without JavaScript (e.g. a link to the petition page).
 *
 * @csspart base - The element's box.
 * @csspart title - The petition's title.
 * @csspart progress - The signature count's progress bar.
 * @csspart timeline - The status timeline.
 * @csspart form - The signing form.
 * @csspart error-summary - The list of problems shown above the form after a failed submit.
 * @csspart submit - The button signing the petition.
 * @csspart receipt - The receipt shown after signing.
 * @csspart config-error - The message shown to the page's admin when the tag is misconfigured.
 *
 * @cssproperty --mocharaka-color-primary - The commune's colour: buttons, progress bar, timeline.
 * @cssproperty --mocharaka-font-family - Font of the whole element.
 * @cssproperty --mocharaka-radius - Corner radius.
 * @cssproperty --mocharaka-color-focus - Focus ring.
 * @cssproperty --mocharaka-color-error - Error messages and borders.
 * @cssproperty --mocharaka-font-size - Base font size.
 * @cssproperty --mocharaka-spacing - Base spacing unit.
 */
export class MocharakaPetition extends MocharakaElement<PetitionBackend> {
  static override styles = [...MocharakaElement.styles, petitionStyles];

  protected override readonly httpBackend = petitionOverHttp;

  static override properties: PropertyDeclarations = {
    petition: { reflect: true },
    signing: { state: true, attribute: false },
    submitted: { state: true, attribute: false },
    serverErrors: { state: true, attribute: false },
  };

  /** Id of the petition (e.g. `lane-lighting-bab-zorgan`), as listed by `GET /v1/petitions`. Required. */
  petition?: string;

  private signing: Signing = { name: 'form' };
  /** Errors show only after a first submit, then follow the citizen's typing. */
  private submitted = false;
  private serverErrors: SignatureErrors = {};

  #refreshTimer?: ReturnType<typeof setTimeout>;
  /** The receipt's view, loaded with the first signature; if it cannot be (the connection dropped right after the signature was recorded), the facts alone are shown. */
  readonly #receiptView = new LazyModule(this, () => import('./signature-receipt.js'));
  /** The notice of a petition that cannot be signed now (not open yet, closed, over), loaded beside the petition's data. */
  readonly #closedView = new LazyModule(this, () => import('./signing-closed.js'));
  /** The field error messages, loaded when the focus first enters the form; core's generic ones stand in if they cannot be. */
  readonly #errorMessages = new LazyModule(this, () => import('./signature-errors.js'));

  #petition = new ResourceController(this, {
    args: () => (this.client && this.petition ? ([this.client, this.petition] as const) : undefined),
    load: async ([client, id], signal) => {
      // Why a petition cannot be signed downloads beside its data, not one round trip after it: a closed
      // petition then paints as soon as an open one does (an open one never waits for that file).
      const closedView = this.#closedView.load();
      const data = await client.getPetition(id, { signal });
      if (signingState(data, false) !== 'open') await closedView;
      return data;
    },
    onLoaded: (_data, [, id]) => {
      this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'petition', id }));
      void this.#signatures.flush();
    },
    onFailed: (error, [, id]) => this.reportLoadError(error, id),
  });

  #draft = new DraftController(this, {
    key: () => (this.petition ? `mocharaka:petition-draft:${this.storageScope}:${this.petition}` : undefined),
    // A draft holds a national ID: a shared family phone must not keep it once the tab is closed.
    persistence: 'session',
    empty: emptyDraft,
    restore: restoreDraft,
    keep: keptDraft,
    isEmpty: isDraftEmpty,
  });

  #signatures = new SubmissionController<SignatureInput, SignatureReceipt, SignatureField>(this, {
    storageKey: () => (this.client ? `mocharaka:outbox:petition:${this.storageScope}` : undefined),
    send: ({ target, payload, idempotencyKey }) => this.client!.signPetition(target, payload, { idempotencyKey }),
    fields: SIGNATURE_FIELDS,
    receiptKey: ({ receipt }) => receipt.reference,
    onReceipt: ({ receipt }, { target }) => this.dispatchEvent(new MocharakaPetitionSignedEvent({ petitionId: target, ...receipt })),
    onLaterSettled: (settlement, { target }) => void (target === this.petition && this.#settle(settlement)),
    onError: ({ code, status, message }) => this.reportError({ code, status, message }),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#refreshTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('petition') || changed.has('endpoint') || changed.has('backend')) {
      Object.assign(this, { signing: { name: 'form' }, submitted: false, serverErrors: {} });
    }
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const petitionId = this.petition;
    const data = this.#petition.data;
    if (this.#signatures.sending || !petitionId || !data) return;
    const { errors, signature } = checkSignature(this.#draft.value, data.eligibility);
    const invalid = !signature || Object.keys(errors).length > 0;
    // Usually already here (the focus entered the form first): the messages show at once, in their final words.
    if (invalid) await this.#errorMessages.load();
    this.submitted = true;
    this.serverErrors = {};
    this.signing = { name: 'form' };
    if (invalid) return void focusWhenRendered(this, '#error-summary');
    // The outbox keeps the signature with its idempotency key, so however often it is
    // retried (double click, reload, reconnect) the server counts it once.
    await this.#settle(await this.#signatures.submit(petitionId, signature));
  }

  /** Shows how a signature ended, sent now or later from the outbox (then focus moves only from within). */
  async #settle(settlement: Settlement<SignatureReceipt, SignatureField>) {
    const later = settlement.kind !== 'queued' && settlement.later;
    switch (settlement.kind) {
      case 'receipt':
        // The draft is forgotten once sent, not once the receipt's view has loaded: by then the element may be
        // gone, and the same petition's next element may hold a new draft.
        this.#draft.clear();
        return void this.#showReceipt(settlement.result, later);
      case 'queued':
        return void focusWhenRendered(this, '#queued');
      case 'field-errors':
        await this.#errorMessages.load();
        this.submitted = true;
        this.serverErrors = settlement.fields;
        return void focusWhenRendered(this, '#error-summary', later);
      default:
        if (settlement.error.status === 409) {
          this.signing = { name: 'refused', failure: settlement.error };
          void this.#petition.refresh();
          // The element's loading state shows meanwhile, and the focus moves once the notice is there.
          await this.#closedView.load();
        } else {
          this.signing = { name: 'form', failure: settlement.error };
        }
        void focusWhenRendered(this, '#failure', later);
    }
  }

  async #showReceipt(result: SignatureReceipt, later: boolean) {
    this.signing = { name: 'signed', receipt: { petitionId: this.petition!, ...result.receipt }, sentLater: later };
    void this.#petition.refresh();
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => void this.#petition.refresh(), COUNT_REFRESH_MS);
    await this.#receiptView.load();
    void focusWhenRendered(this, '#receipt', later);
  }

  #edit = (field: Exclude<SignatureField, 'consent'>, event: Event) => {
    this.#draft.set({ [field]: (event.target as HTMLInputElement).value });
    this.#forgetServerError(field);
  };

  #toggleConsent = (event: Event) => {
    this.#draft.set({ consent: (event.target as HTMLInputElement).checked });
    this.#forgetServerError('consent');
  };

  #forgetServerError(field: SignatureField) {
    if (!this.serverErrors[field]) return;
    const { [field]: _gone, ...rest } = this.serverErrors;
    this.serverErrors = rest;
  }

  protected override renderContent() {
    if (!this.petition) {
      return this.renderMissingAttribute('petition');
    }
    if (!this.client) return this.renderMissingEndpoint();
    const { status, data, error } = this.#petition;
    if (status === 'failed') return this.renderLoadFailed(error!, () => this.#petition.retry(), this.petition);
    if (status !== 'ready' || !data) return this.renderLoading();
    const ctx = { locale: this.locale };
    return html`<section aria-labelledby="petition-title">
      ${renderPetitionDetails(ctx, data)}
      ${renderSignatureCount(ctx, data)}
      ${renderTimeline(ctx, data)}
      ${renderPortalLink(data)}
      ${this.#renderSigning(data)}
    </section>`;
  }

  #renderSigning(data: Petition) {
    const { signing, locale } = this;
    const receiptModule = this.#receiptView.module;
    if (signing.name === 'signed') {
      if (!receiptModule) return this.#receiptView.failure ? renderReceipt({ locale, receipt: signing.receipt }) : this.renderLoading();
      const { receipt, sentLater } = signing;
      return receiptModule.renderSignatureReceipt({ locale, receipt, sentLater, print: () => receiptModule.printOnly(this) });
    }
    if (!this.#signatures.sending && this.#signatures.pending(this.petition).length > 0) {
      return renderQueued(() => this.#signatures.flush());
    }
    const open = signingState(data, signing.name === 'refused');
    if (open !== 'open') return this.#renderNotOpen(data, open, signing.failure);
    const draft = this.#draft.value;
    const errors = this.submitted ? { ...this.serverErrors, ...checkSignature(draft, data.eligibility).errors } : {};
    return renderSignatureForm({
      locale,
      root: this.renderRoot as ShadowRoot,
      data,
      draft,
      errors,
      sending: this.#signatures.sending,
      failure: signing.failure,
      message: (field, code) => this.#errorMessages.module?.fieldErrorMessage(field, code, locale) ?? describeFieldError(code),
      prepare: () => void this.#errorMessages.load(),
      edit: this.#edit,
      toggleConsent: this.#toggleConsent,
      submit: (event) => void this.#submit(event),
    });
  }

  /** Why the petition cannot be signed now, from its lazy module; until it is here the loading state, and if it cannot be downloaded, that. */
  #renderNotOpen(data: Petition, open: Exclude<SigningState, 'open'>, failure?: ApiError) {
    const { module: view, failure: missing } = this.#closedView;
    if (view) return view.renderNotOpen({ locale: this.locale }, data, open, failure);
    if (!missing) {
      void this.#closedView.load();
      return this.renderLoading();
    }
    return html`<div class="notice error" id="failure" tabindex="-1" role="alert">${describeApiError(missing)}</div>`;
  }
}
