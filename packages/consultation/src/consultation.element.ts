import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ApiError,
  MocharakaElement,
  MocharakaLoadedEvent,
  Outbox,
  checkAnswers,
  describeApiError,
  isShown,
  chartStyles,
  messages,
  newIdempotencyKey,
  pruneAnswers,
  registerCatalog,
  resolveEndpoint,
  type Consultation,
  type ConsultationBackend,
  type ConsultationReceipt,
  type ConsultationResponseInput,
  type ConsultationResults,
  type FieldErrorCode,
  type ProfileInput,
  type Question,
  type SendOutcome,
} from '@mocharaka/core';
import { MocharakaConsultationSubmittedEvent, type ConsultationSubmittedDetail } from './consultation.events.js';
import { consultationStyles } from './consultation.styles.js';
import { consultationCatalog } from './locales.js';
import { t } from './text.js';
import type { ConsultationView, SurveyModule } from './consultation-view.js';
import { renderClosed, renderIntro, renderUpcoming, type ResultsModule } from './consultation-intro.js';
import { renderSection } from './consultation-section.js';
import { renderProfile } from './consultation-profile.js';
import { renderReview } from './consultation-review.js';
import { renderAlready, renderThanks } from './consultation-thanks.js';

registerCatalog(consultationCatalog);

type Page = { name: 'intro' } | { name: 'section'; index: number } | { name: 'profile' } | { name: 'review' };

interface Draft {
  answers: Record<string, unknown>;
  profile: ProfileInput;
  page: number;
}

