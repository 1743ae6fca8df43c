/**
 * Goal 4: time to each element's first heading, against a trivial Lit element that
 * fetches the same API answer and shows its title in an <h2> (Lit and the element bundled
 * into one minified module by esbuild: the least a Lit widget fetching data can cost).
 *
 * Debian's Chromium via puppeteer-core, every load in a fresh browser context (cold
 * cache, new connections), 4x CPU throttling, 1.6 Mbit/s (`--mbit`) down and up with 150 ms added
 * to every request (DevTools network emulation). One page server on loopback serves the
 * two pages and the trivial module and passes `/elements/` and `/v1/` through to the
 * built reference server (demo commune), so both cases are same-origin and get the same
 * compression. The element's page is the documented embed: the loader line and the tag.
 * The time is `performance.now()` (from navigation start) in the first animation frame
 * whose shadow DOM holds a non-empty <h1>/<h2>. Loads are interleaved (element, trivial,
 * then the other way round), median of RUNS each (7, 3 with --quick). The extra fields
 * give when the API request started (Resource Timing) in both cases, how long after the
 * last response it needed the heading came (`afterLastResponseMs`: the main thread's
 * part, which network noise leaves alone), and the same element loaded by its own file
 * without the loader (`perElementFileMs`).
 *
 * `--compare DIR,DIR…` measures builds of the elements folder against each other instead,
 * each through the loader line, loads interleaved with the trivial element's in a
 * rotating order, so that the machine's load weighs on each alike.
 *
 * `--mbit N` sets another bandwidth (both ways) to see how much of the gap is bytes.
 *
 *   node benchmarks/suite/4-element-paint.mjs [--quick] [--runs N] [--mbit N] [--elements DIR | --compare DIR,DIR…]
 */
/* global window, document, requestAnimationFrame -- the functions run in the page */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { quick, report, ROOT } from '../lib/measure.mjs';
import { CHARTER, CONSULTATION, PETITION, SERVICE } from '../lib/targets.mjs';
import { CHROMIUM_FLAGS, findChromium } from '../../test/support/chromium.mjs';
import { startReferenceServer } from '../../test/support/reference-server.mjs';

const runsArg = process.argv.indexOf('--runs');
const elementsArg = process.argv.indexOf('--elements');
/** Another build of the elements folder to measure (e.g. one made with a change), served like the server serves its own. */
const ELEMENTS_DIR = elementsArg > 0 ? process.argv[elementsArg + 1] : undefined;
const compareArg = process.argv.indexOf('--compare');
/** Builds compared with `--compare`, each served below its own path. */
const VARIANTS = compareArg > 0 ? process.argv[compareArg + 1].split(',') : [];
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : quick ? 3 : 7;
const CPU_THROTTLE = 4;
const mbitArg = process.argv.indexOf('--mbit');
const MBIT = mbitArg > 0 ? Number(process.argv[mbitArg + 1]) : 1.6;
if (!(MBIT > 0)) {
  console.error(`--mbit takes a bandwidth in Mbit/s above 0, not "${process.argv[mbitArg + 1]}"`);
  process.exit(2);
}
const NETWORK = { offline: false, latency: 150, downloadThroughput: (MBIT * 1_000_000) / 8, uploadThroughput: (MBIT * 1_000_000) / 8 };

/** Each element, the API answer its first heading shows, and the field holding that text. */
const CASES = [
  { tag: 'mocharaka-petition', attribute: 'petition', id: PETITION, api: `/v1/petitions/${PETITION}`, field: 'title' },
  { tag: 'mocharaka-consultation', attribute: 'consultation', id: CONSULTATION, api: `/v1/consultations/${CONSULTATION}`, field: 'title' },
  { tag: 'mocharaka-charter', attribute: 'charter', id: CHARTER, api: `/v1/charters/${CHARTER}`, field: 'title' },
  { tag: 'mocharaka-satisfaction', attribute: 'service', id: SERVICE, api: `/v1/services/${SERVICE}`, field: 'name' },
];

const TRIVIAL_SOURCE = `
import { LitElement, html } from 'lit';
const textOf = (value) => (typeof value === 'string' ? value : (value.ar ?? Object.values(value)[0]));
class TrivialFetch extends LitElement {
  static properties = { path: {}, field: {}, data: { state: true } };
  connectedCallback() {
    super.connectedCallback();
    fetch(this.path, { headers: { accept: 'application/json' } }).then((response) => response.json()).then((data) => (this.data = data));
  }
  render() {
    return this.data ? html\`<h2>\${textOf(this.data[this.field])}</h2>\` : html\`<p>…</p>\`;
  }
}
customElements.define('trivial-fetch', TrivialFetch);
`;

