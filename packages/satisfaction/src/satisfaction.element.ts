import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import {
  ApiError,
  chartStyles,
  COMMENT_MAX_LENGTH,
  MocharakaElement,
  MocharakaLoadedEvent,
  Outbox,
  TAGS_MAX,
  describeApiError,
  messages,
  newIdempotencyKey,
  registerCatalog,
  resolveEndpoint,
  type RatingChannel,
  type RatingDetailsInput,
  type RatingInput,
  type RatingReceipt,
  type SatisfactionBackend,
  type Service,
  type ServiceSummary,
} from '@mocharaka/core';
import { renderDetails, renderFaces, renderPicker, renderThanks, type RatingView } from './rating-steps.js';
import { satisfactionCatalog } from './locales.js';
import { MocharakaSatisfactionRatedEvent } from './satisfaction.events.js';
import { satisfactionStyles } from './satisfaction.styles.js';

registerCatalog(satisfactionCatalog);

export type SatisfactionMode = 'inline' | 'button' | 'kiosk' | 'results';

type Step =
  | { name: 'loading' }
  | { name: 'load-failed'; error: ApiError }
  | { name: 'pick' }
  | { name: 'rate'; error?: ApiError }
  | { name: 'details'; level: number; ratingKey: string }
  | { name: 'thanks' };

/**
 * What is queued. Every value comes from a bounded control (a face, a configured tag,
 * a textarea with the contract's maxlength), so the payload is valid by construction;
 * the server validates it with the shared schemas. Parsing it again here would add
 * the zod runtime (about 9 kB gzip) to the meter, a third of its size budget.
 */
type OutboxPayload = { kind: 'rating'; rating: RatingInput } | { kind: 'details'; details: RatingDetailsInput };

/** A kiosk accepts at most one rating in this interval, whatever is tapped. */
export const KIOSK_MIN_INTERVAL_MS = 3_000;
/** A kiosk left on the details step goes back to the start after this long. */
export const KIOSK_IDLE_MS = 30_000;

type ResultsModule = typeof import('./satisfaction-results.js');

/**
 * A satisfaction meter for commune services. One tap on a face records the rating;
 * what went well or wrong and a comment are optional follow-ups. Every submission is
 * stored on the device before it is sent, so nothing is lost on a failing network, and
 * the server counts it once.
 *
 * @summary Rate a commune service, or show its public scores.
 * @tag mocharaka-satisfaction
 *
 * @event mocharaka-satisfaction-rated - The server recorded a rating; `detail` is the receipt.
 * @event mocharaka-error - Something failed; `detail` has `code`, `status` and `message`.
 * @event mocharaka-loaded - The services were loaded and are shown.
 *
 * @slot - Shown until the element is ready, and without JavaScript.
 *
 * @csspart base - The element's box.
 * @csspart level - Each of the five faces.
 * @csspart tag - Each quick tag.
 * @csspart submit - The button sending the details.
 * @csspart trigger - The floating "give your opinion" button (mode `button`).
 * @csspart dialog - The dialog it opens.
 * @csspart results - The scoreboard (mode `results`).
 * @csspart config-error - The message shown to the page's admin when the tag is misconfigured.
 *
 * @cssproperty --mocharaka-color-primary - The commune's colour: buttons, selected face, bars.
 * @cssproperty --mocharaka-font-family - Font of the whole element.
 * @cssproperty --mocharaka-radius - Corner radius.
 * @cssproperty --mocharaka-color-focus - Focus ring.
 * @cssproperty --mocharaka-color-error - Error messages and borders.
 * @cssproperty --mocharaka-font-size - Base font size.
 * @cssproperty --mocharaka-spacing - Base spacing unit.
 */
export class MocharakaSatisfaction extends MocharakaElement<SatisfactionBackend> {
  static override styles = [...MocharakaElement.styles, chartStyles, satisfactionStyles];

  /** Id of the service (e.g. `civil-status`); without it the citizen picks one (or, in results, all are shown). */
  @property({ reflect: true }) service?: string;

  /** `inline` (default), `button` (floating button and dialog), `kiosk` (counter tablet) or `results` (public scores). */
  @property({ reflect: true }) mode: SatisfactionMode = 'inline';

  /** Corner of the floating button in `button` mode: `end` (default) or `start`, mirrored right to left. */
  @property({ reflect: true }) position: 'end' | 'start' = 'end';

  /** Identifies this counter tablet in `kiosk` mode, so the server limits each kiosk on its own. */
  @property({ attribute: 'kiosk-id', reflect: true }) kioskId?: string;

  /** Seconds the thank-you stays before a kiosk returns to the start. */
  @property({ attribute: 'reset-after', type: Number }) resetAfter = 8;

