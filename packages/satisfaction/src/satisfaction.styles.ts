import { css } from 'lit';

export const satisfactionStyles = css`
  ul.faces,
  ul.services,
  ul.top-tags {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .faces {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: 0.5rem;
  }
  .face-button {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 44px;
    padding: 0.5rem 0.25rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-size: 0.85em;
    line-height: 1.3;
    cursor: pointer;
  }
  .face-button:hover {
    border-color: var(--_primary);
    color: var(--_primary);
  }
  .face {
    inline-size: 2.5rem;
    block-size: 2.5rem;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  .face .eye,
  .face .open {
    fill: currentColor;
    stroke: none;
  }
  .notice .face {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    vertical-align: middle;
    margin-inline-end: 0.5rem;
  }
  .services {
    display: grid;
    gap: 0.5rem;
  }
  .services .button {
    inline-size: 100%;
    justify-content: flex-start;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .tags legend {
    margin-block-end: 0.5rem;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-block-size: 44px;
    padding-inline: 0.75rem;
    border: 2px solid var(--_border);
    border-radius: 999px;
    font-weight: 400;
    cursor: pointer;
  }
  .tag:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_surface-alt);
    font-weight: 700;
  }
  .tag input {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .link {
    background: none;
    border: 0;
    padding: 0.5rem 0;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 44px;
  }
  textarea {
    resize: vertical;
  }
  .thanks:focus,
  h2[tabindex]:focus {
    outline: none;
  }

  /* In button mode the element is only its floating button (satisfaction-button.ts), with no box. */
  :host([mode='button']) [part~='base'] {
    border: 0;
    padding: 0;
    background: none;
  }

  /* Kiosk: large touch targets and pictograms, nothing to type. */
  .mode-kiosk {
    font-size: 1.25em;
  }
  .mode-kiosk .face {
    inline-size: 4.5rem;
    block-size: 4.5rem;
  }
  .mode-kiosk .face-button,
  .mode-kiosk .tag,
  .mode-kiosk .button {
    min-block-size: 72px;
  }

  /*
   * The faces follow the width of the element itself, not the screen's: in a narrow
   * column of a wide page as on a phone, below 34rem each face is a row, icon beside its
   * label, so long labels ("Ni satisfait ni insatisfait") always fit.
   */
  .mode-inline,
  .mode-kiosk {
    container-type: inline-size;
  }
  @container (max-width: 34rem) {
    .faces {
      grid-template-columns: 1fr;
    }
    .face-button {
      flex-direction: row;
      justify-content: flex-start;
      text-align: start;
      gap: 0.75rem;
      padding-inline: 0.75rem;
    }
    .mode-kiosk .face {
      inline-size: 3rem;
      block-size: 3rem;
    }
  }
`;
