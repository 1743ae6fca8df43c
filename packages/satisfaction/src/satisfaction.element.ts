import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ApiError,
  COMMENT_MAX_LENGTH,
  MocharakaElement,
  MocharakaLoadedEvent,
  Outbox,
  RatingInput,
  SATISFACTION_LEVELS,
  describeApiError,
  describeFieldError,
  formatNumber,
  messages,
  pickText,
  registerCatalog,
  renderErrorSummary,
  renderFieldError,
  resolveEndpoint,
  type FieldProblem,
  type RatingReceipt,
  type SatisfactionBackend,
  type Service,
} from '@mocharaka/core';
import { face } from './faces.js';
import { satisfactionCatalog } from './locales.js';
import { MocharakaSatisfactionRatedEvent } from './satisfaction.events.js';
import { satisfactionStyles } from './satisfaction.styles.js';

registerCatalog(satisfactionCatalog);

type Phase =
  | { name: 'loading' }
  | { name: 'load-failed'; error: ApiError }
  | { name: 'form'; submitting: boolean; error?: ApiError }
  | { name: 'queued'; error: ApiError }
  | { name: 'thanks'; receipt: RatingReceipt };

type RatingPayload = ReturnType<typeof RatingInput.parse>;

function levelLabel(level: number): string {
  switch (level) {
    case 1:
      return msg('Very dissatisfied');
    case 2:
      return msg('Dissatisfied');
    case 3:
      return msg('Neither satisfied nor dissatisfied');
    case 4:
      return msg('Satisfied');
    default:
      return msg('Very satisfied');
  }
}

/**
 * A satisfaction meter for one commune service: five faces with words, an optional
 * comment, and a thank-you. A rating is stored on the device before it is sent, so a
 * citizen on a failing network loses nothing; the server counts it once.
 *
 * @summary Rate a commune service.
 * @tag mocharaka-satisfaction
 *
 * @event mocharaka-satisfaction-rated - The server recorded a rating; `detail` is the receipt.
 * @event mocharaka-error - Something failed; `detail` has `code`, `status` and `message`.
 * @event mocharaka-loaded - The service was loaded and the form is shown.
 *
 * @slot - Shown until the element is ready, and without JavaScript.
 *
 * @csspart base - The element's box.
 * @csspart level - Each of the five rating choices.
 * @csspart submit - The submit button.
 *
 * @cssproperty --mocharaka-color-primary - The commune's colour: buttons, selected face.
 * @cssproperty --mocharaka-font-family - Font of the whole element.
 * @cssproperty --mocharaka-radius - Corner radius.
 */
export class MocharakaSatisfaction extends MocharakaElement<SatisfactionBackend> {
  static override styles = [...MocharakaElement.styles, satisfactionStyles];

  /** Id of the service to rate, as listed by `GET /v1/services` (e.g. `civil-status`). */
  @property({ reflect: true }) service?: string;

  @state() private phase: Phase = { name: 'loading' };
  @state() private serviceData?: Service;
  @state() private level?: number;
  @state() private comment = '';
  @state() private showErrors = false;

