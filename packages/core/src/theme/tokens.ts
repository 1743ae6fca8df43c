import { css } from 'lit';

/**
 * Each public `--mocharaka-*` property (public-tokens.ts) read once into a private `--_*`
 * one, so element styles use one name and the defaults, the same as `PUBLIC_TOKENS`,
 * live in one place.
 */
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
