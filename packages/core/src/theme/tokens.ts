import { css } from 'lit';

/**
 * The public theme: `--mocharaka-*` custom properties a commune sets on its page
 * (or on one element). Each is read once here into a private `--_*` property, so
 * element styles use one name and the defaults live in one place. Defaults meet
 * WCAG 2.2 AA contrast on white.
 */
export const PUBLIC_TOKENS = {
  '--mocharaka-color-primary': '#0b6e4f',
  '--mocharaka-color-on-primary': '#ffffff',
  '--mocharaka-color-text': '#1f2328',
  '--mocharaka-color-muted': '#57606a',
  '--mocharaka-color-surface': '#ffffff',
  '--mocharaka-color-surface-alt': '#f4f6f5',
  '--mocharaka-color-border': '#8c959f',
  '--mocharaka-color-error': '#b3261e',
  '--mocharaka-color-focus': '#1f5fbf',
  '--mocharaka-font-family': "system-ui, 'Segoe UI', Tahoma, 'Noto Sans Arabic', 'Noto Sans Tifinagh', 'Mocharaka Tifinagh', sans-serif",
  '--mocharaka-font-size': '1rem',
  '--mocharaka-radius': '0.5rem',
  '--mocharaka-spacing': '1rem',
} as const;

export const tokenStyles = css`
  :host {
    --_primary: var(--mocharaka-color-primary, #0b6e4f);
    --_on-primary: var(--mocharaka-color-on-primary, #ffffff);
    --_text: var(--mocharaka-color-text, #1f2328);
    --_muted: var(--mocharaka-color-muted, #57606a);
    --_surface: var(--mocharaka-color-surface, #ffffff);
    --_surface-alt: var(--mocharaka-color-surface-alt, #f4f6f5);
    --_border: var(--mocharaka-color-border, #8c959f);
    --_error: var(--mocharaka-color-error, #b3261e);
    --_focus: var(--mocharaka-color-focus, #1f5fbf);
    --_font: var(--mocharaka-font-family, system-ui, 'Segoe UI', Tahoma, 'Noto Sans Arabic', 'Noto Sans Tifinagh', 'Mocharaka Tifinagh', sans-serif);
    --_font-size: var(--mocharaka-font-size, 1rem);
    --_radius: var(--mocharaka-radius, 0.5rem);
    --_space: var(--mocharaka-spacing, 1rem);
  }
`;
