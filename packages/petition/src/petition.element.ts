import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ApiError,
  MocharakaElement,
  MocharakaLoadedEvent,
  Outbox,
  describeApiError,
  formatDate,
  formatDateTime,
  formatNumber,
  messages,
  newIdempotencyKey,
  pickText,
  registerCatalog,
  renderErrorSummary,
  renderFieldError,
  resolveEndpoint,
  type FieldProblem,
  type LocalizedText,
  type Petition,
  type PetitionBackend,
  type PetitionStatus,
  type SendOutcome,
  type SignatureInput,
  type SignatureReceipt,
} from '@mocharaka/core';
import { petitionCatalog } from './locales.js';
import { eligibilityLabel, fieldErrorMessage, statusLabel } from './petition-messages.js';
import { MocharakaPetitionSignedEvent, type PetitionSignedDetail } from './petition.events.js';
import { petitionStyles } from './petition.styles.js';
import {
  SIGNATURE_FIELDS,
  checkSignature,
  emptyDraft,
  type SignatureDraft,
  type SignatureErrors,
  type SignatureField,
} from './signature-rules.js';

registerCatalog(petitionCatalog);

type View = { name: 'loading' } | { name: 'load-failed'; error: ApiError } | { name: 'ready' };

/** Why signing is (not) possible now. */
type SigningState = 'open' | 'not-yet-open' | 'closed' | 'ended' | 'rejected';

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

