import { css } from 'lit';

/** The builder's layout: the form, and beside it on a wide screen (below on a phone) the live preview. */
export const builderStyles = css`
  .builder {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 72rem) {
    .builder {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .preview {
      position: sticky;
      inset-block-start: var(--_space);
      max-block-size: calc(100vh - 2 * var(--_space));
      overflow-y: auto;
    }
  }
  .preview {
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .languages,
  .row {
    display: grid;
    gap: 0 var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .localized {
    margin-block-end: calc(var(--_space) / 2);
  }
  .localized .field {
    margin-block-end: calc(var(--_space) / 2);
  }
  .section-card,
  .question-card,
  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    margin-block-end: var(--_space);
    background: var(--_surface);
  }
  .section-card > legend {
    padding-inline: 0.25em;
  }
  .section-card > legend h3 {
    margin: 0;
  }
  ol.questions,
  ol.plain,
  .choice-list ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .card-head h4 {
    margin: 0;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-block-end: calc(var(--_space) / 2);
  }
  .button.secondary.danger {
    background: transparent;
    color: var(--_error);
  }
  .button.small {
    padding-inline: 0.75em;
    font-weight: 500;
  }
  .question-head {
    display: grid;
    gap: 0 var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .add-question {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: end;
  }
  .add-question .field {
    margin: 0;
    flex: 1 1 14rem;
  }
  .condition {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: calc(var(--_space) / 2);
  }
  .save-bar {
    position: sticky;
    inset-block-end: 0;
    background: var(--_surface);
    padding-block: calc(var(--_space) / 2);
    border-block-start: 1px solid var(--_border);
  }
`;