const PREFIX = 'mocharaka:consultation:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
function read<T>(key: string): T | undefined {
  try {
    const raw = storage()?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}
function write(key: string, value: unknown) {
  try {
    if (value === undefined) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage blocked or full: answers just do not survive a reload.
  }
}

/**
 * A public consultation survey: an introduction, one section at a time with a progress
 * indicator, optional profile questions for the equality commission, a review, and a
 * receipt. Answers are saved on the device as they are given (survey answers are not
 * identity data) and the response goes through the outbox, so it is sent once, even
 * offline. Before the opening and after the closing it says so, and shows the results
 * once the commune publishes them.
 *
 * @summary Answer a commune's public consultation, or read its published results.
 * @tag mocharaka-consultation
 *
 * @event mocharaka-consultation-submitted - The server recorded the response; `detail` has `consultationId`, `reference`, `submittedAt`.
 * @event mocharaka-error - Something failed; `detail` has `code`, `status` and `message`.
 * @event mocharaka-loaded - The consultation was loaded and is shown.
 *
 * @slot - Shown until the element is ready, and without JavaScript (e.g. a link to a paper form).
 *
 * @csspart base - The element's box.
 * @csspart question - Each question.
 * @csspart rank-item - Each item of a ranking question.
 * @csspart paragraph - Each paragraph of a draft text to comment on.
 * @csspart progress - The progress indicator.
 * @csspart submit - The button sending the response.
 * @csspart error-summary - The list of problems shown after a failed "next" or submit.
 * @csspart results - The published results.
 * @csspart config-error - The message shown to the page's admin when the tag is misconfigured.
 *
 * @cssproperty --mocharaka-color-primary - The commune's colour: buttons, progress, bars.
 * @cssproperty --mocharaka-font-family - Font of the whole element.
 * @cssproperty --mocharaka-radius - Corner radius.
 * @cssproperty --mocharaka-color-focus - Focus ring.
 * @cssproperty --mocharaka-color-error - Error messages and borders.
 */
export class MocharakaConsultation extends MocharakaElement<ConsultationBackend> {
  static override styles = [...MocharakaElement.styles, chartStyles, consultationStyles];

  /** Id of the consultation (e.g. `action-programme-priorities`), as listed by `GET /v1/consultations`. Required. */
  @property({ reflect: true }) consultation?: string;

  @state() private data?: Consultation;
  @state() private loadError?: ApiError;
  @state() private page = 0;
  @state() private answers: Record<string, unknown> = {};
  @state() private profile: ProfileInput = {};
  @state() private errors: Record<string, FieldErrorCode> = {};
  @state() private receipt?: ConsultationSubmittedDetail;
  @state() private queued = false;
  @state() private sending = false;
  @state() private failure?: ApiError;
  @state() private already = false;
  @state() private results?: ConsultationResults;
  @state() private resultsModule?: ResultsModule;
  /** The question renderers, loaded only for a consultation one can answer. */
  @state() private survey?: SurveyModule;
  @state() private announcement = '';
  @state() private openParagraphs = new Set<string>();

  #outbox?: Outbox<ConsultationResponseInput, ConsultationReceipt>;
  #loadRequest = 0;
  #announced = new Set<string>();

  protected override sendPending() {
    return this.#flushOutbox();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('consultation') || changed.has('endpoint') || changed.has('backend')) {
      this.#outbox = undefined;
      Object.assign(this, { data: undefined, errors: {}, failure: undefined, queued: false, already: false, results: undefined });
      const draft = read<Draft>(this.#key('draft'));
      this.answers = draft?.answers ?? {};
      this.profile = draft?.profile ?? {};
      this.page = draft?.page ?? 0;
      this.receipt = read<ConsultationSubmittedDetail>(this.#key('receipt'));
      void this.#load();
    }
  }

  /** Keys per backend and consultation, so two communes on one page never mix. */
  #key(kind: 'draft' | 'token' | 'receipt'): string {
    return `${PREFIX}${kind}:${this.backend ? 'custom' : (resolveEndpoint(this) ?? 'none')}:${this.consultation ?? ''}`;
  }

  /** The random token that stands for this browser in this consultation (never sent elsewhere). */
  get #token(): string {
    let token = read<string>(this.#key('token'));
    if (!token) write(this.#key('token'), (token = newIdempotencyKey().replaceAll('-', '')));
    return token;
  }

  async #load() {
    const request = ++this.#loadRequest;
    const client = this.client;
    const id = this.consultation;
    if (!client || !id) return;
    this.loadError = undefined;
    try {
      const data = await client.getConsultation(id);
      if (data.status === 'closed' && data.resultsPublished) {
        const [results, module] = await Promise.all([client.getConsultationResults(id), import('./consultation-results.js')]);
        if (request !== this.#loadRequest) return;
        Object.assign(this, { results, resultsModule: module });
      }
      if (data.status === 'open') this.survey ??= await import('./questions.js');
      if (request !== this.#loadRequest) return;
      this.data = data;
      this.page = Math.min(this.page, this.#pages.length - 1);
      this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'consultation', id }));
      void this.#flushOutbox();
    } catch (cause) {
      if (request !== this.#loadRequest) return;
      const error = cause instanceof ApiError ? cause : ApiError.network(cause);
      this.loadError = error;
      this.reportError({ code: error.code, status: error.status, message: error.message });
    }
  }

  get #pages(): Page[] {
    const sections = this.data?.survey.sections ?? [];
    return [
      { name: 'intro' },
      ...sections.map((_, index) => ({ name: 'section', index }) as Page),
      ...(this.data?.profile ? [{ name: 'profile' } as Page] : []),
      { name: 'review' },
    ];
  }

  #save() {
    write(this.#key('draft'), { answers: this.answers, profile: this.profile, page: this.page } satisfies Draft);
  }

  #set(question: Question, value: unknown) {
    this.answers = { ...this.answers, [question.id]: value };
    if (this.errors[question.id]) {
      const { [question.id]: _gone, ...rest } = this.errors;
      this.errors = rest;
    }
    this.#save();
  }

  #visible(index: number): Question[] {
    return (this.data?.survey.sections[index]?.questions ?? []).filter((question) => isShown(question, this.answers));
  }

  async #go(page: number, focus = '#page-title') {
    this.page = page;
    this.errors = {};
    this.#save();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  async #next() {
    const current = this.#pages[this.page];
    if (current?.name === 'section' && this.data) {
      const errors = checkAnswers(this.data.survey, this.answers, this.#visible(current.index));
      if (Object.keys(errors).length) {
        this.errors = errors;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
        return;
      }
    }
    await this.#go(this.page + 1);
  }

  get #pendingOutbox() {
    const client = this.client;
    if (!client) return undefined;
    this.#outbox ??= new Outbox(`mocharaka:outbox:consultation:${this.backend ? 'custom' : resolveEndpoint(this)}`, ({ target, payload, idempotencyKey }) =>
      client.respondToConsultation(target, payload, { idempotencyKey }),
    );
    return this.#outbox;
  }

  #flushOutbox = async () => {
    const outbox = this.#pendingOutbox;
    if (!outbox || outbox.pending().length === 0) return;
    const targets = new Map(outbox.pending().map((entry) => [entry.idempotencyKey, entry.target]));
    const outcomes = await outbox.flush();
    for (const [key, outcome] of outcomes) {
      if (targets.get(key) === this.consultation && outcome.state !== 'queued') this.#settle(outcome);
    }
    this.queued = outbox.pending().some((entry) => entry.target === this.consultation);
  };

  async #submit() {
    const outbox = this.#pendingOutbox;
    const id = this.consultation;
    if (this.sending || !outbox || !id || !this.data) return;
    const answers = pruneAnswers(this.data.survey, this.answers);
    const errors = checkAnswers(this.data.survey, answers);
    if (Object.keys(errors).length) return this.#showServerErrors(errors);
    const profile = Object.fromEntries(Object.entries(this.profile).filter(([, value]) => value)) as ProfileInput;
    this.sending = true;
    this.failure = undefined;
    const outcome = await outbox.submit(id, { participantToken: this.#token, answers, ...(Object.keys(profile).length ? { profile } : {}) }, newIdempotencyKey());
    this.sending = false;
    if (outcome.state === 'queued') {
      this.queued = true;
      this.reportError({ code: outcome.error.code, status: outcome.error.status, message: outcome.error.message });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#queued')?.focus();
      return;
    }
    this.#settle(outcome);
  }

  #settle(outcome: SendOutcome<ConsultationReceipt>) {
    if (outcome.state === 'sent') {
      const receipt = { consultationId: this.consultation!, ...outcome.result.receipt };
      this.receipt = receipt;
      this.queued = false;
      write(this.#key('receipt'), receipt);
      write(this.#key('draft'), undefined);
      if (!this.#announced.has(receipt.reference)) {
        this.#announced.add(receipt.reference);
        this.dispatchEvent(new MocharakaConsultationSubmittedEvent(receipt));
      }
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#thanks')?.focus());
      return;
    }
    const { error } = outcome;
    this.reportError({ code: error.code, status: error.status, message: error.message });
    if (outcome.state === 'queued') return;
    if (error.code === 'already_responded') {
      this.already = true;
      write(this.#key('draft'), undefined);
      return;
    }
    if (error.status === 422 && Object.keys(error.fields).length) return this.#showServerErrors(error.fields as Record<string, FieldErrorCode>);
    this.failure = error;
    if (error.code === 'consultation_closed') void this.#load();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#failure')?.focus());
  }

  /** Goes to the first section with a problem and shows them there. */
  async #showServerErrors(errors: Record<string, FieldErrorCode>) {
    const sections = this.data?.survey.sections ?? [];
    const index = sections.findIndex((section) => section.questions.some((question) => errors[question.id]));
    if (index < 0) {
      this.failure = new ApiError(422, 'validation_failed', 'invalid', errors);
      return;
    }
    this.page = index + 1;
    this.errors = errors;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  protected override renderContent() {
    if (!this.client) return this.renderMissingEndpoint();
    if (!this.consultation) return this.renderConfigError('missing_consultation', messages.missingAttribute('<mocharaka-consultation>', 'consultation'));
    if (this.loadError) {
      return html`<div class="notice error" role="alert"><p>${describeApiError(this.loadError)}</p>
        <button class="button secondary" type="button" @click=${() => this.#load()}>${messages.retry()}</button></div>`;
    }
    const data = this.data;
    if (!data) return html`<p role="status" aria-busy="true">${messages.loading()}</p>`;
    return html`<article aria-labelledby="title">
      <h2 id="title">${t(data.title, this.locale)}</h2>
      ${this.#renderBody(data)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </article>`;
  }

  /** What the screens read and may ask for; the state stays here. */
  get #view(): ConsultationView {
    return {
      locale: this.locale,
      root: this.renderRoot as ShadowRoot,
      page: this.page,
      answers: this.answers,
      profile: this.profile,
      errors: this.errors,
      failure: this.failure,
      sending: this.sending,
      survey: this.survey,
      openParagraphs: this.openParagraphs,
      go: (page) => void this.#go(page),
      next: () => void this.#next(),
      back: () => void this.#go(this.page - 1),
      submit: () => void this.#submit(),
      set: (question, value) => this.#set(question, value),
      setProfile: (field, value) => {
        this.profile = { ...this.profile, [field]: value || undefined };
        this.#save();
      },
      announce: (text) => (this.announcement = text),
      focus: (id) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus()),
      openParagraph: (key) => void this.#openParagraph(key),
    };
  }

  #renderBody(data: Consultation) {
    if (this.receipt) return renderThanks(this.locale, this.receipt);
    if (this.already) return renderAlready();
    if (data.status === 'upcoming') return renderUpcoming(this.locale, data);
    if (data.status === 'closed') return renderClosed(this.locale, data, this.results, this.resultsModule);
    if (this.queued) {
      return html`<div class="notice" id="queued" tabindex="-1" role="status"><p>${messages.savedOffline()}</p>
        <button class="button secondary" type="button" @click=${this.#flushOutbox}>${msg('Send now')}</button></div>`;
    }
    const pages = this.#pages;
    const page = pages[this.page] ?? pages[0]!;
    if (!this.survey) return html`<p role="status" aria-busy="true">${messages.loading()}</p>`;
    const view = this.#view;
    if (page.name === 'intro') return renderIntro(view, data);
    const steps = pages.length - 1;
    return html`<div class="progress" part="progress">
        <p id="progress-label">${msg(str`Step ${this.page} of ${steps}`)}</p>
        <progress max=${steps} .value=${this.page} aria-labelledby="progress-label"></progress>
      </div>
      ${page.name === 'section'
        ? renderSection(view, data, page.index, this.#visible(page.index))
        : page.name === 'profile'
          ? renderProfile(view, data)
          : renderReview(view, data)}`;
  }

  async #openParagraph(key: string) {
    this.openParagraphs = new Set([...this.openParagraphs, key]);
    const [questionId, paragraphId] = key.split('/');
    const question = this.data?.survey.sections.flatMap((section) => section.questions).find((one) => one.id === questionId);
    const index = question?.kind === 'passage' ? question.paragraphs.findIndex((one) => one.id === paragraphId) : -1;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#q-${questionId}-${index}`)?.focus();
  }
}
