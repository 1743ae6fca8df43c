import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ApiError,
  ResourceController,
  defineElement,
  formatDateTime,
  formatNumber,
  pickText,
  type AdminConsultationResponse,
  type Consultation,
  type ConsultationResults,
  type LocalizedText,
} from '@mocharaka/core';
import '@mocharaka/consultation/mocharaka-consultation.js';
import type { AuditQuery } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import '../audit/audit-trail.js';
import type { ConsoleAuditTrail } from '../audit/audit-trail.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import { describeStaffError } from '../../shell/staff-messages.js';
import { consultationStatusName } from './consultation-labels.js';
import { freeTextGroups, type FreeText } from './free-texts.js';
import { ResultsPreviewBackend } from './preview-backend.js';
import { profileFieldName } from './profile-names.js';

interface Overview {
  consultation: Consultation;
  results: ConsultationResults;
  /** Absent for a role that may not read the responses themselves (a viewer). */
  responses?: AdminConsultationResponse[];
}

/**
 * One consultation for staff: its window and responses, publishing (or withdrawing)
 * the results — with a warning and an explicit confirmation while citizens can still
 * answer —, picking the free-text answers the public results quote, the exports, and
 * the results as citizens will read them.
 */
export class ConsoleConsultationOverview extends ConsoleScreen {
  /** Kept between renders: a new filter object would load the trail again. */
  #auditFilter: AuditQuery = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) this.#auditFilter = { resourceType: 'consultation', resourceId: this.params.id };
  }

  #refreshAudit() {
    void this.renderRoot.querySelector<ConsoleAuditTrail>('console-audit-trail')?.refresh();
  }

  #renderAudit() {
    return html`<section aria-labelledby="audit-title">
      <h2 id="audit-title">${msg('Audit trail of this consultation')}</h2>
      <console-audit-trail
        .api=${this.api}
        .session=${this.session}
        .filter=${this.#auditFilter}
        label=${msg('Audit trail of this consultation')}
      ></console-audit-trail>
    </section>`;
  }

  #overview = new ResourceController(this, {
    args: () => (this.api && this.params.id ? ([this.api, this.params.id, this.#mayReadResponses] as const) : undefined),
    load: async ([api, id, withResponses]: readonly [StaffApi, string, boolean], signal): Promise<Overview> => {
      const path = `/v1/admin/consultations/${encodeURIComponent(id)}`;
      const [consultation, results, export_] = await Promise.all([
        api.get<Consultation>(`/v1/consultations/${encodeURIComponent(id)}`, undefined, signal),
        api.get<ConsultationResults>(`${path}/results`, undefined, signal),
        withResponses ? api.get<{ items: AdminConsultationResponse[] }>(`${path}/responses`, undefined, signal) : undefined,
      ]);
      return { consultation, results, responses: export_?.items };
    },
  });

  /** Editors and moderators read every response (free texts, exports); a viewer reads the counts. */
  get #mayReadResponses(): boolean {
    return this.may('editor', 'moderator');
  }

  @state() private confirming = false;
  @state() private understood = false;
  @state() private busy = false;
  @state() private failure?: unknown;
  @state() private notice = '';
  /** Free texts published or withdrawn on this screen since it loaded, by key. */
  @state() private toggled = new Map<string, boolean>();
  #focusAfterRender?: string;

  protected override updated(): void {
    if (!this.#focusAfterRender) return;
    this.renderRoot.querySelector<HTMLElement>(`#${this.#focusAfterRender}`)?.focus();
    this.#focusAfterRender = undefined;
  }

  protected override render() {
    return renderResource(
      this.#overview,
      (overview) => html`
        ${this.#renderFacts(overview)} ${this.#renderPublication(overview)} ${this.#renderExports(overview)}
        ${this.#renderProfile(overview)} ${this.#renderFreeTexts(overview)} ${this.#renderResultsPreview(overview)} ${this.#renderAudit()}
      `,
    );
  }

  #text(text: LocalizedText) {
    const picked = pickText(text, this.locale);
    return html`<span lang=${picked.lang} dir=${picked.dir}>${picked.text}</span>`;
  }

  #renderFacts({ consultation, results }: Overview): TemplateResult {
    return html`<section aria-labelledby="facts-title">
      <h2 id="facts-title">${this.#text(consultation.title)}</h2>
      <dl class="facts">
        <dt>${msg('Status')}</dt>
        <dd><span class="badge">${consultationStatusName(consultation.status)}</span></dd>
        <dt>${msg('Opens')}</dt>
        <dd>${formatDateTime(this.locale, consultation.opensAt)}</dd>
        <dt>${msg('Closes')}</dt>
        <dd>${formatDateTime(this.locale, consultation.closesAt)}</dd>
        <dt>${msg('Responses')}</dt>
        <dd>${formatNumber(this.locale, results.responseCount)}</dd>
        <dt>${msg('Results')}</dt>
        <dd>${consultation.resultsPublished ? msg('Published') : msg('Not published')}</dd>
      </dl>
      ${
        this.may('editor')
          ? html`<div class="actions">
              <a class="button secondary" href=${consoleHref(`/consultations/${consultation.id}/edit`)}>${msg('Edit the consultation')}</a>
            </div>`
          : nothing
      }
    </section>`;
  }

  #renderPublication({ consultation }: Overview): TemplateResult {
    const stillOpen = consultation.status !== 'closed';
    const published = consultation.resultsPublished;
    return html`<section aria-labelledby="publication-title">
      <h2 id="publication-title">${msg('Publication of the results')}</h2>
      <p>
        ${
          published
            ? msg('The results are public: the consultation’s element shows them once it closes, and the API serves them.')
            : msg('The results are not public yet.')
        }
      </p>
      ${
        this.confirming
          ? html`<div class="notice error" role="alert" id="publish-warning" tabindex="-1">
              <p>
                <strong>${msg('This consultation is still open.')}</strong>
                ${msg(str`Citizens can answer until ${formatDateTime(this.locale, consultation.closesAt)}. Published results can influence those who have not answered yet.`)}
              </p>
              <label class="choice">
                <input
                  type="checkbox"
                  id="publish-understood"
                  .checked=${this.understood}
                  @change=${(event: Event) => (this.understood = (event.target as HTMLInputElement).checked)}
                />
                <span>${msg('I understand, and publish the results while the consultation is open.')}</span>
              </label>
              <div class="actions">
                <button
                  type="button"
                  class="button danger"
                  id="publish-confirm"
                  ?disabled=${!this.understood || this.busy}
                  @click=${() => this.#setPublished(consultation, true, true)}
                >
                  ${msg('Publish the results now')}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  @click=${() => {
                    this.confirming = false;
                    this.#focusAfterRender = 'publish';
                  }}
                >
                  ${msg('Cancel')}
                </button>
              </div>
            </div>`
          : html`<div class="actions">
              ${
                published
                  ? html`<button
                      type="button"
                      class="button secondary"
                      id="unpublish"
                      ?disabled=${this.busy || !this.may('editor')}
                      @click=${() => this.#setPublished(consultation, false)}
                    >
                      ${msg('Withdraw the results')}
                    </button>`
                  : html`<button
                      type="button"
                      class="button"
                      id="publish"
                      ?disabled=${this.busy || !this.may('editor')}
                      @click=${() => {
                        if (stillOpen) {
                          this.confirming = true;
                          this.understood = false;
                          this.#focusAfterRender = 'publish-warning';
                        } else void this.#setPublished(consultation, true);
                      }}
                    >
                      ${msg('Publish the results')}
                    </button>`
              }
            </div>`
      }
      ${this.notice ? html`<p class="notice success" role="status">${this.notice}</p>` : nothing}
      ${this.failure ? html`<p class="notice error" role="alert">${describeStaffError(this.failure)}</p>` : nothing}
    </section>`;
  }

  /** `force`: staff confirmed publishing while citizens can still answer (the server asks for it then). */
  async #setPublished(consultation: Consultation, published: boolean, force = false) {
    this.busy = true;
    this.failure = undefined;
    this.notice = '';
    try {
      await this.api.send('POST', `/v1/admin/consultations/${encodeURIComponent(consultation.id)}/results-publication`, {
        published,
        ...(force ? { force: true } : {}),
      });
      this.confirming = false;
      this.notice = published ? msg('The results are published.') : msg('The results are withdrawn.');
      this.#focusAfterRender = published ? 'unpublish' : 'publish';
      await this.#overview.refresh();
      this.#refreshAudit();
    } catch (cause) {
      this.failure = cause;
    } finally {
      this.busy = false;
    }
  }

  #renderExports({ consultation, responses }: Overview): TemplateResult | typeof nothing {
    if (!responses) return nothing;
    const path = `/v1/admin/consultations/${encodeURIComponent(consultation.id)}`;
    return html`<section aria-labelledby="exports-title">
      <h2 id="exports-title">${msg('Exports')}</h2>
      <p class="hint">${msg('Every response, one line each (CSV for a spreadsheet), or the responses with the survey (JSON).')}</p>
      <div class="actions">
        <a class="button secondary" href=${this.api.href(`${path}/responses.csv`)} download>${msg('Download the responses (CSV)')}</a>
        <a class="button secondary" href=${this.api.href(`${path}/responses`)} download="consultation-${consultation.id}.json"
          >${msg('Download the responses (JSON)')}</a
        >
      </div>
    </section>`;
  }

  #renderProfile({ consultation, results }: Overview): TemplateResult | typeof nothing {
    if (!consultation.profile || !results.profile) return nothing;
    return html`<section aria-labelledby="profile-title">
      <h2 id="profile-title">${msg('Profile of the participants')}</h2>
      <p class="hint">${msg('For the equality commission; never published.')}</p>
      <div class="columns">
        ${consultation.profile.fields.map((field) => {
          const counts = results.profile?.[field] ?? [];
          return html`<div class="table-wrap" role="region" aria-labelledby="profile-${field}" tabindex="0">
            <table>
              <caption id="profile-${field}">
                ${profileFieldName(field)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Answer')}</th>
                  <th scope="col" class="number">${msg('Responses')}</th>
                </tr>
              </thead>
              <tbody>
                ${counts.map((count) => {
                  const neighbourhood =
                    field === 'neighbourhood' ? consultation.profile?.neighbourhoods?.find((one) => one.id === count.key) : undefined;
                  return html`<tr>
                    <th scope="row">${neighbourhood ? this.#text(neighbourhood.label) : html`<span class="ltr">${count.key}</span>`}</th>
                    <td class="number">${formatNumber(this.locale, count.count)}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`;
        })}
      </div>
    </section>`;
  }

  #renderFreeTexts(overview: Overview): TemplateResult | typeof nothing {
    if (!overview.responses) return nothing;
    const groups = freeTextGroups(overview.consultation, overview.responses, overview.results);
    const mayPublish = this.may('moderator');
    return html`<section aria-labelledby="texts-title">
      <h2 id="texts-title">${msg('Free-text answers to publish')}</h2>
      <p class="hint">
        ${msg('The public results quote only the answers ticked here. Leave out anything that names or could identify a person.')}
      </p>
      ${groups.length === 0 ? html`<p>${msg('This survey has no free-text question.')}</p>` : nothing}
      ${groups.map(
        (group, g) =>
          html`<fieldset class="panel">
            <legend>${this.#text(group.question.title)}${group.paragraph ? html` — ${this.#text(group.paragraph.label)}` : nothing}</legend>
            ${
              group.answers.length === 0
                ? html`<p class="muted">${msg('No answer yet.')}</p>`
                : html`<ul class="plain">
                    ${group.answers.map((answer) => {
                      const published = this.toggled.get(answer.key) ?? answer.published;
                      const id = `text-${g}-${answer.key}`;
                      return html`<li>
                        <label class="choice" for=${id}>
                          <input
                            type="checkbox"
                            id=${id}
                            .checked=${published}
                            ?disabled=${!mayPublish || this.busy}
                            @change=${(event: Event) => this.#setTextPublished(overview.consultation, answer, (event.target as HTMLInputElement).checked, event.target as HTMLInputElement)}
                          />
                          <span><bdi>${answer.text}</bdi> <span class="muted">(${msg(str`response ${answer.responseId}`)})</span></span>
                        </label>
                      </li>`;
                    })}
                  </ul>`
            }
          </fieldset>`,
      )}
    </section>`;
  }

  async #setTextPublished(consultation: Consultation, answer: FreeText, published: boolean, box: HTMLInputElement) {
    this.failure = undefined;
    try {
      await this.api.send('POST', `/v1/admin/consultations/${encodeURIComponent(consultation.id)}/published-texts`, {
        responseId: answer.responseId,
        questionId: answer.questionId,
        ...(answer.paragraphId ? { paragraphId: answer.paragraphId } : {}),
        published,
      });
      this.toggled = new Map(this.toggled).set(answer.key, published);
      this.notice = published ? msg('The answer is published with the results.') : msg('The answer is no longer published.');
      void this.#overview.refresh();
      this.#refreshAudit();
    } catch (cause) {
      box.checked = !published;
      this.failure = cause instanceof ApiError ? cause : ApiError.network(cause);
    }
  }

  /** One backend per loaded overview: a new object would make the element load again at every render. */
  #previews = new WeakMap<Overview, ResultsPreviewBackend>();

  #renderResultsPreview(overview: Overview): TemplateResult {
    const { consultation, results } = overview;
    let backend = this.#previews.get(overview);
    if (!backend) this.#previews.set(overview, (backend = new ResultsPreviewBackend(consultation, results)));
    return html`<section aria-labelledby="results-preview-title">
      <h2 id="results-preview-title">${msg('The results as citizens will read them')}</h2>
      <mocharaka-consultation lang=${this.locale} consultation=${consultation.id} .backend=${backend}></mocharaka-consultation>
    </section>`;
  }
}

defineElement('console-consultation', ConsoleConsultationOverview);