  #outbox?: Outbox<RatingPayload, RatingReceipt>;
  #loadRequest = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#flushOutbox);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#flushOutbox);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('service') || changed.has('endpoint') || changed.has('backend')) {
      this.#outbox = undefined;
      void this.#load();
    }
  }

  async #load() {
    const request = ++this.#loadRequest;
    const client = this.client;
    if (!client || !this.service) return;
    this.phase = { name: 'loading' };
    try {
      const service = await client.getService(this.service);
      if (request !== this.#loadRequest) return;
      this.serviceData = service;
      this.phase = { name: 'form', submitting: false };
      this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'service', id: service.id }));
      void this.#flushOutbox();
    } catch (cause) {
      if (request !== this.#loadRequest) return;
      const error = cause instanceof ApiError ? cause : ApiError.network(cause);
      this.phase = { name: 'load-failed', error };
      this.reportError({ code: error.code, status: error.status, message: error.message });
    }
  }

  get #pendingOutbox(): Outbox<RatingPayload, RatingReceipt> | undefined {
    const client = this.client;
    if (!client) return undefined;
    const scope = this.backend ? 'custom' : resolveEndpoint(this);
    this.#outbox ??= new Outbox(`mocharaka:outbox:satisfaction:${scope}`, (entry) =>
      client.rateService(entry.target, entry.payload, { idempotencyKey: entry.idempotencyKey }),
    );
    return this.#outbox;
  }

  /** Sends ratings left on this device by an earlier visit or a lost connection. */
  #flushOutbox = async () => {
    const outbox = this.#pendingOutbox;
    if (!outbox || outbox.pending().length === 0) return;
    for (const outcome of await outbox.flush()) {
      if (outcome.state === 'sent') this.#recorded(outcome.result);
    }
  };

  #recorded(receipt: RatingReceipt) {
    const wasWaiting = this.phase.name === 'queued' || (this.phase.name === 'form' && this.phase.submitting);
    if (wasWaiting && receipt.serviceId === this.service) {
      this.phase = { name: 'thanks', receipt };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#thanks')?.focus());
    }
    this.dispatchEvent(new MocharakaSatisfactionRatedEvent(receipt));
  }

  get #problems(): FieldProblem[] {
    if (!this.showErrors) return [];
    const problems: FieldProblem[] = [];
    if (this.level === undefined) problems.push({ fieldId: 'level-1', message: msg('Choose how satisfied you are.') });
    const serverFields = this.phase.name === 'form' ? this.phase.error?.fields ?? {} : {};
    if (this.comment.length > COMMENT_MAX_LENGTH || serverFields.comment) {
      problems.push({ fieldId: 'comment', message: describeFieldError(serverFields.comment ?? 'too_long') });
    }
    return problems;
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.phase.name !== 'form' || this.phase.submitting || !this.service) return;
    const parsed = RatingInput.safeParse({ level: this.level, comment: this.comment || undefined, channel: 'web' });
    this.showErrors = true;
    if (!parsed.success) {
      this.phase = { name: 'form', submitting: false };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      return;
    }
    this.phase = { name: 'form', submitting: true };
    const outcome = await this.#pendingOutbox!.submit(this.service, parsed.data);
    if (outcome.state === 'sent') {
      this.#recorded(outcome.result);
      this.level = undefined;
      this.comment = '';
      this.showErrors = false;
    } else {
      const { error } = outcome;
      this.phase = outcome.state === 'queued' ? { name: 'queued', error } : { name: 'form', submitting: false, error };
      this.reportError({ code: error.code, status: error.status, message: error.message });
    }
  }

  #rateAgain() {
    this.phase = { name: 'form', submitting: false };
  }

  protected override renderContent() {
    if (!this.client) return this.renderMissingEndpoint();
    if (!this.service) return this.renderConfigError('missing_service', messages.missingAttribute(`<${this.localName}>`, 'service'));
    switch (this.phase.name) {
      case 'loading':
        return html`<p role="status" aria-busy="true">${messages.loading()}</p>`;
      case 'load-failed':
        return html`<div class="notice error" role="alert">
          <p>${describeApiError(this.phase.error)}</p>
          <button class="button secondary" type="button" @click=${() => this.#load()}>${messages.retry()}</button>
        </div>`;
      case 'thanks':
        return html`<div class="thanks" id="thanks" tabindex="-1" role="status">
          <h2>${msg('Thank you!')}</h2>
          <p>${msg('Your opinion was recorded. It helps the commune improve this service.')}</p>
          <button class="button secondary" type="button" @click=${this.#rateAgain}>${msg('Give another opinion')}</button>
        </div>`;
      default:
        return this.#renderForm();
    }
  }

  #renderServiceName() {
    if (!this.serviceData) return nothing;
    const name = pickText(this.serviceData.name, this.locale);
    return html`<bdi lang=${name.lang} dir=${name.dir}>${name.text}</bdi>`;
  }

  #renderForm() {
    const submitting = this.phase.name === 'form' && this.phase.submitting;
    const submitError = this.phase.name === 'form' ? this.phase.error : undefined;
    const queued = this.phase.name === 'queued' ? this.phase.error : undefined;
    const problems = this.#problems;
    const levelError = problems.find((problem) => problem.fieldId === 'level-1')?.message;
    const commentError = problems.find((problem) => problem.fieldId === 'comment')?.message;
    const remaining = COMMENT_MAX_LENGTH - this.comment.length;
    return html`
      <form novalidate @submit=${this.#submit} aria-busy=${submitting ? 'true' : 'false'}>
        ${renderErrorSummary(this.renderRoot as ShadowRoot, problems)}
        ${submitError && problems.length === 0
          ? html`<div class="notice error" role="alert">${describeApiError(submitError)}</div>`
          : nothing}
        ${queued
          ? html`<div class="notice" role="status">
              <p>${messages.savedOffline()}</p>
              <button class="button secondary" type="button" @click=${this.#flushOutbox}>${msg('Send now')}</button>
            </div>`
          : nothing}
        <fieldset class="levels" aria-describedby=${levelError ? 'level-error' : nothing} ?disabled=${!!queued}>
          <legend>
            <h2>${msg(html`How satisfied are you with ${this.#renderServiceName()}?`)}</h2>
          </legend>
          ${renderFieldError('level-error', levelError)}
          <div class="choices">
            ${SATISFACTION_LEVELS.map(
              (level) => html`<label class="choice" part="level" data-level=${level}>
                <input
                  type="radio"
                  name="level"
                  id="level-${level}"
                  .value=${String(level)}
                  .checked=${this.level === level}
                  aria-invalid=${levelError ? 'true' : 'false'}
                  @change=${() => (this.level = level)}
                />
                ${face(level)}
                <span class="choice-label">${levelLabel(level)}</span>
              </label>`,
            )}
          </div>
        </fieldset>
        <div class="field">
          <label for="comment">${msg('Your comment (optional)')}</label>
          <p class="hint" id="comment-hint">
            ${msg(str`Do not write personal information. Characters left: ${formatNumber(this.locale, remaining)}.`)}
          </p>
          ${renderFieldError('comment-error', commentError)}
          <textarea
            id="comment"
            rows="3"
            maxlength=${COMMENT_MAX_LENGTH}
            dir="auto"
            .value=${this.comment}
            ?disabled=${!!queued}
            aria-invalid=${commentError ? 'true' : 'false'}
            aria-describedby=${commentError ? 'comment-hint comment-error' : 'comment-hint'}
            @input=${(event: InputEvent) => (this.comment = (event.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        ${queued
          ? nothing
          : html`<button class="button" type="submit" part="submit" ?disabled=${submitting}>
              ${submitting ? msg('Sending…') : msg('Send my opinion')}
            </button>`}
      </form>
    `;
  }
}
