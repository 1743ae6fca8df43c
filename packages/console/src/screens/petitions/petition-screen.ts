import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ResourceController, defineElement, formatDate, formatNumber, pickText, type Petition } from '@mocharaka/core';
import { PAPER_SIGNATURE_STATUSES, type AdminPetitionSummary, type AuditQuery } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import '../audit/audit-trail.js';
import type { ConsoleAuditTrail } from '../audit/audit-trail.js';
import './paper-signatures-form.js';
import { PetitionChangedEvent } from './petition-changed-event.js';
import { eligibilityLabel, petitionStatusLabel } from './petition-labels.js';
import './petition-status-form.js';

type Loaded = { petition: Petition; summary: AdminPetitionSummary };
type StatusEntry = Petition['statusHistory'][number] & { by?: { displayName: string } };

/**
 * One petition as staff run it: counts against the threshold, its dated history with who
 * moved it and why, the next legal step, paper signatures, the signature list (CSV and
 * printable) and its audit trail.
 */
export class PetitionScreen extends ConsoleScreen {
  @state() private announcement = '';
  #auditFilter: AuditQuery = {};

  #loaded = new ResourceController(this, {
    args: () => (this.api && this.params.id ? ([this.api, this.params.id] as const) : undefined),
    load: async ([api, id]: readonly [StaffApi, string], signal): Promise<Loaded> => {
      // The public petition has the texts, agent, eligibility and dated history; the staff summary the exact counts.
      const [petition, summary] = await Promise.all([
        api.get<Petition>(`/v1/petitions/${encodeURIComponent(id)}`, undefined, signal),
        api.get<AdminPetitionSummary>(`/v1/admin/petitions/${encodeURIComponent(id)}`, undefined, signal),
      ]);
      return { petition, summary };
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('params')) this.#auditFilter = { resourceType: 'petition', resourceId: this.params.id };
    if (changed.has('query') && this.query.get('saved')) this.announcement = msg('The petition is saved.');
  }

  async #onChanged(event: PetitionChangedEvent) {
    this.announcement = event.announcement;
    await this.#loaded.refresh();
    await this.renderRoot.querySelector<ConsoleAuditTrail>('console-audit-trail')?.refresh();
  }

  protected override render() {
    return html`<p role="status" class=${this.announcement ? 'notice success' : 'visually-hidden'}>${this.announcement}</p>
      ${renderResource(this.#loaded, (loaded) => this.#renderPetition(loaded))}`;
  }

  #renderPetition({ petition, summary }: Loaded) {
    const title = pickText(petition.title, this.locale);
    const body = pickText(petition.body, this.locale);
    const n = (value: number) => formatNumber(this.locale, value);
    const online = summary.signatureCount - summary.paperSignatureCount;
    const listLang = this.locale === 'fr' ? 'fr' : 'ar';
    const id = encodeURIComponent(petition.id);
    return html`<section aria-labelledby="petition-title">
        <h2 id="petition-title" lang=${title.lang} dir=${title.dir}>${title.text}</h2>
        <dl class="facts">
          <dt>${msg('Status')}</dt>
          <dd>${petitionStatusLabel(petition.status)}</dd>
          <dt>${msg('Signatures')}</dt>
          <dd>
            ${msg(str`${n(summary.signatureCount)} of ${n(summary.threshold)} needed (${n(online)} online, ${n(summary.paperSignatureCount)} on paper)`)}
          </dd>
          <dt>${msg('Collection')}</dt>
          <dd>${formatDate(this.locale, petition.opensAt)} – ${formatDate(this.locale, petition.closesAt)}</dd>
          ${
            petition.answerDueAt
              ? html`<dt>${msg('Bureau’s answer due by')}</dt>
                  <dd>${formatDate(this.locale, petition.answerDueAt)}</dd>`
              : nothing
          }
          <dt>${msg('Agent')}</dt>
          <dd>${petition.agent.name}</dd>
          <dt>${msg('Who may sign')}</dt>
          <dd>${petition.eligibility.map(eligibilityLabel).join(' · ')}</dd>
          <dt>${msg('Identifier')}</dt>
          <dd><span class="ltr">${petition.id}</span></dd>
        </dl>
        <div class="actions">
          ${this.may('editor') ? html`<a class="button secondary" href=${consoleHref(`/petitions/${petition.id}/edit`)}>${msg('Edit the texts and dates')}</a>` : nothing}
          <a class="button secondary" href=${consoleHref('/embed', { kind: 'petition', id: petition.id })}
            >${msg('Embed on the commune’s site')}</a
          >
        </div>
        <details>
          <summary>${msg('Text and demands as signatories read them')}</summary>
          <p lang=${body.lang} dir=${body.dir}>${body.text}</p>
          <ol>
            ${petition.demands.map((demand) => {
              const text = pickText(demand, this.locale);
              return html`<li lang=${text.lang} dir=${text.dir}>${text.text}</li>`;
            })}
          </ol>
        </details>
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">${msg('Life cycle')}</h2>
        <ol>
          ${(petition.statusHistory as StatusEntry[]).map((change) => {
            const note = change.note ? pickText(change.note, this.locale) : undefined;
            return html`<li>
              <strong>${petitionStatusLabel(change.status)}</strong> — ${formatDate(this.locale, change.at)}
              ${change.by ? html`<span class="muted">${msg(str`by ${change.by.displayName}`)}</span>` : nothing}
              ${note ? html`<p lang=${note.lang} dir=${note.dir}>${note.text}</p>` : nothing}
            </li>`;
          })}
        </ol>
        ${
          this.may('petitions-officer')
            ? html`<h3>${msg('Move to the next step')}</h3>
                <console-petition-status-form
                  .api=${this.api}
                  .session=${this.session}
                  .petition=${petition}
                  .summary=${summary}
                  @petition-changed=${this.#onChanged}
                ></console-petition-status-form>`
            : nothing
        }
      </section>

      ${
        this.may('petitions-officer')
          ? html`<section aria-labelledby="signatures-title">
              <h2 id="signatures-title">${msg('Signatures')}</h2>
              <div class="actions">
                <a
                  class="button"
                  href=${this.api.href(`/v1/admin/petitions/${id}/signatures.html`, { lang: listLang })}
                  target="_blank"
                  rel="noopener"
                  >${msg('Open the printable list')}</a
                >
                <a class="button secondary" href=${this.api.href(`/v1/admin/petitions/${id}/signatures.csv`, { lang: listLang })} download
                  >${msg('Export the signatures (CSV)')}</a
                >
              </div>
              <p class="hint">
                ${msg('The list holds the signatories’ personal data: print it for the deposit only and keep it as the law requires.')}
              </p>
              ${
                PAPER_SIGNATURE_STATUSES.includes(petition.status)
                  ? html`<h3>${msg('Record paper signatures')}</h3>
                      <console-paper-signatures-form
                        .api=${this.api}
                        .session=${this.session}
                        .petitionId=${petition.id}
                        @petition-changed=${this.#onChanged}
                      ></console-paper-signatures-form>`
                  : html`<p>${msg('Paper signatures can no longer be recorded: the bureau is examining the petition.')}</p>`
              }
            </section>`
          : nothing
      }

      <section aria-labelledby="audit-title">
        <h2 id="audit-title">${msg('Audit trail of this petition')}</h2>
        <console-audit-trail
          .api=${this.api}
          .session=${this.session}
          .filter=${this.#auditFilter}
          label=${msg('Audit trail of this petition')}
        ></console-audit-trail>
      </section>`;
  }
}

defineElement('console-petition', PetitionScreen);
