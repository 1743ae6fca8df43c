import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  defineElement,
  formatNumber,
  renderErrorSummary,
  renderFieldError,
  type FieldProblem,
  type Petition,
  type PetitionStatus,
} from '@mocharaka/core';
import { PETITION_STATUS_TRANSITIONS, type AdminPetitionSummary, type StatusChangeInput } from '@mocharaka/core/contract';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { dayOf, today } from '../../shell/dates.js';
import { readLocalizedText, renderLocalizedFields } from '../../shell/localized-fields.js';
import { problemsOf } from '../../shell/staff-messages.js';
import { PetitionChangedEvent } from './petition-changed-event.js';
import { petitionStatusLabel } from './petition-labels.js';

/**
 * Moves a petition to its next legal step, dated, with the reasons or the answer; a
 * deposit below the threshold needs an explicit confirmation.
 */
export class PetitionStatusForm extends ConsoleScreen {
  @property({ attribute: false }) petition!: Petition;
  @property({ attribute: false }) summary!: AdminPetitionSummary;
  @state() private chosen?: PetitionStatus;
  @state() private problems: FieldProblem[] = [];
  @state() private busy = false;

  get #next(): readonly PetitionStatus[] {
    return PETITION_STATUS_TRANSITIONS[this.petition.status];
  }

  get #status(): PetitionStatus | undefined {
    return this.chosen && this.#next.includes(this.chosen) ? this.chosen : this.#next[0];
  }

  get #belowThreshold(): boolean {
    return this.#status === 'deposited' && this.summary.signatureCount < this.summary.threshold;
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const status = this.#status!;
    const data = new FormData(form);
    const day = String(data.get('at') ?? '');
    const note = readLocalizedText(form, 'note');
    const problems: FieldProblem[] = [];
    const lastDay = dayOf(this.petition.statusHistory.at(-1)?.at ?? this.petition.opensAt);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) problems.push({ fieldId: 'at', message: msg('Enter the day it happened') });
    else if (day > today()) problems.push({ fieldId: 'at', message: msg('The day cannot be in the future') });
    else if (day < lastDay) problems.push({ fieldId: 'at', message: msg('The day cannot come before the previous step') });
    if (status === 'rejected' && !note.ar)
      problems.push({ fieldId: 'note-ar', message: msg('Give the reasons for the rejection in Arabic') });
    if (status === 'answered' && !note.ar) problems.push({ fieldId: 'note-ar', message: msg('Write the council’s answer in Arabic') });
    if (this.#belowThreshold && !data.get('below-threshold')) {
      problems.push({ fieldId: 'below-threshold', message: msg('Confirm that you deposit the petition below its threshold') });
    }
    this.problems = problems;
    if (problems.length) return this.#focusSummary();
    const input: StatusChangeInput = { status };
    if (day !== today()) input.at = new Date(`${day}T12:00:00`).toISOString();
    if (note.ar) input.note = note;
    if (this.#belowThreshold) input.force = true; // confirmed with the checkbox above
    this.busy = true;
    try {
      await this.api.send('POST', `/v1/admin/petitions/${encodeURIComponent(this.petition.id)}/status`, input);
      form.reset();
      this.chosen = undefined;
      this.dispatchEvent(new PetitionChangedEvent(msg(str`The petition is now: ${petitionStatusLabel(status)}.`)));
    } catch (error) {
      this.problems = problemsOf(
        error,
        { at: { id: 'at', label: () => msg('Day') }, note: { id: 'note-ar', label: () => msg('Note') } },
        'at',
      );
      void this.#focusSummary();
    } finally {
      this.busy = false;
    }
  }

  async #focusSummary() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  #error(id: string) {
    return this.problems.find((problem) => problem.fieldId === id)?.message;
  }

  protected override render() {
    const next = this.#next;
    if (next.length === 0) return html`<p>${msg('This petition has reached the last step of its life cycle.')}</p>`;
    const status = this.#status!;
    const n = (value: number) => formatNumber(this.locale, value);
    return html`${renderErrorSummary(this.renderRoot as ShadowRoot, this.problems)}
      <form novalidate @submit=${this.#submit}>
        <fieldset>
          <legend>${msg('Next step')}</legend>
          ${next.map(
            (option) =>
              html`<label class="choice">
                <input type="radio" name="status" value=${option} .checked=${option === status} @change=${() => (this.chosen = option)} />
                ${petitionStatusLabel(option)}</label
              >`,
          )}
        </fieldset>
        <div class="field">
          <label for="at">${msg('Day it happened')}</label>
          ${renderFieldError('at-error', this.#error('at'))}
          <input
            id="at"
            name="at"
            type="date"
            max=${today()}
            .value=${today()}
            aria-invalid=${this.#error('at') ? 'true' : 'false'}
            aria-describedby=${this.#error('at') ? 'at-error' : nothing}
          />
        </div>
        ${renderLocalizedFields({
          name: 'note',
          legend:
            status === 'rejected'
              ? msg('Reasons for the rejection')
              : status === 'answered'
                ? msg('The council’s answer')
                : msg('Note (optional)'),
          multiline: true,
          hint: status === 'rejected' ? msg('The law requires the reasons to be stated; signatories will read them.') : undefined,
          errors: { ar: this.#error('note-ar') },
        })}
        ${
          this.#belowThreshold
            ? html`<div class="notice error">
                <p>
                  ${msg(str`Signatures: ${n(this.summary.signatureCount)}, below this petition's threshold of ${n(this.summary.threshold)}. The bureau may declare it inadmissible.`)}
                </p>
                ${renderFieldError('below-threshold-error', this.#error('below-threshold'))}
                <label class="choice"
                  ><input
                    type="checkbox"
                    id="below-threshold"
                    name="below-threshold"
                    value="yes"
                    aria-invalid=${this.#error('below-threshold') ? 'true' : 'false'}
                  />
                  ${msg(str`I confirm the deposit below the threshold (signatures: ${n(this.summary.signatureCount)} of ${n(this.summary.threshold)}).`)}</label
                >
              </div>`
            : nothing
        }
        <button class="button" type="submit" ?disabled=${this.busy}>
          ${this.busy ? msg('Saving…') : msg(str`Record: ${petitionStatusLabel(status)}`)}
        </button>
      </form>`;
  }
}

defineElement('console-petition-status-form', PetitionStatusForm);
