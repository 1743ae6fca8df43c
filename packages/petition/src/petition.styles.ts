import { css } from 'lit';

export const petitionStyles = css`
  .kicker {
    color: var(--_muted);
    font-size: 0.9em;
    margin-block-end: 0.25em;
  }
  h3 {
    margin-block-start: var(--_space);
  }
  .prose {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0.5rem var(--_space);
    margin: 0 0 var(--_space);
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .demands {
    margin-block: 0 var(--_space);
    padding-inline-start: 1.5em;
  }
  .demands li + li {
    margin-block-start: 0.25em;
  }
  progress {
    display: block;
    inline-size: 100%;
    block-size: 1rem;
    accent-color: var(--_primary);
    margin-block-end: calc(var(--_space) / 2);
  }
  .timeline {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .timeline li {
    position: relative;
    display: grid;
    padding-block: 0 0.75em;
    padding-inline-start: 1.75em;
    border-inline-start: 3px solid var(--_border);
    margin-inline-start: 0.5em;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.6em;
    inset-block-start: 0.35em;
    inline-size: 0.9em;
    block-size: 0.9em;
    border-radius: 50%;
    border: 3px solid var(--_border);
    background: var(--_surface);
  }
  .timeline li.done {
    border-color: var(--_primary);
  }
  .timeline li.done::before {
    border-color: var(--_primary);
    background: var(--_primary);
  }
  .timeline li.current .step {
    font-weight: 700;
  }
  .timeline .when {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .timeline .note {
    margin-block-start: 0.25em;
  }
  .choice {
    padding-block: 0.25em;
  }
  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
    margin: 0.1em 0 0;
    accent-color: var(--_primary);
  }
  .id-number {
    letter-spacing: 0.05em;
    max-inline-size: 16rem;
  }
  textarea {
    resize: vertical;
  }
  .error-summary h3 {
    margin-block-start: 0;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .reference {
    font-family: ui-monospace, monospace;
    font-size: 1.2em;
  }
  .sending:empty {
    display: none;
  }
  a {
    color: var(--_primary);
  }
  @media print {
    .no-print,
    form,
    button,
    progress {
      display: none !important;
    }
    [part~='base'] {
      border: 0;
      padding: 0;
    }
    /* Printing the receipt prints the receipt alone. */
    :host([data-mocharaka-printing]) section > :not(.receipt) {
      display: none !important;
    }
  }
`;
