import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ApiError,
  MocharakaElement,
  MocharakaLoadedEvent,
  Outbox,
  describeApiError,
  messages,
  newIdempotencyKey,
  registerCatalog,
  resolveEndpoint,
  type Petition,
  type PetitionBackend,
  type SendOutcome,
  type SignatureInput,
  type SignatureReceipt,
} from '@mocharaka/core';
import { petitionCatalog } from './locales.js';
import { renderPetitionDetails, renderPortalLink, renderSignatureCount } from './petition-details.js';
import type { PetitionContext } from './petition-text.js';
import { renderTimeline } from './petition-timeline.js';
import { MocharakaPetitionSignedEvent, type PetitionSignedDetail } from './petition.events.js';
import { petitionStyles } from './petition.styles.js';
import { renderSignatureForm } from './signature-form.js';
import { renderSignatureReceipt } from './signature-receipt.js';
import {
  SIGNATURE_FIELDS,
  checkSignature,
  emptyDraft,
  type SignatureDraft,
  type SignatureErrors,
  type SignatureField,
} from './signature-rules.js';
import { renderNotOpen, renderQueued, signingState } from './signing-notices.js';

registerCatalog(petitionCatalog);

type View = { name: 'loading' } | { name: 'load-failed'; error: ApiError } | { name: 'ready' };

/** The public count may lag a new signature by up to 10 s (privacy): look again after this. */
export const COUNT_REFRESH_MS = 11_000;

const DRAFT_PREFIX = 'mocharaka:petition-draft:';

/**
 * Draft storage. sessionStorage, not localStorage: a draft holds a national ID number,
 * and a shared family phone must not keep it once the tab is closed.
 */