const page = (head, body) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>bench</title>` +
  `<meta name="viewport" content="width=device-width, initial-scale=1">${head}</head><body>${body}</body></html>`;

function pages(one) {
  const tag = `<${one.tag} data-bench ${one.attribute}="${one.id}" endpoint="/v1"></${one.tag}>`;
  const variants = VARIANTS.map((_, index) => [
    `variant${index}`,
    page(`<script type="module" src="/variant/${index}/mocharaka.js"></script>`, tag),
  ]);
  return {
    ...Object.fromEntries(variants),
    loader: page('<script type="module" src="/elements/mocharaka.js"></script>', tag),
    file: page(`<script type="module" src="/elements/${one.tag}.js"></script>`, tag),
    trivial: page(
      '<script type="module" src="/trivial.js"></script>',
      `<trivial-fetch data-bench path="${one.api}" field="${one.field}"></trivial-fetch>`,
    ),
  };
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.woff2': 'font/woff2' };
const compressedFiles = new Map();

/** A file sent as the server sends its static files: brotli or gzip by Accept-Encoding, compressed once. */
function sendCompressed(req, res, path, raw, cacheControl) {
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const accepted = req.headers['accept-encoding'] ?? '';
  const encoding = type === 'font/woff2' ? undefined : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
  const key = `${encoding} ${path}`;
  if (encoding && !compressedFiles.has(key)) {
    compressedFiles.set(key, encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 }));
  }
  res.writeHead(200, {
    'content-type': type,
    'cache-control': cacheControl,
    vary: 'Accept-Encoding',
    ...(encoding && { 'content-encoding': encoding }),
  });
  res.end(encoding ? compressedFiles.get(key) : raw);
}

/** Serves the pages and the trivial module, passes the rest through to the reference server. */
function startPageServer(upstream, trivialModule) {
  const byCase = new Map(CASES.map((one) => [one.tag, pages(one)]));
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://bench');
    const match = /^\/page\/([a-z-]+)\/(loader|file|trivial|variant\d+)\.html$/.exec(url.pathname);
    if (match && byCase.has(match[1])) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(byCase.get(match[1])[match[2]]);
    }
    if (url.pathname === '/trivial.js') return sendCompressed(req, res, url.pathname, trivialModule, 'no-cache');
    const variant = /^\/variant\/(\d+)\//.exec(url.pathname);
    const folder = variant ? VARIANTS[Number(variant[1])] : url.pathname.startsWith('/elements/') ? ELEMENTS_DIR : undefined;
    if (folder) {
      const path = join(folder, normalize(url.pathname.slice(variant ? variant[0].length : '/elements/'.length)).replace(/^(\.\.\/)+/, ''));
      try {
        return sendCompressed(req, res, path, readFileSync(path), 'no-cache');
      } catch {
        res.writeHead(404);
        return res.end();
      }
    }
    const forward = httpRequest(
      upstream + req.url,
      { method: req.method, headers: { ...req.headers, host: new URL(upstream).host } },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** In every page, before its scripts: the first frame showing a heading, and when the API was asked. */
const WATCH_FIRST_HEADING = () => {
  window.__firstHeading = new Promise((resolve) => {
    const check = () => {
      const heading = document.querySelector('[data-bench]')?.shadowRoot?.querySelector('h1, h2');
      if (heading && heading.textContent.trim()) {
        const now = performance.now();
        const resources = performance.getEntriesByType('resource');
        const api = resources.find((entry) => new URL(entry.name).pathname.startsWith('/v1/'));
        const lastResponseEnd = Math.max(...resources.map((entry) => entry.responseEnd).filter((end) => end > 0 && end <= now));
        resolve({
          headingMs: now,
          apiStartMs: api ? api.startTime : null,
          afterLastResponseMs: now - lastResponseEnd,
          text: heading.textContent.trim(),
        });
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
};

async function loadOnce(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await tab.evaluateOnNewDocument(WATCH_FIRST_HEADING);
    await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    return await tab.evaluate(() =>
      Promise.race([window.__firstHeading, new Promise((_, reject) => setTimeout(() => reject(new Error('no heading in 60 s')), 60_000))]),
    );
  } finally {
    await context.close();
  }
}

let failedLoads = 0;

/** A load that shows no heading (the shared build folder rebuilt under the run, say) is tried once more and counted. */
async function loadTwice(browser, url) {
  try {
    return await loadOnce(browser, url);
  } catch (error) {
    failedLoads += 1;
    console.error(`${url}: ${error.message}; trying again`);
    return loadOnce(browser, url);
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value) => Math.round(value);

const trivialModule = Buffer.from(
  (
    await build({
      stdin: { contents: TRIVIAL_SOURCE, resolveDir: ROOT, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    })
  ).outputFiles[0].text,
);

/** `--compare`: every build against the trivial element, the order of the loads rotating each run. */
async function compareVariants(browser, origin) {
  const kinds = ['trivial', ...VARIANTS.map((_, index) => `variant${index}`)];
  const samples = new Map(CASES.map((one) => [one.tag, Object.fromEntries(kinds.map((kind) => [kind, []]))]));
  for (let run = 0; run < RUNS; run++) {
    for (const one of CASES) {
      const order = [...kinds.slice(run % kinds.length), ...kinds.slice(0, run % kinds.length)];
      for (const kind of order) samples.get(one.tag)[kind].push(await loadTwice(browser, `${origin}/page/${one.tag}/${kind}.html`));
    }
  }
  for (const one of CASES) {
    const byKind = samples.get(one.tag);
    const trivial = median(byKind.trivial.map((sample) => sample.headingMs));
    VARIANTS.forEach((dir, index) => {
      const list = byKind[`variant${index}`];
      report({
        goal: '4',
        measure: `first heading, <${one.tag}> (loader line) from ${dir}, 4x CPU, ${MBIT} Mbit/s, 150 ms RTT, cold`,
        value: round(median(list.map((sample) => sample.headingMs))),
        unit: 'ms',
        reference: 'trivial Lit element fetching the same API (one esbuild bundle), same runs',
        referenceValue: round(trivial),
        extra: {
          runs: RUNS,
          failedLoads,
          afterLastResponseMs: round(median(list.map((sample) => sample.afterLastResponseMs))),
          trivialAfterLastResponseMs: round(median(byKind.trivial.map((sample) => sample.afterLastResponseMs))),
        },
      });
    });
  }
}

const reference = await startReferenceServer();
let pageServer;
let browser;
try {
  pageServer = await startPageServer(reference.url, trivialModule);
  const origin = `http://127.0.0.1:${pageServer.address().port}`;
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  if (VARIANTS.length > 0) await compareVariants(browser, origin);
  else await measureElements(browser, origin);
} finally {
  await browser?.close();
  pageServer?.closeAllConnections();
  await new Promise((resolve) => (pageServer ? pageServer.close(resolve) : resolve()));
  await reference.stop();
}

