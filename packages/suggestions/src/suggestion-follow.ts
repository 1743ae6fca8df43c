import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

export interface FollowContext {
  readonly typed: string;
  /** True after a submit with a code that is not one. */
  readonly malformed: boolean;
  /** Codes of the suggestions sent from this browser. */
  readonly sent: readonly string[];
  type(event: Event): void;
  follow(event: SubmitEvent): void;
  open(code: string): void;
}

/** Follow-up by code: the code field, the codes sent from this browser, then what `result` renders. */
export function renderFollow(ctx: FollowContext, result: TemplateResult | typeof nothing) {
  return html`<h3 id="follow-title">${msg('Follow a suggestion')}</h3>
    <form class="follow" novalidate aria-labelledby="follow-title" @submit=${ctx.follow}>
      <div class="field">
        <label for="code">${msg('Follow-up code')}</label>
        <p class="hint" id="code-hint">${msg(html`As given on your receipt, for example <span class="ltr" dir="ltr">S-7Q2K-M9XD</span>.`)}</p>
        ${
          ctx.malformed
            ? html`<p id="code-error" class="error-text">${msg('This is not a follow-up code. Check it on your receipt.')}</p>`
            : nothing
        }
        <input id="code" name="code" class="ltr" dir="ltr" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20"
          .value=${ctx.typed} aria-invalid=${ctx.malformed ? 'true' : nothing}
          aria-describedby=${ctx.malformed ? 'code-hint code-error' : 'code-hint'} @input=${ctx.type} />
      </div>
      <button class="button" type="submit">${msg('Follow')}</button>
    </form>
    ${
      ctx.sent.length > 0
        ? html`<div class="sent">
          <p>${msg('Sent from this browser:')}</p>
          <ul>
            ${ctx.sent.map(
              (code) => html`<li><button class="link ltr" dir="ltr" type="button" @click=${() => ctx.open(code)}>${code}</button></li>`,
            )}
          </ul>
        </div>`
        : nothing
    }
    <div id="followed" tabindex="-1">${result}</div>`;
}
