import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, findChromium } from './test/support/chromium.mjs';
import { startReferenceServer } from './test/support/reference-server.mjs';

const executablePath = findChromium();
let referenceServer;

/**
 * Starts the real reference server for the run. The middleware below forwards `/v1/*`
 * (so elements under test use `endpoint="/v1"`), and `/reference/*`, `/elements/*` and
 * `/demo/*` (so the demo commune page can be opened same-origin in an iframe).
 */
function referenceServerProxy() {
  return {
    name: 'reference-server-proxy',
    async serverStart() {
      referenceServer = await startReferenceServer();
    },
    async serverStop() {
      await referenceServer?.stop();
    },
  };
}

const PROXIED = /^\/(v1|elements|demo)\//;

async function proxyMiddleware(context, next) {
  const isDemoPage = context.path === '/reference/';
  if (!isDemoPage && !PROXIED.test(context.path)) return next();
  const url = isDemoPage ? context.url.replace('/reference/', '/') : context.url;
  const init = { method: context.method, headers: { ...context.headers } };
  delete init.headers.host;
  if (!['GET', 'HEAD'].includes(context.method)) {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    init.body = Buffer.concat(chunks);
  }
  const response = await fetch(`${referenceServer.url}${url}`, init);
  context.status = response.status;
  response.headers.forEach((value, key) => {
    if (key !== 'content-encoding' && key !== 'content-length') context.set(key, value);
  });
  context.body = Buffer.from(await response.arrayBuffer());
}

export default {
  files: ['packages/*/test/**/*.test.ts', '!packages/server/**', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_FLAGS } })],
  middleware: [proxyMiddleware],
  plugins: [
    referenceServerProxy(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' }),
  ],
};