/** Each element through the loader line and by its own file, against the trivial element. */
async function measureElements(browser, origin) {
  const samples = new Map(CASES.map((one) => [one.tag, { loader: [], file: [], trivial: [] }]));
  for (let run = 0; run < RUNS; run++) {
    for (const one of CASES) {
      const order = run % 2 ? ['trivial', 'loader', 'file'] : ['loader', 'trivial', 'file'];
      for (const kind of order) samples.get(one.tag)[kind].push(await loadTwice(browser, `${origin}/page/${one.tag}/${kind}.html`));
    }
  }
  for (const one of CASES) {
    const { loader, file, trivial } = samples.get(one.tag);
    const headings = (list) => median(list.map((sample) => sample.headingMs));
    const apiStarts = (list) => median(list.map((sample) => sample.apiStartMs ?? NaN));
    report({
      goal: '4',
      measure: `first heading, <${one.tag}> (loader line), 4x CPU, ${MBIT} Mbit/s, 150 ms RTT, cold`,
      value: round(headings(loader)),
      unit: 'ms',
      reference: 'trivial Lit element fetching the same API (one esbuild bundle)',
      referenceValue: round(headings(trivial)),
      extra: {
        runs: RUNS,
        failedLoads,
        apiRequestStartMs: round(apiStarts(loader)),
        afterLastResponseMs: round(median(loader.map((sample) => sample.afterLastResponseMs))),
        trivialAfterLastResponseMs: round(median(trivial.map((sample) => sample.afterLastResponseMs))),
        trivialApiRequestStartMs: round(apiStarts(trivial)),
        perElementFileMs: round(headings(file)),
        perElementFileApiRequestStartMs: round(apiStarts(file)),
        trivialModuleGzipBytes: gzipSync(trivialModule, { level: 9 }).length,
        heading: loader[0].text.slice(0, 60),
      },
    });
  }
}
