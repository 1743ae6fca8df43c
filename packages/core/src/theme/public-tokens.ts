/**
 * The public theme: `--mocharaka-*` custom properties a commune sets on its page
 * (or on one element), with their defaults. Defaults meet WCAG 2.2 AA contrast on white.
 * Kept apart from `tokenStyles` (tokens.ts), which repeats each default as its fallback:
 * only the charter's printing reads this object, so it stays out of the runtime every
 * element downloads.
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
