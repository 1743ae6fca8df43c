import { defineConfig } from 'vite';

/**
 * Storybook's own Vite config, so it does not inherit the standalone CMS bundle's
 * (root vite.config.ts). `main.ts` adds the `source` resolve condition. Storybook's
 * own preview runtime is one large chunk by design; only our code is size-budgeted.
 */
export default defineConfig({
  build: { chunkSizeWarningLimit: 1500 },
});
