import { css } from 'lit';

/**
 * What console screens add to the elements' shared styles: page sections, tables that
 * scroll sideways on a phone instead of overflowing, action bars, status badges.
 */
export const consoleStyles = css`
  :host {
    max-inline-size: none;
  }
  section,
  .panel {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.1rem;
  }
  a {
    color: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
    margin-block: var(--_space);
  }
  a.button {
    text-decoration: none;
  }
  .button.danger {
    background: var(--_error);
    border-color: var(--_error);
  }
  /* The containing block of what is positioned inside (a visually hidden label), so it
     scrolls with the table instead of widening the page on a phone. */
  .table-wrap {
    position: relative;
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    min-inline-size: 36rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.5em;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }
  th {
    background: var(--_surface-alt);
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.9em;
    white-space: nowrap;
  }
  .columns {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
  }
  .filters {
    display: grid;
    gap: calc(var(--_space) / 2) var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    align-items: end;
  }
  .filters .field {
    margin: 0;
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }
  dl.facts dt {
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .notice.success {
    border-color: var(--_primary);
  }
  code,
  pre {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 0.9em;
  }
  pre {
    white-space: pre-wrap;
    word-break: break-all;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: calc(var(--_space) / 2);
    direction: ltr;
    text-align: left;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: auto;
    min-block-size: 1.25em;
    min-inline-size: 1.25em;
  }
  @media (max-width: 40rem) {
    dl.facts {
      grid-template-columns: 1fr;
    }
    dl.facts dd {
      margin-block-end: 0.5em;
    }
  }
`;
