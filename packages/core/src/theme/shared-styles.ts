import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/**
 * Styles every element starts from: box model, type, focus ring, buttons, inputs,
 * messages. Static styles only, so elements run under a strict CSP.
 */
export const sharedStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      color: var(--_text);
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: 1.6;
      max-inline-size: 100%;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    [part~='base'] {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    h2,
    h3 {
      margin-block: 0 calc(var(--_space) / 2);
      line-height: 1.3;
    }
    p {
      margin-block: 0 calc(var(--_space) / 2);
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.5em;
      min-block-size: 44px;
      min-inline-size: 44px;
      padding-block: 0.5em;
      padding-inline: 1.25em;
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--_on-primary);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .button.secondary {
      background: transparent;
      color: var(--_primary);
    }
    .button:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .field {
      display: grid;
      gap: 0.25em;
      margin-block-end: var(--_space);
    }
    fieldset {
      border: 0;
      margin: 0 0 var(--_space);
      padding: 0;
      min-inline-size: 0;
    }
    label,
    legend {
      font-weight: 600;
    }
    /* A radio button or checkbox with its label beside it, a full touch target high. */
    .choice {
      display: flex;
      align-items: flex-start;
      gap: 0.5em;
      font-weight: 400;
      min-block-size: 44px;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.9em;
    }
    input,
    textarea,
    select {
      font: inherit;
      color: inherit;
      background: var(--_surface);
      border: 2px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      padding: 0.5em;
      inline-size: 100%;
    }
    [aria-invalid='true'] {
      border-color: var(--_error);
    }
    .error-text {
      color: var(--_error);
      font-weight: 600;
    }
    .notice {
      border-inline-start: 4px solid var(--_primary);
      background: var(--_surface-alt);
      padding: calc(var(--_space) / 2) var(--_space);
      margin-block: var(--_space);
    }
    .notice.error {
      border-color: var(--_error);
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /* LTR islands (ID numbers, URLs, references) inside right-to-left text. */
    .ltr {
      direction: ltr;
      unicode-bidi: isolate;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        transition-duration: 0.01ms !important;
      }
    }
  `,
];
