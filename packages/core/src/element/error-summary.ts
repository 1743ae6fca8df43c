import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { messages } from './messages.js';

export interface FieldProblem {
  /** Id of the control inside the element's shadow root. */
  fieldId: string;
  message: string;
}

/**
 * The GOV.UK error summary: a titled box listing every problem, each a link that moves
 * focus to its field. Links are handled in script because `#id` fragments do not reach
 * into a shadow root. The element focuses `#error-summary` after a failed submit.
 */
export function renderErrorSummary(root: ShadowRoot | HTMLElement, problems: FieldProblem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const focusField = (event: Event, fieldId: string) => {
    event.preventDefault();
    (root.querySelector(`#${CSS.escape(fieldId)}`) as HTMLElement | null)?.focus();
  };
  return html`<div id="error-summary" class="notice error error-summary" tabindex="-1" part="error-summary"
    aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${msg('There is a problem')}</h3>
    <ul>
      ${problems.map(
        (problem) => html`<li><a href="#${problem.fieldId}" @click=${(event: Event) => focusField(event, problem.fieldId)}
          >${problem.message}</a></li>`,
      )}
    </ul>
  </div>`;
}

/** A field's error message, with the visually hidden "Error:" prefix screen readers read first. */
export function renderFieldError(id: string, message: string | undefined): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<p id=${id} class="error-text"><span class="visually-hidden">${messages.errorPrefix()}</span> ${message}</p>`;
}
