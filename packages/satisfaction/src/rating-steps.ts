import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import {
  COMMENT_MAX_LENGTH,
  SATISFACTION_LEVELS,
  describeApiError,
  formatNumber,
  messages,
  pickText,
  type ApiError,
  type Locale,
  type Service,
} from '@mocharaka/core';
import { face } from './faces.js';
import { levelLabel } from './level-labels.js';
import type { SatisfactionMode } from './satisfaction.element.js';

/** What the rating screens read from the element, and what they ask it to do. */
export interface RatingView {
  locale: Locale;
  mode: SatisfactionMode;
  services: readonly Service[];
  serviceId: string | undefined;
  /** True when no `service` attribute fixes the service: the citizen may pick another. */
  canChooseService: boolean;
  queued: boolean;
  chosenTags: ReadonlySet<string>;
  comment: string;
  rate(level: number): void;
  pick(serviceId: string): void;
  showPicker(): void;
  toggleTag(tagId: string, checked: boolean): void;
  setComment(comment: string): void;
  sendDetails(event: SubmitEvent): void;
  skip(): void;
  rateAgain(): void;
  close(): void;
  sendNow(): void;
}

function serviceName(view: RatingView, serviceId: string | undefined) {
  const service = view.services.find((one) => one.id === serviceId);
  if (!service) return nothing;
  const name = pickText(service.name, view.locale);
  return html`<bdi lang=${name.lang} dir=${name.dir}>${name.text}</bdi>`;
}

function queuedNotice(view: RatingView) {
  if (!view.queued) return nothing;
  return html`<div class="notice" role="status">
    <p>${messages.savedOffline()}</p>
    ${
      view.mode === 'kiosk'
        ? nothing
        : html`<button class="button secondary" type="button" @click=${() => view.sendNow()}>${msg('Send now')}</button>`
    }
  </div>`;
}

export function renderPicker(view: RatingView) {
  return html`<h2 id="pick-title">${msg('Which service did you use?')}</h2>
    <ul class="services" aria-labelledby="pick-title">
      ${view.services.map(
        (service) => html`<li><button class="button secondary service" type="button" @click=${() => view.pick(service.id)}>
          ${serviceName(view, service.id)}
        </button></li>`,
      )}
    </ul>`;
}

/** The five faces: one tap records the rating. */
export function renderFaces(view: RatingView, error?: ApiError) {
  return html`
    ${error ? html`<div class="notice error" role="alert">${describeApiError(error)}</div>` : nothing}
    ${queuedNotice(view)}
    <h2 id="rate-title" tabindex="-1">${msg(html`How satisfied are you with ${serviceName(view, view.serviceId)}?`)}</h2>
    <p class="hint" id="rate-hint">${msg('One tap is enough: your answer is recorded at once.')}</p>
    <ul class="faces" aria-labelledby="rate-title" aria-describedby="rate-hint">
      ${SATISFACTION_LEVELS.map(
        (level) => html`<li><button type="button" class="face-button" part="level" data-level=${level} id="level-${level}"
          @click=${() => view.rate(level)}>
          ${face(level)}<span>${levelLabel(level)}</span>
        </button></li>`,
      )}
    </ul>
    ${
      view.canChooseService
        ? html`<button class="link" type="button" @click=${() => view.showPicker()}>${msg('Choose another service')}</button>`
        : nothing
    }
  `;
}

/** The optional follow-up: what went well or wrong, and a comment (none on a kiosk). */
export function renderDetails(view: RatingView, level: number) {
  const service = view.services.find((one) => one.id === view.serviceId);
  const kinds = level >= 4 ? ['positive'] : level <= 2 ? ['negative'] : ['positive', 'negative'];
  const tags = (service?.tags ?? []).filter((tag) => kinds.includes(tag.kind));
  const remaining = COMMENT_MAX_LENGTH - view.comment.length;
  return html`<form class="details" novalidate @submit=${(event: SubmitEvent) => view.sendDetails(event)}>
    <p class="notice" role="status">
      ${face(level)}<span>${msg(str`Recorded: ${levelLabel(level)}. Thank you!`)}</span>
    </p>
    ${queuedNotice(view)}
    <h2 id="details-title" tabindex="-1">${msg('Tell us more (optional)')}</h2>
    ${
      tags.length
        ? html`<fieldset class="tags">
          <legend>${level >= 4 ? msg('What went well?') : level <= 2 ? msg('What went wrong?') : msg('What mattered most?')}</legend>
          ${tags.map((tag) => {
            const label = pickText(tag.label, view.locale);
            return html`<label class="tag" part="tag">
              <input type="checkbox" .checked=${view.chosenTags.has(tag.id)}
                @change=${(event: Event) => view.toggleTag(tag.id, (event.target as HTMLInputElement).checked)} />
              <span lang=${label.lang} dir=${label.dir}>${label.text}</span>
            </label>`;
          })}
        </fieldset>`
        : nothing
    }
    ${
      view.mode === 'kiosk'
        ? nothing
        : html`<div class="field">
          <label for="comment">${msg('Your comment (optional)')}</label>
          <p class="hint" id="comment-hint">
            ${msg(str`Do not write personal information. Characters left: ${formatNumber(view.locale, remaining)}.`)}
          </p>
          <textarea id="comment" rows="3" maxlength=${COMMENT_MAX_LENGTH} dir="auto" aria-describedby="comment-hint"
            .value=${view.comment}
            @input=${(event: InputEvent) => view.setComment((event.target as HTMLTextAreaElement).value)}></textarea>
        </div>`
    }
    <div class="actions">
      <button class="button" type="submit" part="submit">${msg('Send')}</button>
      <button class="button secondary" type="button" @click=${() => view.skip()}>${msg('Skip')}</button>
    </div>
  </form>`;
}

export function renderThanks(view: RatingView) {
  return html`<div class="thanks" id="thanks" tabindex="-1" role="status">
    <h2>${msg('Thank you!')}</h2>
    <p>${msg('Your opinion was recorded. It helps the commune improve this service.')}</p>
    ${queuedNotice(view)}
    ${
      view.mode === 'kiosk'
        ? nothing
        : view.mode === 'button'
          ? html`<button class="button secondary" type="button" @click=${() => view.close()}>${msg('Close')}</button>`
          : html`<button class="button secondary" type="button" @click=${() => view.rateAgain()}>${msg('Give another opinion')}</button>`
    }
  </div>`;
}
