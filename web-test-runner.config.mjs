import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromiumOnceWithRetry } from './test/support/chromium-launcher.mjs';
import { bundledTestFiles } from './test/support/bundled-test-files.mjs';
import { startReferenceServer } from './test/support/reference-server.mjs';
import { BROWSER_TEST_FILES } from './test/support/test-files.mjs';
import { limit } from './test/support/timeouts.mjs';
import { fileResultsReporter } from './test/support/wtr-file-results.mjs';

let referenceServer;

/**
 * Starts the real reference server for the run. The middleware below forwards `/v1/*`
 * (so elements under test use `endpoint="/v1"`), and `/reference/*`, `/elements/*`,
 * `/demo/*`, `/console/*` and `/assets/*` (so the demo commune page, the staff console and the
 * printable signature list can be opened same-origin in an iframe).
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

const PROXIED = /^\/(v1|elements|demo|console|assets)\//;

/** The `disable-browser-cache` command: the test file's page fetches every module anew. */
function browserCacheCommand() {
  return {
    name: 'browser-cache-command',
    async executeCommand({ command, session }) {
      if (command !== 'disable-browser-cache') return undefined;
      await session.browser.getPage(session.id).setCacheEnabled(false);
      return true;
    },
  };
}

/**
 * Network faults for the browser tests, by URL prefix `/fault/<kind>/v1/...`, applied to
 * POSTs on their first attempts (counted per Idempotency-Key):
 * - `drop-after-commit`: the server handles the request, then the connection is cut
 *   before the answer reaches the browser (the first attempt);
 * - `502-after-commit` / `500-after-commit`: the server handles it, the browser gets a
 *   502 or a 500 (first attempt);
 * - `timeout-after-commit`: the server handles it, the answer comes only after the
 *   client's 10 s per-attempt timeout (first attempt);
 * - `down`: a 503 without reaching the server, for the first three attempts.
 * And `/fault/modules?fail=<part of a path>` makes the requests for the modules it names fail with
 * 503, as a lazy chunk does when the connection drops (`/fault/modules` alone ends it). Chromium
 * reuses a module another test file's page loaded: the test runs `disable-browser-cache` first.
 */

const FAULT = /^\/fault\/(drop-after-commit|502-after-commit|500-after-commit|timeout-after-commit|down)(\/v1\/.*)$/;
const faultAttempts = new Map();
let lastFaultKey;
let failingModules;

async function proxyMiddleware(context, next) {
  if (context.path === '/fault/last-attempts') {
    context.body = { attempts: faultAttempts.get(lastFaultKey) ?? 0 };
    return;
  }
  if (context.path === '/fault/modules') {
    failingModules = context.query.fail || undefined;
    context.body = { failing: failingModules ?? null };
    return;
  }
  if (failingModules && context.path.includes(failingModules)) {
    context.status = 503;
    return;
  }
  const fault = FAULT.exec(context.path);
  if (fault) return faultyProxy(context, fault[1], context.url.replace(/^\/fault\/[^/]+/, ''));
  const isDemoPage = context.path === '/reference/';
  if (!isDemoPage && !PROXIED.test(context.path)) return next();
  return forward(context, isDemoPage ? context.url.replace('/reference/', '/') : context.url);
}

async function faultyProxy(context, kind, url) {
  const key = context.get('idempotency-key');
  const attempt = context.method === 'POST' && key ? (faultAttempts.get(key) ?? 0) + 1 : 0;
  if (attempt) {
    faultAttempts.set(key, attempt);
    lastFaultKey = key;
  }
  if (kind === 'down' && attempt >= 1 && attempt <= 3) {
    context.status = 503;
    context.body = { error: { code: 'unavailable', message: 'injected fault' } };
    return;
  }
  await forward(context, url);
  if (attempt !== 1) return;
  if (kind === 'drop-after-commit') {
    context.req.socket.destroy();
  } else if (kind === '502-after-commit' || kind === '500-after-commit') {
    context.status = Number(kind.slice(0, 3));
    context.body = { error: { code: 'injected_fault', message: 'injected fault' } };
  } else if (kind === 'timeout-after-commit') {
    await new Promise((resolve) => setTimeout(resolve, 11_000));
  }
}

async function forward(context, url) {
  const init = { method: context.method, headers: { ...context.headers } };
  delete init.headers.host;
  // A same-origin page's Origin, as the reference server would see it behind a reverse proxy
  // that keeps the Host (the console's sign-in and CSRF check compare the two).
  if (init.headers.origin === `http://${context.host}`) init.headers.origin = referenceServer.url;
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

const resultsFile = process.env.MOCHARAKA_WTR_RESULTS;

export default {
  files: BROWSER_TEST_FILES,
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // One test file at a time: on a 2-core machine parallel files make timing-sensitive tests flaky.
  concurrency: 1,
  testFramework: { config: { timeout: limit('browserTest') } },
  browserStartTimeout: limit('browserStart'),
  testsStartTimeout: limit('testsStart'),
  testsFinishTimeout: limit('testsFinish'),
  browsers: [chromiumOnceWithRetry()],
  reporters: [defaultReporter(), ...(resultsFile ? [fileResultsReporter(resultsFile)] : [])],
  middleware: [bundledTestFiles(['test/browser/stories.test.ts']), proxyMiddleware],
  plugins: [referenceServerProxy(), browserCacheCommand(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' })],
};
