import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ELIGIBILITY_BASES,
  FULL_NAME_MAX,
  ResourceController,
  defineElement,
  formatNumber,
  renderErrorSummary,
  renderFieldError,
  type FieldProblem,
  type Petition,
} from '@mocharaka/core';
import type { CommuneSettings } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { renderLocalizedFields } from '../../shell/localized-fields.js';
import { consoleHref } from '../../shell/navigation.js';
import { problemsOf } from '../../shell/staff-messages.js';
import { eligibilityLabel } from './petition-labels.js';
import { DEMANDS_MAX, checkDraft, draftOf, emptyDraft, inputOf, readDraft, slugFrom, type PetitionDraft } from './petition-draft.js';

const SERVER_FIELDS = {
  id: { id: 'petition-id', label: () => msg('Identifier') },
  title: { id: 'title-ar', label: () => msg('Title') },
  body: { id: 'body-ar', label: () => msg('Text of the petition') },
  demands: { id: 'demand-0-ar', label: () => msg('Demands') },
  agent: { id: 'agent', label: () => msg('Agent') },
  opensAt: { id: 'opens', label: () => msg('Opens on') },
  closesAt: { id: 'closes', label: () => msg('Closes on') },
  threshold: { id: 'threshold', label: () => msg('Threshold') },
  eligibility: { id: 'eligibility-resident', label: () => msg('Who may sign') },
  portalUrl: { id: 'portal', label: () => msg('National portal address') },
};

type Loaded = { petition?: Petition; settings?: CommuneSettings };

/**
 * Creates a petition (`/petitions/new`) or edits one (`/petitions/:id/edit`): texts in
 * Arabic and French side by side, demands, agent, dates, threshold, who may sign.
 */
export class PetitionEditorScreen extends ConsoleScreen {
  @state() private draft?: PetitionDraft;
  @state() private problems: FieldProblem[] = [];
  @state() private busy = false;
  #idEdited = false;