function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

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

  /** Id of the petition (e.g. `lane-lighting-bab-zorgan`), as listed by `GET /v1/petitions`. Required. */
  @property({ reflect: true }) petition?: string;

  @state() private view: View = { name: 'loading' };
  @state() private data?: Petition;
  @state() private draft: SignatureDraft = emptyDraft();
  /** Errors show only after a first submit, then follow the citizen's typing. */
  @state() private submitted = false;
  @state() private serverErrors: SignatureErrors = {};
  @state() private sending = false;
  @state() private queued = false;
  @state() private receipt?: PetitionSignedDetail;
  @state() private failure?: ApiError;
  @state() private refused = false;
  /** The signature went out from the outbox after the form was left (reconnect, reload). */
  @state() private sentLater = false;

  #outbox?: Outbox<SignatureInput, SignatureReceipt>;
  #loadRequest = 0;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  #announced = new Set<string>();

  protected override sendPending() {
    return this.#flushOutbox();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#refreshTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('petition') || changed.has('endpoint') || changed.has('backend')) {
      this.#outbox = undefined;
      Object.assign(this, { submitted: false, serverErrors: {}, receipt: undefined, failure: undefined, queued: false, refused: false, sentLater: false });
      this.draft = this.#readDraft();
      void this.#load();
    }
  }

  /** Where drafts and the outbox live: one per backend, so two communes on one page never mix. */
  get #scope(): string {
    return this.backend ? 'custom' : (resolveEndpoint(this) ?? 'none');
  }

  get #draftKey(): string {
    return `${DRAFT_PREFIX}${this.#scope}:${this.petition ?? ''}`;
  }

  #readDraft(): SignatureDraft {
    try {
      const raw = session()?.getItem(this.#draftKey);
      const stored = raw ? (JSON.parse(raw) as Partial<SignatureDraft>) : {};
      const draft = emptyDraft();
      for (const key of ['fullName', 'nationalId', 'address', 'eligibility', 'contact'] as const) {
        if (typeof stored[key] === 'string') draft[key] = stored[key];
      }
      return draft;
    } catch {
      return emptyDraft();
    }
  }

  /** Consent is not kept: it is given anew, explicitly, on every visit. */
  #writeDraft() {
    const { consent: _consent, ...kept } = this.draft;
    try {
      if (Object.values(kept).every((value) => value === '')) session()?.removeItem(this.#draftKey);
      else session()?.setItem(this.#draftKey, JSON.stringify(kept));
    } catch {
      // Storage blocked or full: the draft just does not survive a reload.
    }
  }

  #clearDraft() {
    this.draft = emptyDraft();
    try {
      session()?.removeItem(this.#draftKey);
    } catch {
      // nothing kept, nothing to clear
    }
  }

  async #load() {
    const request = ++this.#loadRequest;
    const client = this.client;
    const petitionId = this.petition;
    if (!client || !petitionId) return;
    this.view = { name: 'loading' };
    try {
      const data = await client.getPetition(petitionId);
      if (request !== this.#loadRequest) return;
      this.data = data;
      this.view = { name: 'ready' };
      this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'petition', id: petitionId }));
      void this.#flushOutbox();
    } catch (cause) {
      if (request !== this.#loadRequest) return;
      const error = cause instanceof ApiError ? cause : ApiError.network(cause);
      this.view = { name: 'load-failed', error };
      this.reportError({ code: error.code, status: error.status, message: error.message });
    }
  }

  /** Loads the petition again without leaving the page's state (after signing: the count). */
  async #refresh() {
    const client = this.client;
    const petitionId = this.petition;
    if (!client || !petitionId) return;
    try {
      const data = await client.getPetition(petitionId);
      if (petitionId === this.petition) this.data = data;
    } catch {
      // The count stays as it was; the receipt is what matters.
    }
  }

  get #pendingOutbox(): Outbox<SignatureInput, SignatureReceipt> | undefined {
    const client = this.client;
    if (!client) return undefined;
    this.#outbox ??= new Outbox(`mocharaka:outbox:petition:${this.#scope}`, ({ target, payload, idempotencyKey }) =>
      client.signPetition(target, payload, { idempotencyKey }),
    );
    return this.#outbox;
  }

  #hasQueued(outbox: Outbox<SignatureInput, SignatureReceipt>): boolean {
    return outbox.pending().some((entry) => entry.target === this.petition);
  }

  /** Sends what an earlier visit or a lost connection left on this device. */
  #flushOutbox = async () => {
    const outbox = this.#pendingOutbox;
    if (!outbox || outbox.pending().length === 0) return;
    const targets = new Map(outbox.pending().map((entry) => [entry.idempotencyKey, entry.target]));
    this.queued = this.#hasQueued(outbox);
    const outcomes = await outbox.flush();
    for (const [key, outcome] of outcomes) {
      if (targets.get(key) === this.petition && outcome.state !== 'queued') this.#settle(outcome, true);
    }
    this.queued = this.#hasQueued(outbox);
  };

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const outbox = this.#pendingOutbox;
    const petitionId = this.petition;
    if (this.sending || !outbox || !petitionId || !this.data) return;
    this.submitted = true;
    this.serverErrors = {};
    this.failure = undefined;
    const { errors, signature } = checkSignature(this.draft, this.data.eligibility);
    if (!signature || Object.keys(errors).length > 0) {
      await this.#focus('#error-summary');
      return;
    }
    this.sending = true;
    // The key is made once per signature and stored with it in the outbox, so however
    // often it is retried (double click, reload, reconnect) the server counts it once.
    const outcome = await outbox.submit(petitionId, signature, newIdempotencyKey());
    this.sending = false;
    if (outcome.state === 'queued') {
      this.queued = true;
      this.reportError({ code: outcome.error.code, status: outcome.error.status, message: outcome.error.message });
      await this.#focus('#queued');
      return;
    }
    this.#settle(outcome);
  }

  /**
   * Shows the outcome of a signature. `later` when it comes from the outbox (reconnect,
   * reload, "Send now"): focus then moves only if it is already inside the element, so a
   * reconnection never pulls the citizen away from what they are reading elsewhere.
   */
  #settle(outcome: SendOutcome<SignatureReceipt>, later = false) {
    if (outcome.state === 'sent') {
      this.sentLater = later;
      const receipt = { petitionId: this.petition!, ...outcome.result.receipt };
      this.receipt = receipt;
      this.queued = false;
      this.#clearDraft();
      if (!this.#announced.has(receipt.reference)) {
        this.#announced.add(receipt.reference);
        this.dispatchEvent(new MocharakaPetitionSignedEvent(receipt));
      }
      void this.#focus('#receipt', later);
      void this.#refresh();
      clearTimeout(this.#refreshTimer);
      this.#refreshTimer = setTimeout(() => void this.#refresh(), COUNT_REFRESH_MS);
      return;
    }
    const { error } = outcome;
    this.reportError({ code: error.code, status: error.status, message: error.message });
    if (outcome.state === 'queued') return;
    if (error.status === 422) {
      const fields: SignatureErrors = {};
      for (const [field, code] of Object.entries(error.fields)) {
        if ((SIGNATURE_FIELDS as readonly string[]).includes(field) && code) fields[field as SignatureField] = code;
      }
      if (Object.keys(fields).length > 0) {
        this.submitted = true;
        this.serverErrors = fields;
        void this.#focus('#error-summary', later);
        return;
      }
    }
    if (error.status === 409) {
      this.refused = true;
      void this.#refresh();
    }
    this.failure = error;
    void this.#focus('#failure', later);
  }

  async #focus(selector: string, onlyFromWithin = false) {
    await this.updateComplete;
    if (onlyFromWithin && !this.matches(':focus-within')) return;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #onSubmit = (event: SubmitEvent) => void this.#submit(event);

  #edit = (field: Exclude<SignatureField, 'consent'>, event: Event) => {
    this.draft = { ...this.draft, [field]: (event.target as HTMLInputElement).value };
    this.#forgetServerError(field);
    this.#writeDraft();
  };

  #toggleConsent = (event: Event) => {
    this.draft = { ...this.draft, consent: (event.target as HTMLInputElement).checked };
    this.#forgetServerError('consent');
  };

  #forgetServerError(field: SignatureField) {
    if (!this.serverErrors[field]) return;
    const { [field]: _gone, ...rest } = this.serverErrors;
    this.serverErrors = rest;
  }

  protected override renderContent() {
    if (!this.petition) {
      return this.renderConfigError('missing_petition', messages.missingAttribute(`<${this.localName}>`, 'petition'));
    }
    if (!this.client) return this.renderMissingEndpoint();
    const view = this.view;
    if (view.name === 'loading' || !this.data) {
      if (view.name === 'load-failed') return this.#renderLoadFailed(view.error);
      return html`<p role="status" aria-busy="true">${messages.loading()}</p>`;
    }
    if (view.name === 'load-failed') return this.#renderLoadFailed(view.error);
    return this.#renderPetition(this.data);
  }

  #renderLoadFailed(error: ApiError) {
    return html`<div class="notice error" role="alert">
      <p>${describeApiError(error)}</p>
      <button class="button secondary" type="button" @click=${() => this.#load()}>${messages.retry()}</button>
    </div>`;
  }

  #renderPetition(data: Petition) {
    const ctx: PetitionContext = { locale: this.locale };
    return html`<section aria-labelledby="petition-title">
      ${renderPetitionDetails(ctx, data)}
      ${renderSignatureCount(ctx, data)}
      ${renderTimeline(ctx, data)}
      ${renderPortalLink(data)}
      ${this.#renderSigning(ctx, data)}
    </section>`;
  }

  #renderSigning(ctx: PetitionContext, data: Petition) {
    if (this.receipt) return renderSignatureReceipt({ ...ctx, receipt: this.receipt, sentLater: this.sentLater });
    if (this.queued) return renderQueued(this.#flushOutbox);
    const signing = signingState(data, this.refused);
    if (signing !== 'open') return renderNotOpen(ctx, data, signing, this.failure);
    return renderSignatureForm({
      ...ctx,
      root: this.renderRoot as ShadowRoot,
      data,
      draft: this.draft,
      errors: this.#errors(data),
      sending: this.sending,
      failure: this.failure,
      edit: this.#edit,
      toggleConsent: this.#toggleConsent,
      submit: this.#onSubmit,
    });
  }

  #errors(data: Petition): SignatureErrors {
    if (!this.submitted) return {};
    return { ...this.serverErrors, ...checkSignature(this.draft, data.eligibility).errors };
  }
}
