import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import {
  type ApiError,
  LazyModule,
  MocharakaElement,
  MocharakaLoadedEvent,
  ResourceController,
  SubmissionController,
  focusWhenRendered,
  registerCatalog,
  type CancellationInput,
  type CancellationReceipt,
  type Meeting,
  type MeetingPeriod,
  type MeetingsBackend,
  type RegistrationInput,
  type RegistrationReceipt,
  type Settlement,
  meetingsOverHttp,
} from '@mocharaka/core';
import { cancellationLink, freshCancelling, readCancellationLink, type Cancelling } from './cancellation-link.js';
import type { CancellationHost } from './cancellation-view.js';
import { meetingsCatalog } from './locales.js';
import { renderMeetingDetail } from './meeting-detail.js';
import { renderBack, renderMeetingList } from './meeting-list.js';
import type { LinkTemplates } from './meeting-minutes.js';
import { MocharakaMeetingCancelledEvent, MocharakaMeetingRegisteredEvent } from './meetings.events.js';
import { meetingsStyles } from './meetings.styles.js';
import { renderReceipt } from './receipt-facts.js';
import { renderRegistrationForm } from './registration-form.js';
import {
  REGISTRATION_FIELDS,
  checkRegistration,
  emptyRegistration,
  type RegistrationDraft,
  type RegistrationErrors,
  type RegistrationField,
} from './registration-rules.js';

registerCatalog(meetingsCatalog);

type Registering =
  | { name: 'form'; failure?: ApiError }
  | { name: 'registered'; meetingId: string; receipt: RegistrationReceipt['receipt']; sentLater: boolean };

