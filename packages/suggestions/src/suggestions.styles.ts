import { css } from 'lit';

export const suggestionsStyles = css`
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: var(--_space);
  }
  h2:focus {
    outline: none;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0 var(--_space);
  }
  .cards {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .card-title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    font-size: 1em;
  }
  .kicker {
    color: var(--_muted);
    font-size: 0.9em;
    margin-block-end: 0.25em;
  }
  .prose {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .status {
    border-radius: 999px;
    padding-inline: 0.75em;
    border: 2px solid var(--_primary);
    font-size: 0.9em;
  }
  .status-answered {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .status-not_retained {
    border-color: var(--_muted);
  }
  .code {
    font-family: ui-monospace, monospace;
    letter-spacing: 0.05em;
  }
  .answer {
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
    padding: calc(var(--_space) / 2) var(--_space);
    margin-block: calc(var(--_space) / 2);
  }
  .answer-title {
    font-weight: 600;
  }
  .support {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .timeline {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .timeline li {
    display: grid;
    padding-block: 0 0.75em;
    padding-inline-start: 1.25em;
    border-inline-start: 3px solid var(--_border);
  }
  .timeline li.done {
    border-color: var(--_primary);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .link {
    background: none;
    border: 0;
    padding: 0;
    min-block-size: 44px;
    color: var(--_primary);
    text-decoration: underline;
    font: inherit;
    cursor: pointer;
  }
  .receipt .code {
    font-size: 1.25em;
  }
  fieldset input {
    margin-block-end: 0.5em;
  }
`;
