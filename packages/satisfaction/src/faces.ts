import { svg, type SVGTemplateResult } from 'lit';

/** The mouth of each face, from very dissatisfied (1) to very satisfied (5). */
const MOUTHS: Record<number, SVGTemplateResult> = {
  1: svg`<path d="M8 17.5c1.2-2.4 2.6-3.5 4-3.5s2.8 1.1 4 3.5" />`,
  2: svg`<path d="M8.5 16.5c1-1.2 2.2-1.7 3.5-1.7s2.5.5 3.5 1.7" />`,
  3: svg`<path d="M8.5 15.5h7" />`,
  4: svg`<path d="M8.5 14.5c1 1.2 2.2 1.7 3.5 1.7s2.5-.5 3.5-1.7" />`,
  // A wide open smile, filled, so "very satisfied" never looks like "satisfied".
  5: svg`<path class="open" d="M7 13.5h10a5 5 0 0 1-10 0z" />`,
};

/** A face pictogram; decorative, since every face has a text label beside it. */
export function face(level: number): SVGTemplateResult {
  return svg`<svg class="face" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="10" />
    ${
      level === 5
        ? svg`<path d="M7.5 10c.6-1.2 2.4-1.2 3 0M13.5 10c.6-1.2 2.4-1.2 3 0" />`
        : svg`<circle class="eye" cx="9" cy="9.5" r="1.2" /><circle class="eye" cx="15" cy="9.5" r="1.2" />`
    }
    ${MOUTHS[level]}
  </svg>`;
}