  #loaded = new ResourceController(this, {
    args: () => (this.api ? ([this.api, this.params.id] as const) : undefined),
    load: async ([api, id]: readonly [StaffApi, string | undefined], signal): Promise<Loaded> => {
      const [settings, petition] = await Promise.all([
        // The threshold hint only: a settings failure must not keep staff from writing a petition.
        api.get<CommuneSettings>('/v1/admin/settings', undefined, signal).catch(() => undefined),
        id ? api.get<Petition>(`/v1/petitions/${encodeURIComponent(id)}`, undefined, signal) : undefined,
      ]);
      return { settings, petition };
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('params')) this.draft = undefined;
  }

  get #editing(): boolean {
    return Boolean(this.params.id);
  }

  #draftFor({ petition, settings }: Loaded): PetitionDraft {
    if (!this.draft) {
      const draft = petition ? draftOf(petition) : emptyDraft();
      if (petition && petition.threshold === settings?.signatureThreshold) draft.threshold = '';
      this.draft = draft;
    }
    return this.draft;
  }

  #form(): HTMLFormElement {
    return this.renderRoot.querySelector('form')!;
  }

  #addDemand() {
    const draft = readDraft(this.#form(), this.draft!);
    this.draft = { ...draft, demands: [...draft.demands, undefined] };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#demand-${draft.demands.length}-ar`)?.focus());
  }

  #removeDemand(index: number) {
    const draft = readDraft(this.#form(), this.draft!);
    this.draft = { ...draft, demands: draft.demands.filter((_, at) => at !== index) };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#add-demand')?.focus());
  }

  #suggestId(event: Event) {
    if (this.#editing || this.#idEdited) return;
    const idField = this.renderRoot.querySelector<HTMLInputElement>('#petition-id');
    if (idField && !idField.value) idField.value = slugFrom((event.target as HTMLInputElement).value);
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const draft = readDraft(this.#form(), this.draft!);
    this.draft = draft;
    const problems = checkDraft(draft, this.locale);
    this.problems = [...problems].map(([fieldId, message]) => ({ fieldId, message }));
    if (this.problems.length) return this.#focusSummary();
    this.busy = true;
    try {
      const petition = await this.api.send<Petition>('POST', '/v1/admin/petitions', inputOf(draft));
      this.navigate(consoleHref(`/petitions/${petition.id}`, { saved: '1' }));
    } catch (error) {
      this.problems = problemsOf(error, SERVER_FIELDS, 'title-ar');
      void this.#focusSummary();
    } finally {
      this.busy = false;
    }
  }

  async #focusSummary() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  #error(fieldId: string): string | undefined {
    return this.problems.find((problem) => problem.fieldId === fieldId)?.message;
  }

  protected override render() {
    return renderResource(this.#loaded, (loaded) => this.#renderForm(loaded, this.#draftFor(loaded)));
  }

  #renderForm({ settings }: Loaded, draft: PetitionDraft) {
    const field = (id: string) => ({ invalid: this.#error(id) ? 'true' : 'false', describedBy: this.#error(id) ? `${id}-error` : nothing });
    const idField = field('petition-id');
    const agent = field('agent');
    const opens = field('opens');
    const closes = field('closes');
    const threshold = field('threshold');
    const portal = field('portal');
    return html`${renderErrorSummary(this.renderRoot as ShadowRoot, this.problems)}
      <form novalidate @submit=${this.#submit}>
        <section aria-labelledby="texts-title">
          <h2 id="texts-title">${msg('Texts')}</h2>
          <div @change=${(event: Event) => (event.target as HTMLElement).id === 'title-fr' && this.#suggestId(event)}>
            ${renderLocalizedFields({ name: 'title', legend: msg('Title'), value: draft.title, errors: { ar: this.#error('title-ar') } })}
          </div>
          ${renderLocalizedFields({
            name: 'body',
            legend: msg('Text of the petition'),
            value: draft.body,
            multiline: true,
            hint: msg('What the petition is about and why, as signatories will read it.'),
            errors: { ar: this.#error('body-ar') },
          })}
        </section>

        <section aria-labelledby="demands-title">
          <h2 id="demands-title">${msg('Demands')}</h2>
          <p class="hint">${msg('What the signatories ask the council to do, one demand at a time.')}</p>
          ${draft.demands.map(
            (demand, index) =>
              html`<div class="panel">
                ${renderLocalizedFields({ name: `demand-${index}`, legend: msg(str`Demand ${index + 1}`), value: demand, multiline: true, errors: { ar: this.#error(`demand-${index}-ar`) } })}
                ${
                  draft.demands.length > 1
                    ? html`<button type="button" class="button secondary" @click=${() => this.#removeDemand(index)}>
                        ${msg(str`Remove demand ${index + 1}`)}
                      </button>`
                    : nothing
                }
              </div>`,
          )}
          ${
            draft.demands.length < DEMANDS_MAX
              ? html`<button type="button" id="add-demand" class="button secondary" @click=${this.#addDemand}>
                  ${msg('Add a demand')}
                </button>`
              : nothing
          }
        </section>

        <section aria-labelledby="rules-title">
          <h2 id="rules-title">${msg('Agent, dates and eligibility')}</h2>
          <div class="field">
            <label for="petition-id">${msg('Identifier')}</label>
            <p class="hint" id="petition-id-hint">
              ${msg('Lower-case letters, digits and dashes, e.g. lighting-el-qods. It appears in the embed code and cannot change later.')}
            </p>
            ${renderFieldError('petition-id-error', this.#error('petition-id'))}
            <input
              id="petition-id"
              name="id"
              dir="ltr"
              maxlength="64"
              autocomplete="off"
              .value=${draft.id}
              ?readonly=${this.#editing}
              aria-invalid=${idField.invalid}
              aria-describedby="petition-id-hint ${this.#error('petition-id') ? 'petition-id-error' : ''}"
              @input=${() => (this.#idEdited = true)}
            />
          </div>
          <div class="field">
            <label for="agent">${msg('Agent (name of the person representing the signatories)')}</label>
            ${renderFieldError('agent-error', this.#error('agent'))}
            <input
              id="agent"
              name="agent"
              maxlength=${FULL_NAME_MAX}
              autocomplete="off"
              .value=${draft.agent}
              aria-invalid=${agent.invalid}
              aria-describedby=${agent.describedBy}
            />
          </div>
          <div class="columns">
            <div class="field">
              <label for="opens">${msg('Opens on')}</label>
              ${renderFieldError('opens-error', this.#error('opens'))}
              <input
                id="opens"
                name="opens"
                type="date"
                .value=${draft.opensOn}
                aria-invalid=${opens.invalid}
                aria-describedby=${opens.describedBy}
              />
            </div>
            <div class="field">
              <label for="closes">${msg('Closes on (included)')}</label>
              ${renderFieldError('closes-error', this.#error('closes'))}
              <input
                id="closes"
                name="closes"
                type="date"
                .value=${draft.closesOn}
                aria-invalid=${closes.invalid}
                aria-describedby=${closes.describedBy}
              />
            </div>
          </div>
          <div class="field">
            <label for="threshold">${msg('Signature threshold (optional)')}</label>
            <p class="hint" id="threshold-hint">
              ${
                settings
                  ? msg(
                      str`Leave empty for the legal threshold of the commune: ${formatNumber(this.locale, settings.signatureThreshold)} signatures.`,
                    )
                  : msg('Leave empty for the legal threshold of the commune.')
              }
            </p>
            ${renderFieldError('threshold-error', this.#error('threshold'))}
            <input
              id="threshold"
              name="threshold"
              inputmode="numeric"
              dir="ltr"
              .value=${draft.threshold}
              aria-invalid=${threshold.invalid}
              aria-describedby="threshold-hint ${this.#error('threshold') ? 'threshold-error' : ''}"
            />
          </div>
          <fieldset aria-describedby=${this.#error('eligibility-resident') ? 'eligibility-error' : nothing}>
            <legend>${msg('Who may sign')}</legend>
            ${renderFieldError('eligibility-error', this.#error('eligibility-resident'))}
            ${ELIGIBILITY_BASES.map(
              (basis) =>
                html`<label class="choice"
                  ><input
                    type="checkbox"
                    id="eligibility-${basis}"
                    name="eligibility"
                    value=${basis}
                    .checked=${draft.eligibility.includes(basis)}
                  />
                  ${eligibilityLabel(basis)}</label
                >`,
            )}
          </fieldset>
          <div class="field">
            <label for="portal">${msg('Address on the national e-participation portal (optional)')}</label>
            ${renderFieldError('portal-error', this.#error('portal'))}
            <input
              id="portal"
              name="portal"
              type="url"
              dir="ltr"
              maxlength="2000"
              .value=${draft.portalUrl}
              aria-invalid=${portal.invalid}
              aria-describedby=${portal.describedBy}
            />
          </div>
        </section>

        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy}>
            ${this.busy ? msg('Saving…') : this.#editing ? msg('Save the changes') : msg('Create the petition')}
          </button>
          <a href=${this.#editing ? consoleHref(`/petitions/${this.params.id}`) : consoleHref('/petitions')}>${msg('Cancel')}</a>
        </div>
      </form>`;
  }
}

defineElement('console-petition-editor', PetitionEditorScreen);
