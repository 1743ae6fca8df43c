import { css, svg } from 'lit';

/**
 * A decorative bar for a share from 0 to 1, inside a table cell that states the number:
 * screen readers read the table, sighted readers also see the bar. An SVG rect sized by
 * attribute needs no inline style, so it works under a strict CSP.
 */
export function renderBar(ratio: number) {
  const width = Math.max(0, Math.min(1, ratio)) * 100;
  return svg`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track" x="0" y="0" width="100" height="10" /><rect class="fill" x="0" y="0" width=${width} height="10" />
  </svg>`;
}

/** Result tables with bars; a row fits a 320 px phone (the share sits above its bar). */
export const chartStyles = css`
  table.chart {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: var(--_space);
  }
  table.chart caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5rem;
  }
  table.chart th,
  table.chart td {
    text-align: start;
    vertical-align: top;
    padding: 0.25rem 0.375rem;
    border-block-end: 1px solid var(--_surface-alt);
    overflow-wrap: anywhere;
  }
  .share {
    display: block;
  }
  .bar {
    display: block;
    inline-size: 100%;
    max-inline-size: 10rem;
    block-size: 0.75rem;
  }
  .bar .track {
    fill: var(--_surface-alt);
  }
  .bar .fill {
    fill: var(--_primary);
  }
  [dir='rtl'] .bar {
    transform: scaleX(-1);
  }
`;
