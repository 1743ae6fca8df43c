import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ResourceController,
  SATISFACTION_LEVELS,
  defineElement,
  formatDateTime,
  formatMonth,
  formatNumber,
  formatPercent,
  pickText,
  renderBar,
  chartStyles,
  type AdminRating,
  type AdminRatingList,
  type LocalizedText,
  type Locale,
  type Service,
  type ServiceSummary,
} from '@mocharaka/core';
import type { AuditQuery } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import '../audit/audit-trail.js';
import type { ConsoleAuditTrail } from '../audit/audit-trail.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import { describeStaffError } from '../../shell/staff-messages.js';
import { KIOSK_ID_PATTERN, kioskPage, kioskUrl } from './kiosk-setup.js';
import { renderScore } from './score-labels.js';

const PAGE_SIZE = 50;

/**
 * One service for staff: its scores (read only), the ratings' comments to hide or show
 * again, the CSV export, and the set-up of a counter tablet.
 */
export class ConsoleService extends ConsoleScreen {
  /** Kept between renders: a new filter object would load the trail again. */
  #auditFilter: AuditQuery = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) this.#auditFilter = { resourceType: 'service', resourceId: this.params.id };
  }

  #refreshAudit() {
    void this.renderRoot.querySelector<ConsoleAuditTrail>('console-audit-trail')?.refresh();
  }

  #renderAudit() {
    return html`<section aria-labelledby="audit-title">
      <h2 id="audit-title">${msg('Audit trail of this service')}</h2>
      <console-audit-trail
        .api=${this.api}
        .session=${this.session}
        .filter=${this.#auditFilter}
        label=${msg('Audit trail of this service')}
      ></console-audit-trail>
    </section>`;
  }

  static override styles = [...ConsoleScreen.styles, chartStyles];

  #service = new ResourceController(this, {
    args: () => (this.api && this.params.id ? ([this.api, this.params.id] as const) : undefined),
    load: async ([api, id]: readonly [StaffApi, string], signal) => {
      const path = `/v1/services/${encodeURIComponent(id)}`;
      const [service, summary] = await Promise.all([
        api.get<Service>(path, undefined, signal),
        api.get<ServiceSummary>(`${path}/summary`, undefined, signal),
      ]);
      return { service, summary };
    },
  });

  #ratings = new ResourceController(this, {
    args: () => (this.api && this.params.id && this.may('editor', 'moderator') ? ([this.api, this.params.id] as const) : undefined),
    load: ([api, id]: readonly [StaffApi, string], signal) =>
      api.get<AdminRatingList>(`/v1/admin/services/${encodeURIComponent(id)}/ratings`, { limit: PAGE_SIZE }, signal),
    onLoaded: (list) => {
      this.ratings = list.items;
      this.nextCursor = list.nextCursor;
    },
  });

  @state() private ratings: AdminRating[] = [];
  @state() private nextCursor?: string;
  @state() private onlyComments = true;
  @state() private busy = false;
  @state() private failure?: unknown;
  @state() private kioskId = 'counter-1';
  @state() private kioskLocale: Locale = 'ar';
  @state() private copied = '';

  protected override render() {
    return renderResource(
      this.#service,
      ({ service, summary }) => html`
        ${this.#renderScores(service, summary)}
        ${this.may('editor', 'moderator') ? html`${this.#renderComments(service)} ${this.#renderExports(service)}` : nothing}
        ${this.#renderKiosk(service)} ${this.#renderAudit()}
      `,
    );
  }

  #text(text: LocalizedText) {
    const picked = pickText(text, this.locale);
    return html`<span lang=${picked.lang} dir=${picked.dir}>${picked.text}</span>`;
  }

  #tagLabel(service: Service, tagId: string) {
    const tag = service.tags?.find((one) => one.id === tagId);
    return tag ? this.#text(tag.label) : html`<span class="ltr">${tagId}</span>`;
  }

  #renderScores(service: Service, summary: ServiceSummary): TemplateResult {
    const n = (value: number) => formatNumber(this.locale, value);
    return html`<section aria-labelledby="scores-title">
      <h2 id="scores-title">${this.#text(service.name)}</h2>
      <p>${renderScore(summary, this.locale)}</p>
      ${this.may('editor') ? html`<div class="actions"><a class="button secondary" href=${consoleHref(`/satisfaction/${service.id}/edit`)}>${msg('Edit the service and its tags')}</a></div>` : nothing}
      <div class="columns">
        <div class="table-wrap" role="region" aria-labelledby="levels-caption" tabindex="0">
          <table class="chart">
            <caption id="levels-caption">
              ${msg('Ratings per level')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${msg('Level')}</th>
                <th scope="col">${msg('Ratings')}</th>
                <th scope="col">${msg('Share')}</th>
              </tr>
            </thead>
            <tbody>
              ${[...SATISFACTION_LEVELS].reverse().map((level) => {
                const count = summary.distribution[String(level) as '1'] ?? 0;
                const share = summary.count ? count / summary.count : 0;
                return html`<tr>
                  <th scope="row">${msg(str`${n(level)} of 5`)}</th>
                  <td>${n(count)}</td>
                  <td><span class="share">${formatPercent(this.locale, share)}</span>${renderBar(share)}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
        ${
          summary.topTags?.length
            ? html`<div class="table-wrap" role="region" aria-labelledby="tags-caption" tabindex="0">
                <table>
                  <caption id="tags-caption">
                    ${msg('Most chosen tags')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${msg('Tag')}</th>
                      <th scope="col" class="number">${msg('Times chosen')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${summary.topTags.map(
                      (tag) =>
                        html`<tr>
                          <th scope="row">${this.#tagLabel(service, tag.tagId)}</th>
                          <td class="number">${n(tag.count)}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
            : nothing
        }
      </div>
      ${
        summary.trend?.length
          ? html`<div class="table-wrap" role="region" aria-labelledby="trend-caption" tabindex="0">
              <table>
                <caption id="trend-caption">
                  ${msg('Month by month')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Month')}</th>
                    <th scope="col" class="number">${msg('Ratings')}</th>
                    <th scope="col" class="number">${msg('Average')}</th>
                    <th scope="col" class="number">${msg('Satisfied')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${summary.trend.map(
                    (month) =>
                      html`<tr>
                        <th scope="row">${formatMonth(this.locale, month.month)}</th>
                        <td class="number">${n(month.count)}</td>
                        <td class="number">${formatNumber(this.locale, month.mean, { maximumFractionDigits: 1 })}</td>
                        <td class="number">${formatPercent(this.locale, month.satisfactionScore)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
    </section>`;
  }

  #renderComments(service: Service): TemplateResult {
    const shown = this.onlyComments ? this.ratings.filter((rating) => rating.comment) : this.ratings;
    const mayModerate = this.may('moderator');
    return html`<section aria-labelledby="comments-title">
      <h2 id="comments-title">${msg('Ratings and comments')}</h2>
      <p class="hint">
        ${msg('Hide a comment that insults or names someone: it stays on record but leaves the exports and the public view. Newest first.')}
      </p>
      <label class="choice">
        <input
          type="checkbox"
          .checked=${this.onlyComments}
          @change=${(event: Event) => (this.onlyComments = (event.target as HTMLInputElement).checked)}
        />
        <span>${msg('Only ratings with a comment')}</span>
      </label>
      ${this.failure ? html`<p class="notice error" role="alert">${describeStaffError(this.failure)}</p>` : nothing}
      ${renderResource(this.#ratings, () =>
        shown.length === 0
          ? html`<p>${msg('Nothing to show yet.')}</p>`
          : html`<ul class="plain ratings">
              ${shown.map(
                (rating) =>
                  html`<li class="panel">
                    <p>
                      <strong>${msg(str`${formatNumber(this.locale, rating.level)} of 5`)}</strong> ·
                      ${formatDateTime(this.locale, rating.createdAt)}
                      ${rating.channel === 'kiosk' ? html` · ${msg(str`kiosk ${rating.kioskId ?? ''}`)}` : nothing}
                      ${rating.hidden ? html` <span class="badge">${msg('Hidden')}</span>` : nothing}
                    </p>
                    ${rating.tags.length ? html`<p>${rating.tags.map((tag, i) => html`${i ? ', ' : ''}${this.#tagLabel(service, tag)}`)}</p>` : nothing}
                    ${rating.comment ? html`<p><bdi>${rating.comment}</bdi></p>` : nothing}
                    ${
                      rating.comment && mayModerate
                        ? html`<button
                            type="button"
                            class="button secondary"
                            id="toggle-${rating.id}"
                            ?disabled=${this.busy}
                            @click=${() => this.#setHidden(rating, !rating.hidden)}
                          >
                            ${rating.hidden ? msg('Show the comment again') : msg('Hide the comment')}
                          </button>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`,
      )}
      ${
        this.nextCursor
          ? html`<button type="button" class="button secondary" ?disabled=${this.busy} @click=${() => this.#more(service)}>
              ${msg('Show older ratings')}
            </button>`
          : nothing
      }
    </section>`;
  }

  async #setHidden(rating: AdminRating, hidden: boolean) {
    this.busy = true;
    this.failure = undefined;
    try {
      const updated = await this.api.send<AdminRating>(
        'POST',
        `/v1/admin/ratings/${encodeURIComponent(rating.id)}/${hidden ? 'hide' : 'unhide'}`,
      );
      this.ratings = this.ratings.map((one) => (one.id === rating.id ? { ...one, ...updated, hidden } : one));
      this.#refreshAudit();
    } catch (cause) {
      this.failure = cause;
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#toggle-${CSS.escape(rating.id)}`)?.focus();
  }

  async #more(service: Service) {
    this.busy = true;
    this.failure = undefined;
    try {
      const page = await this.api.get<AdminRatingList>(`/v1/admin/services/${encodeURIComponent(service.id)}/ratings`, {
        limit: PAGE_SIZE,
        cursor: this.nextCursor,
      });
      this.ratings = [...this.ratings, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (cause) {
      this.failure = cause;
    } finally {
      this.busy = false;
    }
  }

  #renderExports(service: Service): TemplateResult {
    return html`<section aria-labelledby="exports-title">
      <h2 id="exports-title">${msg('Export')}</h2>
      <p class="hint">${msg('Every rating with its tags and comment, hidden comments left out.')}</p>
      <a class="button secondary" download href=${this.api.href(`/v1/admin/services/${encodeURIComponent(service.id)}/ratings.csv`)}
        >${msg('Download the ratings (CSV)')}</a
      >
    </section>`;
  }

  #renderKiosk(service: Service): TemplateResult {
    const valid = KIOSK_ID_PATTERN.test(this.kioskId);
    const settings = { serviceId: service.id, kioskId: this.kioskId, locale: this.kioskLocale, origin: location.origin };
    const page = kioskPage(settings);
    const url = kioskUrl(settings);
    return html`<section aria-labelledby="kiosk-title">
      <h2 id="kiosk-title">${msg('Counter tablet (kiosk)')}</h2>
      <p class="hint">
        ${msg('A tablet at the counter shows big faces to tap; it returns to the start after each rating and limits ratings per tablet. Give each tablet its own name.')}
      </p>
      <div class="row">
        <div class="field">
          <label for="kiosk-id">${msg('Name of this tablet')}</label>
          <p class="hint" id="kiosk-id-hint">${msg('Lower-case letters, digits and dashes, e.g. counter-1.')}</p>
          <input
            id="kiosk-id"
            dir="ltr"
            .value=${this.kioskId}
            aria-invalid=${valid ? 'false' : 'true'}
            aria-describedby=${valid ? 'kiosk-id-hint' : 'kiosk-id-hint kiosk-id-error'}
            @input=${(event: Event) => (this.kioskId = (event.target as HTMLInputElement).value.trim())}
          />
          ${valid ? nothing : html`<p class="error-text" id="kiosk-id-error">${msg('Use lower-case letters, digits and dashes only.')}</p>`}
        </div>
        <div class="field">
          <label for="kiosk-language">${msg('Language of the tablet')}</label>
          <select id="kiosk-language" @change=${(event: Event) => (this.kioskLocale = (event.target as HTMLSelectElement).value as Locale)}>
            <option value="ar" ?selected=${this.kioskLocale === 'ar'}>العربية</option>
            <option value="fr" ?selected=${this.kioskLocale === 'fr'}>Français</option>
            <option value="zgh" ?selected=${this.kioskLocale === 'zgh'}>ⵜⴰⵎⴰⵣⵉⵖⵜ</option>
          </select>
        </div>
      </div>
      ${
        valid
          ? html`<h3>${msg('Either: open this address on the tablet')}</h3>
              <p class="hint">
                ${msg('Sign in once on the tablet, then press “Start the kiosk”: it stays on full screen and keeps counting after the session ends.')}
              </p>
              <pre id="kiosk-url">${url}</pre>
              <div class="actions">
                <button type="button" class="button secondary" @click=${() => this.#copy(url, 'url')}>${msg('Copy the address')}</button>
                <a class="button secondary" href=${url}>${msg('Open the kiosk here')}</a>
              </div>
              <h3>${msg('Or: save this page on the tablet or the commune’s site')}</h3>
              <pre id="kiosk-page">${page}</pre>
              <div class="actions">
                <button type="button" class="button secondary" @click=${() => this.#copy(page, 'page')}>${msg('Copy the page')}</button>
              </div>
              <p role="status">${this.copied}</p>`
          : nothing
      }
    </section>`;
  }

  async #copy(text: string, what: 'url' | 'page') {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = what === 'url' ? msg('The address is copied.') : msg('The page is copied.');
    } catch {
      this.copied = msg('Copying is not allowed here: select the text and copy it.');
    }
  }
}

defineElement('console-service', ConsoleService);
