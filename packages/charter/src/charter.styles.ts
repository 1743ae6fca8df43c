import { css } from 'lit';

export const charterStyles = css`
  .kicker,
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: end;
    margin-block: var(--_space);
  }
  .tools > * {
    flex: 1 1 12rem;
    margin: 0;
  }
  .tools .button {
    flex: 0 0 auto;
  }
  nav ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  nav {
    border-block: 1px solid var(--_border);
    padding-block: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  section,
  article {
    overflow-wrap: anywhere;
  }
  /* A deep link lands with the article's heading at the very top of the viewport. */
  article {
    border-block-start: 1px solid var(--_surface-alt);
    padding-block: 0.25rem var(--_space);
    scroll-margin-block-start: 0;
  }
  article > :is(h4, h5):first-child {
    margin-block-start: 0;
  }
  article.target {
    background: var(--_surface-alt);
  }
  h4,
  h5 {
    margin-block: var(--_space) 0.25em;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_space);
  }
  .title {
    font-weight: 600;
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5em;
  }
  .link {
    background: none;
    border: 0;
    padding: 0.25em 0;
    min-block-size: 44px;
    color: var(--_primary);
    font: inherit;
    font-size: 0.9em;
    text-decoration: underline;
    cursor: pointer;
  }
  .print-only {
    display: none;
  }
  /* The document the print button prints (charter-print.ts): never seen on screen. */
  .print-frame {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 0;
    block-size: 0;
    border: 0;
  }
  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
    accent-color: var(--_primary);
  }
  @media print {
    [part~='base'] {
      border: 0;
      padding: 0;
    }
    .print-only {
      display: block;
    }
    .no-print,
    nav,
    form,
    button,
    .tools {
      display: none !important;
    }
    article {
      break-inside: avoid;
    }
    article.target {
      background: none;
    }
    a {
      color: inherit;
    }
  }
`;
