import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export { FloatingTriggerController } from './floating-trigger.js';

/** What the floating button and its dialog read from the element, and what they ask it to do. */
export interface ButtonView {
  position: 'end' | 'start';
  /** The rating steps, rendered only while the dialog is open. */
  content: TemplateResult | typeof import('lit').nothing;
  open(): void;
  close(): void;
  closed(): void;
}

/** `button` mode, downloaded only by the pages that use it: a floating button that opens the rating steps in a modal dialog. */
export function renderButton(view: ButtonView): TemplateResult {
  return html`<button class="button trigger ${view.position}" type="button" part="trigger" aria-haspopup="dialog"
      @click=${() => view.open()}>${msg('Give your opinion')}</button>
    <dialog part="dialog" aria-labelledby="dialog-title" @close=${() => view.closed()}>
      <div class="dialog-bar">
        <h2 id="dialog-title">${msg('Give your opinion')}</h2>
        <button class="button secondary close" type="button" @click=${() => view.close()}>${msg('Close')}</button>
      </div>
      ${view.content}
    </dialog>`;
}

export const buttonStyles = css`
  /* Floating button, mirrored right to left through logical insets. */
  .trigger {
    position: fixed;
    inset-block-end: 1rem;
    inset-inline-end: 1rem;
    z-index: 2147483000;
    box-shadow: 0 2px 8px rgb(0 0 0 / 30%);
  }
  .trigger.start {
    inset-inline-end: auto;
    inset-inline-start: 1rem;
  }
  /* Moved off a focused control it would cover (see floating-trigger.ts). */
  .trigger[data-placement='flipped'] {
    inset-block-end: auto;
    inset-block-start: 1rem;
  }
  .trigger[data-placement='hidden'] {
    visibility: hidden;
  }
  dialog {
    inline-size: min(36rem, calc(100vw - 1rem));
    max-block-size: calc(100dvh - 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    color: var(--_text);
    background: var(--_surface);
    container-type: inline-size;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  .dialog-bar {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: var(--_space);
  }
  .dialog-bar h2 {
    margin: 0;
  }
`;
