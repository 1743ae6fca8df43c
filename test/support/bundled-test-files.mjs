import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * A middleware serving the given test files bundled by esbuild (their imports included) instead of
 * module by module. The stories' test needs it: Storybook's browser code imports
 * CommonJS packages (aria-query …) that only a bundler turns into ES modules, as Vite
 * does for Storybook itself. Stylesheets the stories import are added to the page.
 */
export function bundledTestFiles(files) {
  const paths = new Set(files.map((file) => `/${file}`));
  const stylesheets = {
    name: 'stylesheets-into-the-page',
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.css$/ }, ({ path }) => ({
        loader: 'js',
        contents: `const style = document.createElement('style');\nstyle.textContent = ${JSON.stringify(readFileSync(path, 'utf8'))};\ndocument.head.append(style);\n`,
      }));
    },
  };
  const bundles = new Map();
  /** A koa middleware of the dev server: ahead of its plugins, none of which may touch the bundle. */
  return async function serveBundle(context, next) {
    if (!paths.has(context.path)) return next();
    if (!bundles.has(context.path)) bundles.set(context.path, bundle(context.path.slice(1)));
    context.type = 'application/javascript';
    context.body = await bundles.get(context.path);
  };

  async function bundle(entryPoint) {
    const result = await build({
      entryPoints: [entryPoint],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['source', 'browser', 'development'],
      tsconfig: 'tsconfig.base.json',
      define: { 'process.env.NODE_ENV': '"development"' },
      sourcemap: 'inline',
      logLevel: 'silent',
      plugins: [stylesheets],
    });
    return result.outputFiles[0].text;
  }
}
