import { css } from 'lit';
import { chartStyles } from '@mocharaka/core';

export const actionPlanStyles = [
  chartStyles,
  css`
    h2 {
      margin-block: 0 0.25em;
      font-size: 1.3em;
    }
    h3 {
      margin-block-start: calc(var(--_space) * 1.5);
    }
    h4 {
      margin-block: 0 0.25em;
    }
    h5 {
      margin-block: var(--_space) 0.25em;
      font-size: 1em;
    }
    .kicker {
      color: var(--_muted);
      font-size: 0.9em;
      margin-block: 0 0.25em;
    }
    .prose {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 0 var(--_space);
    }
    .filters input,
    .filters select {
      inline-size: 100%;
      box-sizing: border-box;
    }
    .project-list,
    .updates,
    .comments,
    .reports {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .project {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      margin-block-end: var(--_space);
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.75em;
      align-items: baseline;
      margin-block: 0 0.5em;
    }
    .status {
      font-weight: 600;
      padding-inline: 0.5em;
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      gap: 0.25rem var(--_space);
      margin: 0 0 0.5em;
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
    .progress .bar {
      max-inline-size: 100%;
    }
    .updates li,
    .comments li,
    .reports li {
      border-inline-start: 3px solid var(--_border);
      padding-inline-start: 0.75em;
      margin-block-end: 0.75em;
    }
    .answer {
      border-inline-start: 3px solid var(--_primary);
      padding-inline-start: 0.75em;
    }
    .form-title,
    .report-title {
      font-weight: 600;
    }
    .commitments {
      padding-inline-start: 1.5em;
    }
    textarea,
    input {
      inline-size: 100%;
      box-sizing: border-box;
    }
  `,
];
