import { css } from 'lit';

export const satisfactionStyles = css`
  fieldset {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: 0.5rem;
  }
  .choice {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    padding: 0.5rem 0.25rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    font-weight: 400;
    font-size: 0.85em;
    line-height: 1.3;
    cursor: pointer;
    min-block-size: 44px;
  }
  .choice input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_surface-alt);
    font-weight: 700;
  }
  .choice:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .face {
    inline-size: 2.5rem;
    block-size: 2.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  .face .eye {
    fill: currentColor;
    stroke: none;
  }
  .choice:has(input:checked) .face {
    color: var(--_primary);
    fill: none;
  }
  textarea {
    resize: vertical;
  }
  .thanks:focus {
    outline: none;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  /* Below 360 px the five choices stack so each label stays readable. */
  @media (max-width: 359px) {
    .choices {
      grid-template-columns: 1fr;
    }
    .choice {
      flex-direction: row;
      text-align: start;
    }
  }
`;
