import { html, nothing, type TemplateResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  COMMENT_MAX_LENGTH,
  LazyModule,
  LazyStyles,
  MocharakaElement,
  MocharakaLoadedEvent,
  ResourceController,
  SubmissionController,
  TAGS_MAX,
  focusWhenRendered,
  newIdempotencyKey,
  registerCatalog,
  ApiError,
  type RatingChannel,
  type RatingDetailsInput,
  type RatingInput,
  type RatingReceipt,
  type SatisfactionBackend,
  type Service,
  type ServiceSummary,
  satisfactionOverHttp,
} from '@mocharaka/core';
import { renderDetails, renderFaces, renderPicker, renderThanks, type RatingView } from './rating-steps.js';
import { satisfactionCatalog } from './locales.js';
import { MocharakaSatisfactionRatedEvent } from './satisfaction.events.js';
import { satisfactionStyles } from './satisfaction.styles.js';

registerCatalog(satisfactionCatalog);

export type SatisfactionMode = 'inline' | 'button' | 'kiosk' | 'results';

type Step =
  { name: 'pick' } | { name: 'rate'; error?: ApiError } | { name: 'details'; level: number; ratingKey: string } | { name: 'thanks' };

/**
 * What is queued. Every value comes from a bounded control (a face, a configured tag,
 * a textarea with the contract's maxlength), so the payload is valid by construction;
 * the server validates it with the shared schemas. Parsing it again here would add
 * the zod runtime (about 9 kB gzip) to the meter, a third of its size budget.
 */
type OutboxPayload = { kind: 'rating'; rating: RatingInput } | { kind: 'details'; details: RatingDetailsInput };

/** What the element shows: the services, and in `results` mode their summaries and the results renderer. */
interface Loaded {
  services: Service[];
  summaries?: ServiceSummary[];
  results?: typeof import('./satisfaction-results.js');
}

