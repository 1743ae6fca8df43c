import { css } from 'lit';

export const meetingsStyles = css`
  h3 {
    margin-block-start: var(--_space);
  }
  .kicker {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .prose {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .periods {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: var(--_space);
  }
  .periods [aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary, #fff);
  }
  .meetings {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .meeting-card {
    border: 1px solid var(--_border, #ccc);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .meeting-card h3 {
    margin-block-start: 0;
  }
  .meeting-card p {
    margin-block: 0.25em;
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
  .back {
    margin-block-end: var(--_space);
  }
  .narrow {
    max-inline-size: 6em;
  }
  .minutes ol,
  .minutes ul {
    padding-inline-start: 1.5em;
  }
  .minutes li + li {
    margin-block-start: 0.5em;
  }
  code {
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }
  @media print {
    .no-print {
      display: none;
    }
  }
`;
