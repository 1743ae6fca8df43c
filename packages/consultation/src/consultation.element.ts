import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import {
  ApiError,
  DraftController,
  LazyStyles,
  MocharakaElement,
  MocharakaLoadedEvent,
  ResourceController,
  SubmissionController,
  describeApiError,
  focusWhenRendered,
  isShown,
  questionsOf,
  registerCatalog,
  type ConsultationBackend,
  type ConsultationReceipt,
  type ConsultationResponseInput,
  type FieldErrorCode,
  type ProfileInput,
  type Question,
  type Settlement,
  consultationOverHttp,
} from '@mocharaka/core';
import { MocharakaConsultationSubmittedEvent, type ConsultationSubmittedDetail } from './consultation.events.js';
import { emptyDraft, isDraftEmpty, participantToken, readReceipt, restoreDraft, storageKey, writeReceipt } from './consultation-storage.js';
import { consultationStyles } from './consultation.styles.js';
import { consultationCatalog } from './locales.js';
import { t } from './text.js';
import type { ConsultationView } from './consultation-view.js';
import { renderIntro } from './consultation-intro.js';
import { renderSection } from './consultation-section.js';
// Static, not loaded after the data: an open consultation, the common case, renders its
// questions at once instead of one more round trip later.
import * as questions from './questions.js';

registerCatalog(consultationCatalog);

type Page = { name: 'intro' } | { name: 'section'; index: number } | { name: 'profile' } | { name: 'review' };

/** A consultation and what its state needs with it: the question renderers when open, the results (loaded) when published. */
async function loadConsultation(client: ConsultationBackend, id: string, signal: AbortSignal) {
  const data = await client.getConsultation(id, { signal });
  const published = data.status === 'closed' && data.resultsPublished;
  const [results, resultsModule] = await Promise.all([
    published ? client.getConsultationResults(id, { signal }) : undefined,
    published ? ApiError.lazyModule(import('./consultation-results.js')) : undefined,
  ]);
  return { data, results, resultsModule, survey: data.status === 'open' ? questions : undefined };
}

