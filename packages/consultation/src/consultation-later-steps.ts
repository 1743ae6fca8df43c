import { css } from 'lit';
// The pages after the questions (profile, review, receipt) are a chunk of their own: the
// element asks for it when connected, beside the consultation's data, and the first page
// of an open consultation paints without it. Checking the answers comes with it, and what
// a consultation shows when it is not open (yet) or a response waits in the outbox.
export { checkAnswers, pruneAnswers } from '@mocharaka/core';
export { renderProfile } from './consultation-profile.js';
export { renderReview } from './consultation-review.js';
export { renderAlready, renderThanks } from './consultation-thanks.js';
export { renderClosed, renderQueued, renderUpcoming } from './consultation-states.js';

// The profile, review and receipt pages' styles, adopted with their chunk.
export const laterStepsStyles = css`
  dl {
    margin: 0 0 calc(var(--_space) / 2);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5em;
    overflow-wrap: anywhere;
  }
  dd ul,
  dd ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .review {
    border-block-end: 1px solid var(--_border);
    padding-block-end: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  .thanks {
    border-inline-start: 4px solid var(--_primary);
    padding-inline-start: var(--_space);
  }
`;
