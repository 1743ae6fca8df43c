import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { defineElement, formatNumber, renderErrorSummary, renderFieldError, type FieldProblem, readTypedNumber } from '@mocharaka/core';
import type { PaperSignaturesInput } from '@mocharaka/core/contract';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { problemsOf } from '../../shell/staff-messages.js';
import { PetitionChangedEvent } from './petition-changed-event.js';

/** `PaperSignaturesInput`'s limits. */
const PAPER_COUNT_MAX = 100_000;
const PAPER_NOTE_MAX = 500;

/** Records a batch of signatures collected on paper, so the count is the true total. */
export class PaperSignaturesForm extends ConsoleScreen {
  @property() petitionId = '';
  @state() private problems: FieldProblem[] = [];
  @state() private busy = false;

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const countText = String(data.get('count') ?? '').trim();
    const note = String(data.get('note') ?? '').trim();
    const count = readTypedNumber(countText);
    if (!Number.isInteger(count) || count < 1 || count > PAPER_COUNT_MAX) {
      this.problems = [
        {
          fieldId: 'count',
          message: msg(str`Enter the number of paper signatures, a whole number from 1 to ${formatNumber(this.locale, PAPER_COUNT_MAX)}`),
        },
      ];
      return this.#focusSummary();
    }
    const input: PaperSignaturesInput = note ? { count, note } : { count };
    this.problems = [];
    this.busy = true;
    try {
      await this.api.send('POST', `/v1/admin/petitions/${encodeURIComponent(this.petitionId)}/paper-signatures`, input);
      form.reset();
      this.dispatchEvent(new PetitionChangedEvent(msg(str`Paper signatures recorded: ${formatNumber(this.locale, count)}.`)));
    } catch (error) {
      this.problems = problemsOf(
        error,
        { count: { id: 'count', label: () => msg('Number of signatures') }, note: { id: 'paper-note', label: () => msg('Note') } },
        'count',
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

  protected override render() {
    const countError = this.problems.find((problem) => problem.fieldId === 'count')?.message;
    return html`${renderErrorSummary(this.renderRoot as ShadowRoot, this.problems)}
      <form novalidate @submit=${this.#submit}>
        <div class="field">
          <label for="count">${msg('Number of signatures on the paper sheets')}</label>
          ${renderFieldError('count-error', countError)}
          <input
            id="count"
            name="count"
            inputmode="numeric"
            dir="ltr"
            autocomplete="off"
            aria-invalid=${countError ? 'true' : 'false'}
            aria-describedby=${countError ? 'count-error' : nothing}
          />
        </div>
        <div class="field">
          <label for="paper-note">${msg('Note (optional): where the sheets are kept, who counted them')}</label>
          <input id="paper-note" name="note" maxlength=${PAPER_NOTE_MAX} />
        </div>
        <button class="button" type="submit" ?disabled=${this.busy}>
          ${this.busy ? msg('Saving…') : msg('Record the paper signatures')}
        </button>
      </form>`;
  }
}

defineElement('console-paper-signatures-form', PaperSignaturesForm);
