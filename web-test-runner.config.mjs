import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, findChromium } from './test/support/chromium.mjs';
import { startReferenceServer } from './test/support/reference-server.mjs';

const executablePath = findChromium();
let referenceServer;

/** Forwards `/v1/*` to the real reference server, so elements under test use `endpoint="/v1"`. */
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

async function proxyMiddleware(context, next) {
  if (!context.path.startsWith('/v1/')) return next();
  const init = { method: context.method, headers: { ...context.headers } };
  delete init.headers.host;
  if (!['GET', 'HEAD'].includes(context.method)) {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    init.body = Buffer.concat(chunks);
  }
  const response = await fetch(`${referenceServer.url}${context.url}`, init);
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
