import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

/**
 * Storybook for designers: every element × state × locale × theme, built offline.
 * The root vite.config.ts is the standalone CMS bundle (fixed entries, its own outDir),
 * so Storybook gets its own minimal Vite config instead of inheriting that one.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // Autodocs pages: each element's attributes, properties, events, slots, parts and CSS
  // properties come from its custom-elements.json (preview.ts), controls from the same.
  addons: ['@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      builder: { viteConfigPath: '.storybook/vite.config.ts' },
    },
  },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // `@mocharaka/*` packages export a `source` condition pointing at their TypeScript,
      // so stories run on src/ without building dist/ first.
      resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
    });
  },
};

export default config;
