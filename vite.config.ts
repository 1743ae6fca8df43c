import { readdirSync, existsSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * The standalone browser build a commune pastes into its CMS: one stable file per
 * element (`/elements/mocharaka-satisfaction.js`), Lit and core in shared hashed chunks,
 * and one chunk per locale so a citizen downloads only their language.
 * npm packages ship tsc's unbundled ES modules instead, so apps dedupe Lit themselves.
 */
function elementEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync('packages')) {
    const entry = `packages/${name}/src/mocharaka-${name}.ts`;
    if (existsSync(entry)) entries[`mocharaka-${name}`] = entry;
  }
  return entries;
}

export default defineConfig({
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  build: {
    outDir: 'dist-standalone',
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    modulePreload: false,
    rollupOptions: {
      input: elementEntries(),
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
