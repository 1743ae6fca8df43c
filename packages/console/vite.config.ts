import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The staff console as a single-page app: `index.html` and hashed chunks (one per
 * screen and per locale) in `dist-app/`, which the reference server serves at
 * `/console/` (packages/server/src/routes/console.ts).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  build: {
    outDir: 'dist-app',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    assetsDir: 'assets',
  },
});