/** A kiosk accepts at most one rating in this interval, whatever is tapped. */
export const KIOSK_MIN_INTERVAL_MS = 3_000;
/** A kiosk left on the details step goes back to the start after this long. */
export const KIOSK_IDLE_MS = 30_000;

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
  static override styles = [...MocharakaElement.styles, satisfactionStyles];

  protected override readonly httpBackend = satisfactionOverHttp;

  static override properties: PropertyDeclarations = {
    service: { reflect: true },
    mode: { reflect: true },
    position: { reflect: true },
    kioskId: { attribute: 'kiosk-id', reflect: true },
    resetAfter: { attribute: 'reset-after', type: Number },
    step: { state: true, attribute: false },
    picked: { state: true, attribute: false },
    chosenTags: { state: true, attribute: false },
    comment: { state: true, attribute: false },
    dialogOpen: { state: true, attribute: false },
  };

  /** Id of the service (e.g. `civil-status`); without it the citizen picks one (or, in results, all are shown). */
  service?: string;

  /** `inline` (default), `button` (floating button and dialog), `kiosk` (counter tablet) or `results` (public scores). */
  mode: SatisfactionMode = 'inline';

  /** Corner of the floating button in `button` mode: `end` (default) or `start`, mirrored right to left. */
  position: 'end' | 'start' = 'end';

  /** Identifies this counter tablet in `kiosk` mode, so the server limits each kiosk on its own. */
  kioskId?: string;

  /** Seconds the thank-you stays before a kiosk returns to the start. */
  resetAfter = 8;

  private step: Step = { name: 'pick' };
  private picked?: string;
  private chosenTags = new Set<string>();
  private comment = '';
  private dialogOpen = false;

  #lastRatingAt = 0;

  #timer?: ReturnType<typeof setTimeout>;

  #services = new ResourceController(this, {
    args: () => (this.client ? ([this.client, this.mode === 'results', this.service] as const) : undefined),
    load: async ([client, results, serviceId], signal): Promise<Loaded> => {
      // The scoreboard's module downloads while the services are read.
      const module = results ? ApiError.lazyModule(import('./satisfaction-results.js')) : undefined;
      module?.catch(() => undefined);
      const services = serviceId ? [await client.getService(serviceId, { signal })] : await client.listServices({ signal });
      if (!module) return { services };
      const summaries = await Promise.all(services.map((one) => client.getServiceSummary(one.id, { signal })));
      const view = await module;
      this.#lazyStyles.adopt(...view.resultsStyles);
      return { services, summaries, results: view };
    },
    onLoaded: (_data, [, results, serviceId]) => {
      this.step = serviceId || results ? { name: 'rate' } : { name: 'pick' };
      this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'service', id: serviceId }));
      if (!results) void this.#ratings.flush();
    },
    onFailed: (error, [, , serviceId]) => this.reportLoadError(error, serviceId),
  });

  #ratings = new SubmissionController<OutboxPayload, RatingReceipt>(this, {
    storageKey: () => (this.client ? `mocharaka:outbox:satisfaction:${this.storageScope}` : undefined),
    send: ({ target, payload, idempotencyKey }) =>
      payload.kind === 'rating'
        ? this.client!.rateService(target, payload.rating, { idempotencyKey })
        : this.client!.addRatingDetails(target, payload.details, { idempotencyKey }),
    // A rating's details answer with the rating's receipt: one event per rating.
    receiptKey: (receipt) => receipt.id,
    onReceipt: (receipt) => this.dispatchEvent(new MocharakaSatisfactionRatedEvent(receipt)),
    onError: ({ code, status, message }) => this.reportError({ code, status, message }),
  });

  readonly #lazyStyles = new LazyStyles(this);

  /** `button` mode's floating button and dialog, downloaded by the pages that use that mode. */
  readonly #button = new LazyModule(
    this,
    () => import('./satisfaction-button.js'),
    (module) => {
      this.#lazyStyles.adopt(module.buttonStyles);
      // The floating button keeps off the focused control.
      new module.FloatingTriggerController(this, () => this.mode === 'button');
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.mode === 'button') void this.#button.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  get #serviceId(): string | undefined {
    return this.service ?? this.picked;
  }

  get #channel(): RatingChannel {
    return this.mode === 'kiosk' ? 'kiosk' : this.mode === 'button' ? 'button' : 'web';
  }

  async #rate(level: number) {
    const serviceId = this.#serviceId;
    if (!serviceId || !this.client || this.step.name !== 'rate') return;
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
    void focusWhenRendered(this, '#details-title');
    this.#armTimer(KIOSK_IDLE_MS);
    const settlement = await this.#ratings.submit(serviceId, { kind: 'rating', rating }, ratingKey);
    if (settlement.kind === 'failure' || settlement.kind === 'field-errors') this.step = { name: 'rate', error: settlement.error };
  }

  #sendDetails(event?: SubmitEvent) {
    event?.preventDefault();
    const serviceId = this.#serviceId;
    if (this.step.name !== 'details' || !serviceId || !this.client) return;
    const { ratingKey } = this.step;
    const comment = this.comment.trim().slice(0, COMMENT_MAX_LENGTH);
    const tags = [...this.chosenTags].slice(0, TAGS_MAX);
    this.#thank();
    if (!tags.length && !comment) return;
    const details: RatingDetailsInput = { ratingKey, ...(tags.length ? { tags } : {}), ...(comment ? { comment } : {}) };
    void this.#ratings.submit(serviceId, { kind: 'details', details });
  }

  #thank() {
    this.step = { name: 'thanks' };
    void focusWhenRendered(this, '#thanks');
    this.#armTimer(this.resetAfter * 1000);
  }

  /** A kiosk returns to the start after `ms` without a tap. */
  #armTimer(ms: number) {
    clearTimeout(this.#timer);
    if (this.mode === 'kiosk') this.#timer = setTimeout(() => this.#restart(), ms);
  }

  #restart() {
    clearTimeout(this.#timer);
    if (!this.service) this.picked = undefined;
    this.step = this.#serviceId ? { name: 'rate' } : { name: 'pick' };
  }

  #pick(serviceId: string) {
    this.picked = serviceId;
    this.step = { name: 'rate' };
    void focusWhenRendered(this, '#rate-title');
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
      const { module: button, failure } = this.#button;
      if (failure) return this.renderLoadFailed(failure, () => undefined);
      return button
        ? button.renderButton({
            position: this.position,
            content: this.dialogOpen ? this.#renderStep() : nothing,
            open: () => this.#openDialog(),
            close: () => this.#closeDialog(),
            closed: () => this.#onDialogClosed(),
          })
        : nothing;
    }
    return html`<div class="mode-${this.mode}">${this.#renderStep()}</div>`;
  }

  #renderStep(): TemplateResult | typeof nothing {
    const { status, data, error } = this.#services;
    if (status === 'failed') return this.renderLoadFailed(error!, () => this.#services.retry(), this.service);
    if (status !== 'ready' || !data) return this.renderLoading();
    const step = this.step;
    const view = this.#view(data.services);
    switch (step.name) {
      case 'pick':
        return renderPicker(view);
      case 'details':
        return renderDetails(view, step.level);
      case 'thanks':
        return renderThanks(view);
      default:
        if (data.results && data.summaries) return data.results.renderResults(data.services, data.summaries, this.locale);
        return renderFaces(view, step.error);
    }
  }

  #view(services: readonly Service[]): RatingView {
    return {
      locale: this.locale,
      mode: this.mode,
      services,
      serviceId: this.#serviceId,
      canChooseService: !this.service && this.mode !== 'results',
      queued: !this.#ratings.sending && this.#ratings.pending().length > 0,
      chosenTags: this.chosenTags,
      comment: this.comment,
      rate: (level) => void this.#rate(level),
      pick: (serviceId) => this.#pick(serviceId),
      showPicker: () => (this.step = { name: 'pick' }),
      toggleTag: (tagId, checked) => this.#toggleTag(tagId, checked),
      setComment: (comment) => (this.comment = comment),
      sendDetails: (event) => this.#sendDetails(event),
      skip: () => this.#thank(),
      rateAgain: () => this.#restart(),
      close: () => this.#closeDialog(),
      sendNow: () => void this.#ratings.flush(),
    };
  }

  #toggleTag(tagId: string, checked: boolean) {
    const tags = new Set(this.chosenTags);
    if (checked) tags.add(tagId);
    else tags.delete(tagId);
    this.chosenTags = tags;
    this.#armTimer(KIOSK_IDLE_MS);
  }
}
