import { readdirSync, existsSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';
import { DEFAULT_LOCALE } from './packages/core/src/localization/locales.js';
import { inlineDefaultLocale } from './packages/loader/build/inline-default-locale.js';
import { LOADER_ENTRY, mocharakaLoader } from './packages/loader/build/loader-plugin.js';

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
  entries[LOADER_ENTRY] = 'packages/loader/src/mocharaka.ts';
  return entries;
}

/** The element packages that have their own catalogues. */
function localizedElements(): string[] {
  return readdirSync('packages').filter(
    (name) => existsSync(`packages/${name}/src/mocharaka-${name}.ts`) && existsSync(`packages/${name}/src/generated/locales`),
  );
}

/**
 * Lit's css`` and html`` templates ship their source whitespace and comments; the bundle
 * minifier leaves template strings alone. minify-literals parses the module, then runs
 * html-minifier-terser and clean-css over each template, leaving the `${…}` parts intact.
 * Attribute values without spaces lose their quotes: lit-html reads unquoted values, with
 * expressions in them too (`id=q-${id}-hint`), the same as quoted ones.
 */
function minifyLitTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/packages\/[^/]+\/src\/.*\.ts$/.test(id) || id.includes('/generated/')) return null;
      return minifyHTMLLiterals(code, { fileName: id, minifyOptions: { removeAttributeQuotes: true } });
    },
  };
}

/**
 * Vite wraps every dynamic import() in a helper that first preloads the chunk's JS and CSS
 * dependencies (0.5 kB gzip in the shared runtime). Here modulePreload is off and the build
 * emits no CSS (Lit styles live in the modules), so every call gets an empty list and the
 * helper only runs the import; it is replaced by that, keeping its `vite:preloadError`
 * event. The build fails if a CSS file ever appears, since the replacement would not load it.
 */
function plainDynamicImports(): Plugin {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'plain-dynamic-imports',
    apply: 'build',
    transform: {
      filter: { id: { include: [new RegExp(`^${helperId}$`)] } },
      handler() {
        return `export const __vitePreload = (load) => load().catch((error) => {
  const event = new Event('vite:preloadError', { cancelable: true });
  event.payload = error;
  window.dispatchEvent(event);
  if (!event.defaultPrevented) throw error;
});`;
      },
    },
    generateBundle(_, bundle) {
      const css = Object.keys(bundle).filter((fileName) => fileName.endsWith('.css'));
      if (css.length) this.error(`plain-dynamic-imports cannot preload CSS: ${css.join(', ')}`);
    },
  };
}

export default defineConfig({
  plugins: [
    inlineDefaultLocale({ root: import.meta.dirname, defaultLocale: DEFAULT_LOCALE, packages: ['core', ...localizedElements()] }),
    minifyLitTemplates(),
    plainDynamicImports(),
    mocharakaLoader({ defaultLocale: DEFAULT_LOCALE }),
  ],
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  build: {
    outDir: 'dist-standalone',
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    modulePreload: false,
    rollupOptions: {
      input: elementEntries(),
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        manualChunks: (id) => {
          // Lit, lit-localize and core in one chunk every element and locale shares; core's
          // lazy modules (loaded on first use) and the helpers only some elements use
          // (charts, drafts, printing, the theme's defaults read by printing) are left
          // to rollup, so no element pays for them.
          if (
            /node_modules\/(lit|lit-html|lit-element|@lit)\/|packages\/core\/src\/(?!generated|contract|lazy\/|client\/over-http\/|outbox\/outbox\.ts|element\/(chart|print-only)\.ts|theme\/public-tokens\.ts)/.test(
              id,
            )
          )
            return 'runtime';
          // The signature, registration and suggestion forms all check a contact and a
          // national ID: one small file for the three instead of two. It holds the reading
          // of typed digits too (contract/digits.ts), which the consultation's number answers use.
          if (/packages\/core\/src\/contract\/(national-id|petition-rules)\.ts$/.test(id)) return 'identity-rules';
          return undefined;
        },
      },
    },
  },
});