const isHttps = (url: string | undefined): url is string => !!url && /^https:\/\//i.test(url);

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

  #edit(field: Exclude<SignatureField, 'consent'>, event: Event) {
    this.draft = { ...this.draft, [field]: (event.target as HTMLInputElement).value };
    this.#forgetServerError(field);
    this.#writeDraft();
  }

  #forgetServerError(field: SignatureField) {
    if (!this.serverErrors[field]) return;
    const { [field]: _gone, ...rest } = this.serverErrors;
    this.serverErrors = rest;
  }

  #signingState(data: Petition): SigningState {
    if (data.status === 'rejected') return 'rejected';
    if (data.status !== 'collecting') return 'ended';
    const now = Date.now();
    if (now < Date.parse(data.opensAt)) return 'not-yet-open';
    if (now >= Date.parse(data.closesAt) || this.refused) return 'closed';
    return 'open';
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

  /** Admin-written text in the citizen's language if there is one, marked with its own language and direction. */
  #text(text: LocalizedText, tag: 'span' | 'p' | 'bdi' = 'bdi') {
    const picked = pickText(text, this.locale);
    if (tag === 'p') return html`<p class="prose" lang=${picked.lang} dir=${picked.dir}>${picked.text}</p>`;
    if (tag === 'span') return html`<span lang=${picked.lang} dir=${picked.dir}>${picked.text}</span>`;
    return html`<bdi lang=${picked.lang} dir=${picked.dir}>${picked.text}</bdi>`;
  }

  #date(value: string) {
    return html`<time datetime=${value}>${formatDate(this.locale, value)}</time>`;
  }

  #renderPetition(data: Petition) {
    const title = pickText(data.title, this.locale);
    return html`<section aria-labelledby="petition-title">
      <p class="kicker">${msg('Petition to the commune council')}</p>
      <h2 id="petition-title" part="title" lang=${title.lang} dir=${title.dir}>${title.text}</h2>
      <dl class="facts">
        <div><dt>${msg('Agent of the petition')}</dt><dd><bdi dir="auto">${data.agent.name}</bdi></dd></div>
        <div><dt>${msg('Commune')}</dt><dd>${this.#text(data.commune.name)}</dd></div>
        <div><dt>${msg('Signing opens')}</dt><dd>${this.#date(data.opensAt)}</dd></div>
        <div><dt>${msg('Signing closes')}</dt><dd>${this.#date(data.closesAt)}</dd></div>
      </dl>
      ${this.#text(data.body, 'p')}
      <h3 id="demands-title">${msg('Demands')}</h3>
      <ol class="demands" aria-labelledby="demands-title">
        ${data.demands.map((demand) => html`<li>${this.#text(demand, 'span')}</li>`)}
      </ol>
      ${this.#renderCount(data)}
      ${this.#renderTimeline(data)}
      ${isHttps(data.portalUrl)
        ? html`<p class="portal"><a href=${data.portalUrl} rel="noopener">${msg('This petition on the national e-participation portal')}</a></p>`
        : nothing}
      ${this.#renderSigning(data)}
    </section>`;
  }

  #renderCount(data: Petition) {
    const count = formatNumber(this.locale, data.signatureCount);
    const threshold = formatNumber(this.locale, data.threshold);
    return html`<h3 id="count-title">${msg('Signatures')}</h3>
      <p id="count-text" class="count">${msg(str`Valid signatures: ${count} of ${threshold} needed`)}</p>
      <progress part="progress" aria-labelledby="count-text" max=${data.threshold} .value=${Math.min(data.signatureCount, data.threshold)}></progress>
      ${data.signatureCount >= data.threshold ? html`<p>${msg('The number of signatures the law requires is reached.')}</p>` : nothing}`;
  }

  #renderTimeline(data: Petition) {
    const reached = new Map<PetitionStatus, Petition['statusHistory'][number]>();
    for (const change of [...data.statusHistory].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) reached.set(change.status, change);
    if (!reached.has('collecting')) reached.set('collecting', { status: 'collecting', at: data.opensAt });
    const decision: PetitionStatus | undefined = reached.has('rejected') ? 'rejected' : reached.has('accepted') ? 'accepted' : undefined;
    const steps: Array<PetitionStatus | 'decision'> = ['collecting', 'deposited', 'under_review', decision ?? 'decision'];
    if (decision !== 'rejected') steps.push('answered');
    const awaitingAnswer = data.answerDueAt && (data.status === 'deposited' || data.status === 'under_review');
    return html`<h3 id="timeline-title">${msg('Progress of the petition')}</h3>
      <ol class="timeline" part="timeline" aria-labelledby="timeline-title">
        ${steps.map((step) => {
          const change = step === 'decision' ? undefined : reached.get(step);
          const current = step === data.status;
          return html`<li class=${change ? (current ? 'done current' : 'done') : 'todo'} aria-current=${current ? 'step' : nothing}>
            <span class="step">${step === 'decision' ? msg('Decision of the bureau: onto the agenda or rejected') : statusLabel(step)}</span>
            ${change ? html`<span class="when">${this.#date(change.at)}</span>` : html`<span class="when">${msg('Not yet')}</span>`}
            ${change?.note
              ? html`<div class="note">${change.status === 'rejected' ? html`<strong>${msg('Reasons given:')}</strong> ` : nothing}${this.#text(change.note, 'p')}</div>`
              : nothing}
          </li>`;
        })}
      </ol>
      ${awaitingAnswer
        ? html`<p class="notice due">${msg(html`The bureau must answer by ${this.#date(data.answerDueAt!)} (three months after the deposit).`)}</p>`
        : nothing}`;
  }

  #renderSigning(data: Petition) {
    if (this.receipt) return this.#renderReceipt(this.receipt);
    if (this.queued) return this.#renderQueued();
    const signing = this.#signingState(data);
    if (signing !== 'open') {
      let why: TemplateResult | string;
      switch (signing) {
        case 'not-yet-open':
          why = msg(html`Signing is not open yet: it opens on ${this.#date(data.opensAt)}.`);
          break;
        case 'closed':
          why = msg(html`Signing is closed: it ended on ${this.#date(data.closesAt)}.`);
          break;
        case 'rejected':
          why = msg('Signing is over: the bureau rejected this petition. Its reasons are given in the progress above.');
          break;
        default:
          why = msg('Signing is over: the signatures were deposited with the president of the council.');
      }
      return html`<div class="notice closed" id="not-open" part="closed">
        <h3>${msg('Signing is not possible')}</h3>
        <p>${why}</p>
        ${this.failure ? html`<p id="failure" tabindex="-1">${describeApiError(this.failure)}</p>` : nothing}
      </div>`;
    }
    return this.#renderForm(data);
  }

  #renderQueued() {
    return html`<div class="notice" id="queued" tabindex="-1" role="status">
      <h3>${msg('Your signature is waiting to be sent')}</h3>
      <p>${msg('No connection right now. Your signature is kept on this device and will be sent automatically when the connection returns. Do not sign again.')}</p>
      <button class="button secondary" type="button" @click=${this.#flushOutbox}>${msg('Send now')}</button>
    </div>`;
  }

  #renderReceipt(receipt: PetitionSignedDetail) {
    return html`<div class="notice receipt" id="receipt" tabindex="-1" part="receipt" aria-labelledby="receipt-title">
      <h3 id="receipt-title">${msg('Your signature is recorded')}</h3>
      ${this.sentLater ? html`<p role="status">${msg('Your signature, kept on this device, has now been sent.')}</p>` : nothing}
      <dl class="facts">
        <div><dt>${msg('Reference')}</dt><dd><span class="ltr reference" dir="ltr">${receipt.reference}</span></dd></div>
        <div><dt>${msg('Date and time')}</dt><dd><time datetime=${receipt.signedAt}>${formatDateTime(this.locale, receipt.signedAt)}</time></dd></div>
      </dl>
      <p>${msg('Keep this reference: it shows that you signed. It does not contain your personal data.')}</p>
      <p>${msg('The public count can take a few seconds to include your signature.')}</p>
      <button class="button secondary no-print" type="button" @click=${() => window.print()}>${msg('Print this receipt')}</button>
    </div>`;
  }

  #errors(data: Petition): SignatureErrors {
    if (!this.submitted) return {};
    return { ...this.serverErrors, ...checkSignature(this.draft, data.eligibility).errors };
  }

  #fieldId(field: SignatureField, data: Petition): string {
    switch (field) {
      case 'fullName':
        return 'full-name';
      case 'nationalId':
        return 'national-id';
      case 'eligibility':
        return `eligibility-${data.eligibility[0] ?? 'resident'}`;
      default:
        return field;
    }
  }

  #renderForm(data: Petition) {
    const errors = this.#errors(data);
    const error = (field: SignatureField) => {
      const code = errors[field];
      return code ? fieldErrorMessage(field, code, this.locale) : undefined;
    };
    const problems: FieldProblem[] = SIGNATURE_FIELDS.filter((field) => errors[field]).map((field) => ({
      fieldId: this.#fieldId(field, data),
      message: error(field)!,
    }));
    const describedBy = (field: string, hint: boolean) =>
      [hint ? `${field}-hint` : '', errors[field as SignatureField] ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
    const invalid = (field: SignatureField) => (errors[field] ? 'true' : nothing);
    const controller = data.dataController;
    return html`<h3 id="sign-title">${msg('Sign this petition')}</h3>
      <p class="hint">${msg('The law asks each signatory for these details, and nothing more. Fields are required unless marked optional.')}</p>
      ${this.failure ? html`<div class="notice error" id="failure" tabindex="-1" role="alert">${describeApiError(this.failure)}</div>` : nothing}
      ${renderErrorSummary(this.renderRoot as ShadowRoot, problems)}
      <form part="form" novalidate aria-labelledby="sign-title" @submit=${this.#submit}>
        <div class="field">
          <label for="full-name">${msg('Full name')}</label>
          ${renderFieldError('fullName-error', error('fullName'))}
          <input id="full-name" name="fullName" autocomplete="name" dir="auto" maxlength="200" .value=${this.draft.fullName}
            aria-invalid=${invalid('fullName')} aria-describedby=${describedBy('fullName', false)}
            @input=${(event: Event) => this.#edit('fullName', event)} />
        </div>
        <div class="field">
          <label for="national-id">${msg('National ID card number (CNIE)')}</label>
          <p class="hint" id="nationalId-hint">${msg(html`As written on your card, for example <span class="ltr" dir="ltr">AB123456</span>.`)}</p>
          ${renderFieldError('nationalId-error', error('nationalId'))}
          <input id="national-id" name="nationalId" class="ltr id-number" dir="ltr" autocomplete="off" inputmode="text"
            autocapitalize="characters" spellcheck="false" maxlength="40" .value=${this.draft.nationalId}
            aria-invalid=${invalid('nationalId')} aria-describedby=${describedBy('nationalId', true)}
            @input=${(event: Event) => this.#edit('nationalId', event)} />
        </div>
        <div class="field">
          <label for="address">${msg('Address in the commune')}</label>
          <p class="hint" id="address-hint">${msg('Where you live, or where you have your activity, in the commune.')}</p>
          ${renderFieldError('address-error', error('address'))}
          <textarea id="address" name="address" rows="2" autocomplete="street-address" dir="auto" maxlength="400" .value=${this.draft.address}
            aria-invalid=${invalid('address')} aria-describedby=${describedBy('address', true)}
            @input=${(event: Event) => this.#edit('address', event)}></textarea>
        </div>
        <fieldset class="field" aria-describedby=${describedBy('eligibility', true)}>
          <legend>${msg('Your link to the commune')}</legend>
          <p class="hint" id="eligibility-hint">${msg('A petition can be signed by residents of the commune and by people with an activity in it.')}</p>
          ${renderFieldError('eligibility-error', error('eligibility'))}
          ${data.eligibility.map(
            (basis) => html`<label class="choice">
              <input type="radio" name="eligibility" id="eligibility-${basis}" value=${basis} .checked=${this.draft.eligibility === basis}
                aria-invalid=${invalid('eligibility')} @change=${(event: Event) => this.#edit('eligibility', event)} />
              <span>${eligibilityLabel(basis)}</span>
            </label>`,
          )}
        </fieldset>
        <div class="field">
          ${renderFieldError('consent-error', error('consent'))}
          <label class="choice">
            <input type="checkbox" id="consent" name="consent" .checked=${this.draft.consent}
              aria-invalid=${invalid('consent')} aria-describedby=${describedBy('consent', true)}
              @change=${(event: Event) => {
                this.draft = { ...this.draft, consent: (event.target as HTMLInputElement).checked };
                this.#forgetServerError('consent');
              }} />
            <span>${msg(html`I agree that ${this.#text(controller.name)} processes my personal data to record and check this signature and to deposit the petition, under law 09-08 on the protection of personal data.`)}</span>
          </label>
          <p class="hint" id="consent-hint">${msg(html`Your data is stored encrypted and used only for this petition. To access, correct or oppose it, contact ${html`<bdi class="ltr" dir="ltr">${controller.contact}</bdi>`}.`)}</p>
        </div>
        <div class="field">
          <label for="contact">${msg('E-mail or phone for news of the petition (optional)')}</label>
          <p class="hint" id="contact-hint">${msg('Only if you want to be told when the petition moves on.')}</p>
          ${renderFieldError('contact-error', error('contact'))}
          <input id="contact" name="contact" class="ltr" dir="ltr" autocomplete="email" maxlength="200" .value=${this.draft.contact}
            aria-invalid=${invalid('contact')} aria-describedby=${describedBy('contact', true)}
            @input=${(event: Event) => this.#edit('contact', event)} />
        </div>
        <button class="button" type="submit" part="submit" aria-describedby="sending">${msg('Sign the petition')}</button>
        <p id="sending" role="status" class="sending">${this.sending ? msg('Sending your signature…') : nothing}</p>
      </form>`;
  }
}