/**
 * The commune's citizen meetings: upcoming and past ones (date and time in Morocco,
 * place with the commune's map link, languages, accessibility, seats), registering
 * with a waiting list once full, a receipt whose code and link cancel the registration,
 * an "Add to calendar" file, and after the meeting its published minutes and decisions
 * with links to the related petitions, consultations or suggestions. A registration
 * made offline waits in the outbox and is sent, counted once, when the connection returns.
 *
 * @summary Citizen meetings: dates, registration and waiting list, calendar file, minutes.
 * @tag mocharaka-meetings
 *
 * @event mocharaka-meeting-registered - The server recorded a registration; `detail` has `meetingId`, `reference`, `status`, `people`, `registeredAt` (no name, no contact).
 * @event mocharaka-meeting-cancelled - A registration was cancelled; `detail` has `meetingId` and `reference`.
 * @event mocharaka-error - Something failed; `detail` has `code`, `status` and `message`.
 * @event mocharaka-loaded - The meetings or the meeting were loaded and are shown.
 *
 * @slot - Shown until the element is ready, and without JavaScript (e.g. a link to the commune's meetings page).
 *
 * @csspart base - The element's box.
 * @csspart title - The list's or the meeting's title.
 * @csspart list - The list of meetings.
 * @csspart form - The registration form.
 * @csspart submit - The button registering.
 * @csspart calendar - The "Add to my calendar" link.
 * @csspart receipt - The receipt shown after registering.
 * @csspart minutes - The published minutes.
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
export class MocharakaMeetings extends MocharakaElement<MeetingsBackend> {
  static override styles = [...MocharakaElement.styles, meetingsStyles];

  protected override readonly httpBackend = meetingsOverHttp;

  static override properties: PropertyDeclarations = {
    meeting: { reflect: true },
    period: { reflect: true },
    petitionLink: { attribute: 'petition-link' },
    consultationLink: { attribute: 'consultation-link' },
    suggestionLink: { attribute: 'suggestion-link' },
    selected: { state: true, attribute: false },
    registering: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    submitted: { state: true, attribute: false },
    serverErrors: { state: true, attribute: false },
    cancelling: { state: true, attribute: false },
  };

  /** Show this one meeting (its id, e.g. `bab-zorgan-lighting-2027-01`); without it, the list. */
  meeting?: string;
  /** Which meetings the list shows first: `upcoming` (default) or `past`. */
  period: MeetingPeriod = 'upcoming';
  /** Where a related petition lives on the commune's site, `{id}` replaced by its id (e.g. `/petitions/{id}`). */
  petitionLink?: string;
  /** Where a related consultation lives, with `{id}`. */
  consultationLink?: string;
  /** Where a related suggestion lives, with `{id}`. */
  suggestionLink?: string;

  private selected?: string;
  private registering: Registering = { name: 'form' };
  private draft: RegistrationDraft = emptyRegistration();
  private submitted = false;
  private serverErrors: RegistrationErrors = {};
  private cancelling: Cancelling = freshCancelling();

  // Rarely needed views are chunks of their own: the minutes, the receipt and cancelling.
  /** The minutes' view, downloaded when a past meeting with minutes is shown. */
  readonly #minutesView = new LazyModule(this, () => import('./meeting-minutes.js'));
  /**
   * The receipt's view, downloading from the press on "Register", with the registration: not after it. If the
   * connection dropped right after the registration was recorded, the receipt shows its facts alone.
   */
  readonly #receiptView = new LazyModule(this, () => import('./registration-receipt.js'));
  /** Cancelling's view (from the receipt's link, or with its code typed in). */
  readonly #cancellationView = new LazyModule(this, () => import('./cancellation-view.js'));

  /** The meeting a cancellation link in the page's address names. */
  #linked?: { meetingId: string; code: string };

  #list = new ResourceController(this, {
    args: () => (this.client && !this.#shownId ? ([this.client, this.period === 'past' ? 'past' : 'upcoming'] as const) : undefined),
    load: ([client, when], signal) => client.listMeetings(when, { signal }),
    onLoaded: () => this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'meetings' })),
    onFailed: (error) => this.reportLoadError(error),
  });

  #meeting = new ResourceController(this, {
    args: () => (this.client && this.#shownId ? ([this.client, this.#shownId] as const) : undefined),
    // Cancelling's view downloads at the same time as the meeting, so its section waits for one of the two only.
    load: ([client, id], signal) => (void this.#cancellationView.load(), client.getMeeting(id, { signal })),
    onLoaded: (_data, [, id]) => {
      this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'meeting', id }));
      void this.#registrations.flush();
    },
    onFailed: (error, [, id]) => this.reportLoadError(error, id),
  });

  #registrations = new SubmissionController<RegistrationInput, RegistrationReceipt, RegistrationField>(this, {
    storageKey: () => (this.client ? `mocharaka:outbox:meetings:${this.storageScope}` : undefined),
    send: ({ target, payload, idempotencyKey }) => this.client!.registerForMeeting(target, payload, { idempotencyKey }),
    fields: REGISTRATION_FIELDS,
    receiptKey: ({ receipt }) => receipt.reference,
    onReceipt: ({ receipt }, { target }) =>
      this.dispatchEvent(
        new MocharakaMeetingRegisteredEvent({
          meetingId: target,
          reference: receipt.reference,
          status: receipt.status,
          people: receipt.people,
          registeredAt: receipt.registeredAt,
        }),
      ),
    onLaterSettled: (settlement, { target }) => target === this.#shownId && this.#settle(target, settlement),
    onError: ({ code, status, message }) => this.reportError({ code, status, message }),
  });

  #cancellations = new SubmissionController<CancellationInput, CancellationReceipt>(this, {
    storageKey: () => (this.client ? `mocharaka:outbox:meeting-cancellations:${this.storageScope}` : undefined),
    send: ({ target, payload, idempotencyKey }) => this.client!.cancelMeetingRegistration(target, payload, { idempotencyKey }),
    receiptKey: ({ cancellation }) => cancellation.reference,
    onReceipt: ({ cancellation }, { target }) =>
      this.dispatchEvent(new MocharakaMeetingCancelledEvent({ meetingId: target, reference: cancellation.reference })),
    onError: ({ code, status, message }) => this.reportError({ code, status, message }),
  });

  /** What cancelling's module reads and sets. */
  #cancellationHost: CancellationHost = ((element) => ({
    element,
    submissions: this.#cancellations,
    get meetingId() {
      return element.#shownId;
    },
    get cancelling() {
      return element.cancelling;
    },
    set cancelling(cancelling) {
      element.cancelling = cancelling;
    },
    cancelled: (code) => {
      if (this.registering.name === 'registered' && this.registering.receipt.cancellationCode === code) this.registering = { name: 'form' };
      void this.#meeting.refresh();
    },
  }))(this);

  get #shownId(): string | undefined {
    return this.meeting ?? this.selected ?? this.#linked?.meetingId;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const linked = readCancellationLink(globalThis.location?.hash ?? '');
    if (linked && (!this.meeting || this.meeting === linked.meetingId)) {
      this.#linked = linked;
      this.cancelling = { ...freshCancelling(), code: linked.code, fromLink: true };
      void this.#cancellationView.load();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('meeting') || changed.has('endpoint') || changed.has('backend')) {
      Object.assign(this, { registering: { name: 'form' }, submitted: false, serverErrors: {} });
      if (!this.#linked || this.#shownId !== this.#linked.meetingId) this.cancelling = freshCancelling();
    }
  }

  #open = (meetingId: string) => {
    this.#linked = undefined;
    this.selected = meetingId;
    Object.assign(this, { registering: { name: 'form' }, submitted: false, serverErrors: {}, cancelling: freshCancelling() });
    void focusWhenRendered(this, '#meeting-title');
  };

  #back = () => {
    const id = this.selected ?? this.#linked?.meetingId;
    this.#linked = undefined;
    this.selected = undefined;
    Object.assign(this, { registering: { name: 'form' }, submitted: false, serverErrors: {}, cancelling: freshCancelling() });
    if (id) void this.updateComplete.then(() => focusWhenRendered(this, `#meeting-${id}`));
  };

  #edit = (field: keyof RegistrationDraft, value: string | boolean) => {
    this.draft = { ...this.draft, [field]: value };
    if (this.serverErrors[field]) {
      const { [field]: _gone, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
  };

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const meetingId = this.#shownId;
    if (this.#registrations.sending || !meetingId) return;
    this.submitted = true;
    this.serverErrors = {};
    this.registering = { name: 'form' };
    const { errors, registration } = checkRegistration(this.draft);
    if (!registration || Object.keys(errors).length > 0) return void focusWhenRendered(this, '#error-summary');
    // Offline, the download would fail and stay failed for the page: the receipt's view then waits for the registration's sending.
    if (navigator.onLine !== false) void this.#receiptView.load();
    this.#settle(meetingId, await this.#registrations.submit(meetingId, registration));
  }

  #settle(meetingId: string, settlement: Settlement<RegistrationReceipt, RegistrationField>) {
    const later = settlement.kind !== 'queued' && settlement.later;
    switch (settlement.kind) {
      case 'receipt':
        return void this.#showReceipt(meetingId, settlement.result.receipt, later);
      case 'queued':
        return void focusWhenRendered(this, '#queued');
      case 'field-errors':
        this.submitted = true;
        this.serverErrors = settlement.fields;
        return void focusWhenRendered(this, '#error-summary', later);
      default:
        this.registering = { name: 'form', failure: settlement.error };
        if (settlement.error.status === 409) void this.#meeting.refresh();
        void focusWhenRendered(this, '#failure', later);
    }
  }

  async #showReceipt(meetingId: string, receipt: RegistrationReceipt['receipt'], later: boolean) {
    await this.#receiptView.load();
    this.registering = { name: 'registered', meetingId, receipt, sentLater: later };
    this.draft = emptyRegistration();
    this.submitted = false;
    void this.#meeting.refresh();
    void focusWhenRendered(this, '#receipt', later);
  }

  get #links(): LinkTemplates {
    return { petition: this.petitionLink, consultation: this.consultationLink, suggestion: this.suggestionLink };
  }

  protected override renderContent() {
    if (!this.client) return this.renderMissingEndpoint();
    const id = this.#shownId;
    if (!id) {
      const { status, data, error } = this.#list;
      if (status === 'failed') return this.renderLoadFailed(error!, () => this.#list.retry());
      if (status !== 'ready' || !data) return this.renderLoading();
      return renderMeetingList({
        locale: this.locale,
        period: this.period === 'past' ? 'past' : 'upcoming',
        meetings: data,
        choosePeriod: (period) => (this.period = period),
        open: this.#open,
      });
    }
    const { status, data, error } = this.#meeting;
    const back = this.meeting ? undefined : this.#back;
    if (status === 'failed') return html`${renderBack(back)}${this.renderLoadFailed(error!, () => this.#meeting.retry(), id)}`;
    if (status !== 'ready' || !data) return this.renderLoading();
    const calendarUrl = this.client.meetingCalendarUrl(data.id, this.locale === 'fr' ? 'fr' : 'ar');
    return html`${renderBack(back)}
      <section aria-labelledby="meeting-title">
        ${renderMeetingDetail(this.locale, data, calendarUrl)}
        ${data.minutes ? this.#renderMinutes(data.minutes) : nothing}
        ${this.#renderRegistering(data, calendarUrl)}
        ${data.registrationOpen || this.cancelling.fromLink ? this.#renderCancelling() : nothing}
      </section>`;
  }

  #renderMinutes(minutes: NonNullable<Meeting['minutes']>) {
    const { module: view, failure } = this.#minutesView;
    if (view) return view.renderMinutes(this.locale, minutes, this.#links);
    if (failure) {
      // A browser keeps a failed module download failed for the page: trying again here could not load it.
      return html`<p class="notice error" id="minutes-failed" role="alert">
        ${msg('The minutes could not be loaded. Check your connection, then reload the page.')}
      </p>`;
    }
    void this.#minutesView.load();
    return this.renderLoading();
  }

  #renderRegistering(data: Meeting, calendarUrl: string | undefined) {
    const { registering } = this;
    if (registering.name === 'registered' && registering.meetingId === data.id) {
      const facts = {
        receipt: registering.receipt,
        cancelUrl: cancellationLink(location.href, data.id, registering.receipt.cancellationCode),
      };
      const view = this.#receiptView.module;
      if (!view) return renderReceipt(facts);
      return view.renderRegistrationReceipt({
        ...facts,
        locale: this.locale,
        sentLater: registering.sentLater,
        calendarUrl,
        print: () => view.printOnly(this),
      });
    }
    if (!this.#registrations.sending && this.#registrations.pending(data.id).length > 0) {
      return html`<div class="notice" id="queued" tabindex="-1" role="status">
        <h3>${msg('Your registration is waiting to be sent')}</h3>
        <p>${msg('No connection right now. Your registration is kept on this device and will be sent automatically when the connection returns. Do not register again.')}</p>
        <button class="button secondary" type="button" @click=${() => this.#registrations.flush()}>${msg('Send now')}</button>
      </div>`;
    }
    if (!data.registrationOpen) {
      return registering.name === 'form' && registering.failure
        ? html`<div id="failure" class="notice error" tabindex="-1" role="alert">${msg('Registration is closed for this meeting.')}</div>`
        : nothing;
    }
    const errors = this.submitted ? { ...this.serverErrors, ...checkRegistration(this.draft).errors } : {};
    return renderRegistrationForm({
      root: this.renderRoot as ShadowRoot,
      draft: this.draft,
      errors,
      sending: this.#registrations.sending,
      full: data.seats.waiting > 0 || data.seats.taken >= data.seats.capacity,
      failure: registering.name === 'form' ? registering.failure : undefined,
      edit: this.#edit,
      submit: (event) => void this.#submit(event),
    });
  }

  #renderCancelling() {
    const { module: view, failure } = this.#cancellationView;
    // Not retryable (a browser keeps a failed module download failed for the page): no "Try again" is offered.
    if (failure) return this.renderLoadFailed(failure, () => undefined);
    return view ? view.renderCancellation(this.#cancellationHost) : this.renderLoading();
  }
}