  @state() private step: Step = { name: 'loading' };
  @state() private services: Service[] = [];
  @state() private picked?: string;
  @state() private queued = false;
  @state() private summaries?: ServiceSummary[];
  @state() private results?: ResultsModule;
  @state() private chosenTags = new Set<string>();
  @state() private comment = '';
  @state() private dialogOpen = false;

  #outbox?: Outbox<OutboxPayload, RatingReceipt>;
  #loadRequest = 0;
  #lastRatingAt = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #announced = new Set<string>();

  protected override sendPending() {
    return this.#flushOutbox();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('service') || changed.has('endpoint') || changed.has('backend') || changed.has('mode')) {
      this.#outbox = undefined;
      void this.#load();
    }
  }

  get #serviceId(): string | undefined {
    return this.service ?? this.picked;
  }

  get #channel(): RatingChannel {
    return this.mode === 'kiosk' ? 'kiosk' : this.mode === 'button' ? 'button' : 'web';
  }

  async #load() {
    const request = ++this.#loadRequest;
    const client = this.client;
    if (!client) return;
    this.step = { name: 'loading' };
    try {
      if (this.mode === 'results') {
        const [services, results] = await Promise.all([
          this.service ? client.getService(this.service).then((one) => [one]) : client.listServices(),
          import('./satisfaction-results.js'),
        ]);
        const summaries = await Promise.all(services.map((one) => client.getServiceSummary(one.id)));
        if (request !== this.#loadRequest) return;
        Object.assign(this, { services, summaries, results });
        this.step = { name: 'rate' };
      } else {
        const services = this.service ? [await client.getService(this.service)] : await client.listServices();
        if (request !== this.#loadRequest) return;
        this.services = services;
        this.step = this.service ? { name: 'rate' } : { name: 'pick' };
        void this.#flushOutbox();
      }
      this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'service', id: this.service }));
    } catch (cause) {
      if (request !== this.#loadRequest) return;
      const error = cause instanceof ApiError ? cause : ApiError.network(cause);
      this.step = { name: 'load-failed', error };
      this.reportError({ code: error.code, status: error.status, message: error.message });
    }
  }

  get #pendingOutbox(): Outbox<OutboxPayload, RatingReceipt> | undefined {
    const client = this.client;
    if (!client) return undefined;
    const scope = this.backend ? 'custom' : resolveEndpoint(this);
    this.#outbox ??= new Outbox(`mocharaka:outbox:satisfaction:${scope}`, ({ target, payload, idempotencyKey }) =>
      payload.kind === 'rating'
        ? client.rateService(target, payload.rating, { idempotencyKey })
        : client.addRatingDetails(target, payload.details, { idempotencyKey }),
    );
    return this.#outbox;
  }

  /** Sends what an earlier visit or a lost connection left on this device. */
  #flushOutbox = async () => {
    const outbox = this.#pendingOutbox;
    if (!outbox || outbox.pending().length === 0) return;
    const outcomes = [...(await outbox.flush()).values()];
    for (const outcome of outcomes) if (outcome.state === 'sent') this.#announce(outcome.result);
    this.queued = outbox.pending().length > 0;
  };

  /** Fires `mocharaka-satisfaction-rated` once per rating (its details answer with the same receipt). */
  #announce(receipt: RatingReceipt) {
    if (this.#announced.has(receipt.id)) return;
    this.#announced.add(receipt.id);
    this.dispatchEvent(new MocharakaSatisfactionRatedEvent(receipt));
  }

  async #rate(level: number) {
    const serviceId = this.#serviceId;
    const outbox = this.#pendingOutbox;
    if (!serviceId || !outbox || this.step.name !== 'rate') return;
    if (this.mode === 'kiosk' && Date.now() - this.#lastRatingAt < KIOSK_MIN_INTERVAL_MS) return;
    this.#lastRatingAt = Date.now();
    const rating: RatingInput = {
      level,
      channel: this.#channel,
      page: `${location.pathname}${location.search}`.slice(0, 500),
      ...(this.mode === 'kiosk' && this.kioskId ? { kioskId: this.kioskId } : {}),
    };
    const ratingKey = newIdempotencyKey();
    this.chosenTags = new Set();
    this.comment = '';
    this.step = { name: 'details', level, ratingKey };
    this.#focusSoon('#details-title');
    this.#armIdleReset();
    const outcome = await outbox.submit(serviceId, { kind: 'rating', rating }, ratingKey);
    this.#settle(outcome, () => (this.step = { name: 'rate', error: outcome.state === 'rejected' ? outcome.error : undefined }));
  }

  async #sendDetails(event?: SubmitEvent) {
    event?.preventDefault();
    const serviceId = this.#serviceId;
    const outbox = this.#pendingOutbox;
    if (this.step.name !== 'details' || !serviceId || !outbox) return;
    const { ratingKey } = this.step;
    const hasDetails = this.chosenTags.size > 0 || this.comment.trim() !== '';
    this.#thank();
    if (!hasDetails) return;
    const comment = this.comment.trim().slice(0, COMMENT_MAX_LENGTH);
    const details: RatingDetailsInput = {
      ratingKey,
      ...(this.chosenTags.size ? { tags: [...this.chosenTags].slice(0, TAGS_MAX) } : {}),
      ...(comment ? { comment } : {}),
    };
    const outcome = await outbox.submit(serviceId, { kind: 'details', details });
    this.#settle(outcome);
  }

  #settle(outcome: Awaited<ReturnType<Outbox<OutboxPayload, RatingReceipt>['submit']>>, onRejected?: () => void) {
    if (outcome.state === 'sent') {
      this.#announce(outcome.result);
      this.queued = (this.#outbox?.pending().length ?? 0) > 0;
      return;
    }
    const { error } = outcome;
    this.reportError({ code: error.code, status: error.status, message: error.message });
    if (outcome.state === 'queued') this.queued = true;
    else onRejected?.();
  }

  #thank() {
    this.step = { name: 'thanks' };
    this.#focusSoon('#thanks');
    clearTimeout(this.#timer);
    if (this.mode === 'kiosk') this.#timer = setTimeout(() => this.#restart(), this.resetAfter * 1000);
  }

  #armIdleReset() {
    clearTimeout(this.#timer);
    if (this.mode === 'kiosk') this.#timer = setTimeout(() => this.#restart(), KIOSK_IDLE_MS);
  }

  #restart() {
    clearTimeout(this.#timer);
    if (!this.service) this.picked = undefined;
    this.step = this.#serviceId ? { name: 'rate' } : { name: 'pick' };
  }

  #pick(serviceId: string) {
    this.picked = serviceId;
    this.step = { name: 'rate' };
    this.#focusSoon('#rate-title');
  }

  #focusSoon(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #openDialog() {
    this.dialogOpen = true;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector('dialog')?.showModal();
      if (this.step.name === 'thanks') this.#restart();
    });
  }

  #closeDialog() {
    this.renderRoot.querySelector('dialog')?.close();
  }

  #onDialogClosed() {
    this.dialogOpen = false;
    this.renderRoot.querySelector<HTMLElement>('[part=trigger]')?.focus();
  }

  protected override renderContent() {
    if (!this.client) return this.renderMissingEndpoint();
    if (this.mode === 'button') {
      return html`<button class="button trigger ${this.position}" type="button" part="trigger" aria-haspopup="dialog"
          @click=${this.#openDialog}>${msg('Give your opinion')}</button>
        <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onDialogClosed}>
          <div class="dialog-bar">
            <h2 id="dialog-title">${msg('Give your opinion')}</h2>
            <button class="button secondary close" type="button" @click=${this.#closeDialog}>${msg('Close')}</button>
          </div>
          ${this.dialogOpen ? this.#renderStep() : nothing}
        </dialog>`;
    }
    return html`<div class="mode-${this.mode}">${this.#renderStep()}</div>`;
  }

  #renderStep(): TemplateResult | typeof nothing {
    const step = this.step;
    switch (step.name) {
      case 'loading':
        return html`<p role="status" aria-busy="true">${messages.loading()}</p>`;
      case 'load-failed':
        return html`<div class="notice error" role="alert">
          <p>${describeApiError(step.error)}</p>
          <button class="button secondary" type="button" @click=${() => this.#load()}>${messages.retry()}</button>
        </div>`;
      case 'pick':
        return renderPicker(this.#view);
      case 'details':
        return renderDetails(this.#view, step.level);
      case 'thanks':
        return renderThanks(this.#view);
      default:
        if (this.mode === 'results' && this.results && this.summaries) {
          return this.results.renderResults(this.services, this.summaries, this.locale);
        }
        return renderFaces(this.#view, step.error);
    }
  }

  get #view(): RatingView {
    return {
      locale: this.locale,
      mode: this.mode,
      services: this.services,
      serviceId: this.#serviceId,
      canChooseService: !this.service && this.mode !== 'results',
      queued: this.queued,
      chosenTags: this.chosenTags,
      comment: this.comment,
      rate: (level) => void this.#rate(level),
      pick: (serviceId) => this.#pick(serviceId),
      showPicker: () => (this.step = { name: 'pick' }),
      toggleTag: (tagId, checked) => this.#toggleTag(tagId, checked),
      setComment: (comment) => (this.comment = comment),
      sendDetails: (event) => void this.#sendDetails(event),
      skip: () => this.#thank(),
      rateAgain: () => this.#restart(),
      close: () => this.#closeDialog(),
      sendNow: () => void this.#flushOutbox(),
    };
  }

  #toggleTag(tagId: string, checked: boolean) {
    const tags = new Set(this.chosenTags);
    if (checked) tags.add(tagId);
    else tags.delete(tagId);
    this.chosenTags = tags;
    this.#armIdleReset();
  }
}