type Loaded = Awaited<ReturnType<typeof loadConsultation>>;

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
  static override styles = [...MocharakaElement.styles, consultationStyles];

  protected override readonly httpBackend = consultationOverHttp;

  static override properties: PropertyDeclarations = {
    consultation: { reflect: true },
    errors: { state: true, attribute: false },
    receipt: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    laterStepsFailure: { state: true, attribute: false },
    already: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    openParagraphs: { state: true, attribute: false },
  };

  /** Id of the consultation (e.g. `action-programme-priorities`), as listed by `GET /v1/consultations`. Required. */
  consultation?: string;

  private errors: Record<string, FieldErrorCode> = {};
  private receipt?: ConsultationSubmittedDetail;
  private failure?: ApiError;
  /** The later steps' module could not be downloaded: only a reload can bring it. */
  private laterStepsFailure?: ApiError;
  private already = false;
  private announcement = '';
  private openParagraphs = new Set<string>();

  /** Styles of the lazy chunks, adopted as they arrive (constructable sheets: a strict CSP allows them). */
  #lazyStyles = new LazyStyles(this);

  /** The profile, review and receipt pages, asked for when connected. */
  #laterSteps?: typeof import('./consultation-later-steps.js');

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadLaterSteps().then((later) => {
      if (!later) return;
      this.#lazyStyles.adopt(later.laterStepsStyles);
      this.requestUpdate();
    });
  }

  /** The later steps' module, or undefined (and `laterStepsFailure` shown) when it cannot be downloaded. */
  async #loadLaterSteps() {
    try {
      return (this.#laterSteps ??= await ApiError.lazyModule(import('./consultation-later-steps.js')));
    } catch (error) {
      this.laterStepsFailure = error as ApiError;
      return undefined;
    }
  }

  /** The later steps for what the citizen just asked, or the notice that they cannot load, focused. */
  async #laterStepsFor() {
    const later = await this.#loadLaterSteps();
    if (!later) void focusWhenRendered(this, '#later-steps-failed');
    return later;
  }

  #consultation = new ResourceController(this, {
    args: () => (this.client && this.consultation ? ([this.client, this.consultation] as const) : undefined),
    load: ([client, id], signal) => loadConsultation(client, id, signal),
    onLoaded: (_loaded, [, id]) => {
      if (this.#draft.value.page >= this.#pages.length) this.#draft.set({ page: this.#pages.length - 1 });
      this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'consultation', id }));
      void this.#responses.flush();
    },
    onFailed: (error, [, id]) => this.reportLoadError(error, id),
  });

  #draft = new DraftController(this, {
    key: () => this.#key('draft'),
    persistence: 'local',
    empty: emptyDraft,
    restore: restoreDraft,
    isEmpty: isDraftEmpty,
  });

  #responses = new SubmissionController<ConsultationResponseInput, ConsultationReceipt>(this, {
    storageKey: () => (this.client ? `mocharaka:outbox:consultation:${this.storageScope}` : undefined),
    send: ({ target, payload, idempotencyKey }) => this.client!.respondToConsultation(target, payload, { idempotencyKey }),
    receiptKey: ({ receipt }) => receipt.reference,
    onReceipt: ({ receipt }, { target }) =>
      this.dispatchEvent(new MocharakaConsultationSubmittedEvent({ consultationId: target, ...receipt })),
    onLaterSettled: (settlement, { target }) => target === this.consultation && this.#settle(settlement),
    onError: ({ code, status, message }) => this.reportError({ code, status, message }),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('consultation') || changed.has('endpoint') || changed.has('backend')) {
      const key = this.#key('receipt');
      Object.assign(this, { errors: {}, failure: undefined, already: false, receipt: key ? readReceipt(key) : undefined });
    }
  }

  #key(kind: 'draft' | 'token' | 'receipt'): string | undefined {
    return this.consultation ? storageKey(kind, this.storageScope, this.consultation) : undefined;
  }

  get #pages(): Page[] {
    const data = this.#consultation.data?.data;
    return [
      { name: 'intro' },
      ...(data?.survey.sections ?? []).map((_, index): Page => ({ name: 'section', index })),
      ...(data?.profile ? [{ name: 'profile' } as const] : []),
      { name: 'review' },
    ];
  }

  #visible(index: number): Question[] {
    const answers = this.#draft.value.answers;
    return (this.#consultation.data?.data.survey.sections[index]?.questions ?? []).filter((question) => isShown(question, answers));
  }

  #set(question: Question, value: unknown) {
    this.#draft.set({ answers: { ...this.#draft.value.answers, [question.id]: value } });
    const { [question.id]: gone, ...rest } = this.errors;
    if (gone) this.errors = rest;
  }

  #go(page: number, focus = '#page-title') {
    this.errors = {};
    this.#draft.set({ page });
    void focusWhenRendered(this, focus);
  }

  async #next() {
    const later = await this.#laterStepsFor();
    if (!later) return;
    const { checkAnswers } = later;
    const current = this.#pages[this.#draft.value.page];
    const data = this.#consultation.data?.data;
    if (current?.name === 'section' && data) {
      const errors = checkAnswers(data.survey, this.#draft.value.answers, this.#visible(current.index));
      if (Object.keys(errors).length) {
        this.errors = errors;
        return void focusWhenRendered(this, '#error-summary');
      }
    }
    this.#go(this.#draft.value.page + 1);
  }

  async #submit() {
    const id = this.consultation;
    const data = this.#consultation.data?.data;
    if (this.#responses.sending || !id || !data) return;
    const later = await this.#laterStepsFor();
    if (!later) return;
    const { checkAnswers, pruneAnswers } = later;
    const answers = pruneAnswers(data.survey, this.#draft.value.answers);
    const errors = checkAnswers(data.survey, answers);
    if (Object.keys(errors).length) return this.#showErrors(errors);
    const profile = Object.fromEntries(Object.entries(this.#draft.value.profile).filter(([, value]) => value)) as ProfileInput;
    this.failure = undefined;
    const response = {
      participantToken: participantToken(this.#key('token')!),
      answers,
      ...(Object.keys(profile).length ? { profile } : {}),
    };
    this.#settle(await this.#responses.submit(id, response));
  }

  /** Shows how a response ended, sent now or later from the outbox (then focus moves only from within). */
  #settle(settlement: Settlement<ConsultationReceipt>) {
    if (settlement.kind === 'queued') return void focusWhenRendered(this, '#queued');
    const later = settlement.later;
    if (settlement.kind === 'receipt') {
      this.receipt = { consultationId: this.consultation!, ...settlement.result.receipt };
      writeReceipt(this.#key('receipt')!, this.receipt);
      this.#draft.clear();
      return void focusWhenRendered(this, '#thanks', later);
    }
    const { error } = settlement;
    if (error.code === 'already_responded') {
      this.already = true;
      return this.#draft.clear();
    }
    if (error.status === 422 && Object.keys(error.fields).length) return this.#showErrors(error.fields as Record<string, FieldErrorCode>);
    this.failure = error;
    if (error.code === 'consultation_closed') void this.#consultation.refresh();
    void focusWhenRendered(this, '#failure', later);
  }

  /** Goes to the first section with a problem and shows them there. */
  #showErrors(errors: Record<string, FieldErrorCode>) {
    const sections = this.#consultation.data?.data.survey.sections ?? [];
    const index = sections.findIndex((section) => section.questions.some((question) => errors[question.id]));
    if (index < 0) return void (this.failure = new ApiError(422, 'validation_failed', 'invalid', errors));
    this.#draft.set({ page: index + 1 });
    this.errors = errors;
    void focusWhenRendered(this, '#error-summary');
  }

  #openParagraph(key: string) {
    this.openParagraphs = new Set([...this.openParagraphs, key]);
    const [questionId, paragraphId] = key.split('/');
    const question = questionsOf(this.#consultation.data!.data.survey).find((one) => one.id === questionId);
    const index = question?.kind === 'passage' ? question.paragraphs.findIndex((one) => one.id === paragraphId) : -1;
    void focusWhenRendered(this, `#q-${CSS.escape(questionId!)}-${index}`);
  }

  protected override renderContent() {
    if (!this.client) return this.renderMissingEndpoint();
    if (!this.consultation) return this.renderMissingAttribute('consultation');
    const { status, data: loaded, error } = this.#consultation;
    if (status === 'failed') return this.renderLoadFailed(error!, () => this.#consultation.retry(), this.consultation);
    if (status !== 'ready' || !loaded) return this.renderLoading();
    return html`<article aria-labelledby="title">
      <h2 id="title">${t(loaded.data.title, this.locale)}</h2>
      ${this.#renderBody(loaded)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </article>`;
  }

  /** What the screens read and may ask for; the state stays here. */
  get #view(): ConsultationView {
    const { answers, profile, page } = this.#draft.value;
    return {
      locale: this.locale,
      root: this.renderRoot as ShadowRoot,
      page,
      answers,
      profile,
      errors: this.errors,
      failure: this.failure,
      sending: this.#responses.sending,
      survey: this.#consultation.data?.survey,
      openParagraphs: this.openParagraphs,
      go: (page) => this.#go(page),
      next: () => void this.#next(),
      back: () => this.#go(this.#draft.value.page - 1),
      submit: () => void this.#submit(),
      set: (question, value) => this.#set(question, value),
      setProfile: (field, value) => this.#draft.set({ profile: { ...this.#draft.value.profile, [field]: value || undefined } }),
      announce: (text) => (this.announcement = text),
      focus: (id) => void focusWhenRendered(this, `#${CSS.escape(id)}`),
      openParagraph: (key) => this.#openParagraph(key),
    };
  }

  #renderBody({ data, results, resultsModule, survey }: Loaded) {
    const later = this.#laterSteps;
    const missing = () => (this.laterStepsFailure ? this.#renderLaterStepsFailed(this.laterStepsFailure) : this.renderLoading());
    if (this.receipt) return later ? later.renderThanks(this.locale, this.receipt) : missing();
    if (this.already) return later ? later.renderAlready() : missing();
    if (data.status === 'upcoming') return later ? later.renderUpcoming(this.locale, data) : missing();
    if (data.status === 'closed') {
      if (resultsModule) this.#lazyStyles.adopt(resultsModule.chartStyles, resultsModule.resultsStyles);
      return later ? later.renderClosed(this.locale, data, results, resultsModule) : missing();
    }
    if (!this.#responses.sending && this.#responses.pending(this.consultation).length > 0) {
      return later ? later.renderQueued(() => void this.#responses.flush()) : missing();
    }
    if (!survey) return this.renderLoading();
    const pages = this.#pages;
    const index = this.#draft.value.page;
    const page = pages[index] ?? pages[0]!;
    const view = this.#view;
    if (page.name === 'intro') return renderIntro(view, data);
    const steps = pages.length - 1;
    return html`<div class="progress" part="progress">
        <p id="progress-label">${msg(str`Step ${index} of ${steps}`)}</p>
        <progress max=${steps} .value=${index} aria-labelledby="progress-label"></progress>
      </div>
      ${this.laterStepsFailure && page.name === 'section' ? this.#renderLaterStepsFailed(this.laterStepsFailure) : nothing}
      ${
        page.name === 'section'
          ? renderSection(view, data, page.index, this.#visible(page.index))
          : !later
            ? missing()
            : page.name === 'profile'
              ? later.renderProfile(view, data)
              : later.renderReview(view, data)
      }`;
  }

  #renderLaterStepsFailed(failure: ApiError) {
    return html`<div class="notice error" id="later-steps-failed" tabindex="-1"><p>${describeApiError(failure)}</p></div>`;
  }
}
