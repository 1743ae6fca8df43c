// ESLint for the whole repository: rules that catch real bugs (unused code, promises left
// floating, template and custom-element mistakes, inaccessible markup), not style —
// Prettier owns the layout (.prettierrc.json).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Code that runs in the browser: the elements, the console, their tests and the stories. */
const BROWSER = ['packages/*/src/**/*.ts', 'packages/*/test/**/*.ts', 'test/browser/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'];
const NODE_PACKAGES = ['packages/server/**', 'packages/demo/**'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-*/**',
      'dist-standalone/**',
      'storybook-static/**',
      '**/generated/**',
      'benchmarks/results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { SECRET: _unused, ...rest } = env` drops a key on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // The code states non-null facts the compiler cannot see (`querySelector(…)!` after a render).
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'smart'],
      'no-constant-binary-expression': 'error',
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
    },
  },
  {
    files: ['**/*.ts'],
    // TypeScript itself reports undefined names, with the right globals for each package.
    rules: { 'no-undef': 'off' },
  },
  {
    // Type-aware rules on the product code (the files each package's tsconfig holds).
    files: ['packages/*/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its error: the bugs the test suites found most.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: BROWSER,
    ignores: NODE_PACKAGES,
    languageOptions: { globals: { ...globals.browser } },
    ...lit.configs['flat/recommended'],
  },
  { files: BROWSER, ignores: NODE_PACKAGES, ...wc.configs['flat/recommended'] },
  {
    // chai's `expect(x).to.be.true` is an expression statement by design.
    files: ['**/test/**/*.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      // Attack corpora and fixtures hold `${…}` in plain strings on purpose.
      'no-template-curly-in-string': 'off',
    },
  },
  {
    files: BROWSER.filter((glob) => glob.includes('test')),
    ignores: NODE_PACKAGES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              message: 'Import test/support/browser-testing.js: its waits scale with the machine and its failures never hang the runner.',
            },
          ],
        },
      ],
    },
  },
  {
    // Benchmarks drive Chromium with puppeteer: the functions they pass to page.evaluate run in the page.
    files: ['scripts/bench-*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  { files: BROWSER, ignores: NODE_PACKAGES, ...litA11y.configs.recommended },
  {
    files: BROWSER,
    ignores: NODE_PACKAGES,
    rules: {
      // Lit elements are defined with @customElement; the guard rules assume customElements.define.
      'wc/guard-super-call': 'off',
    },
  },
);
