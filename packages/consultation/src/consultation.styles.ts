import { css } from 'lit';

export const consultationStyles = css`
  h3 {
    margin-block-start: var(--_space);
  }
  .prose,
  .paragraph-text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .question {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .question.has-error {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: calc(var(--_space) / 2);
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .choices {
    display: grid;
    gap: 0.25rem;
  }
  .choices.inline,
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .choice,
  .point {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    font-weight: 400;
    cursor: pointer;
  }
  .scale.labelled {
    flex-direction: column;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.4em;
    block-size: 1.4em;
    flex: none;
    accent-color: var(--_primary);
  }
  .number input {
    inline-size: 8em;
  }
  .matrix-row legend {
    font-weight: 400;
  }
  ol.ranking {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  ol.passage,
  ul.documents {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.5em;
  }
  .ranking li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    padding-block: 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  /* The position, shown (a flex item has no list marker), phones included. */
  .rank-position {
    min-inline-size: 2ch;
    font-weight: 600;
  }
  .rank-label {
    flex: 1 1 8rem;
  }
  .rank-buttons {
    display: flex;
    gap: 0.25em;
  }
  .button.small {
    min-block-size: 44px;
    padding-inline: 0.75em;
    font-weight: 400;
  }
  .paragraph {
    margin-block-end: var(--_space);
  }
  .paragraph-text {
    background: var(--_surface-alt);
    padding: calc(var(--_space) / 2);
    border-inline-start: 3px solid var(--_border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: var(--_space);
  }
  .link {
    background: none;
    border: 0;
    padding: 0.5em 0;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 44px;
  }
  progress {
    display: block;
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_primary);
  }
  .progress p {
    margin: 0;
    color: var(--_muted);
  }
  .error-summary {
    border: 3px solid var(--_error);
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
`;
