/**
 * Render time of the longest demo charter (the draft national charter of participatory
 * democracy) in a real browser: Debian's Chromium driven by puppeteer-core (never a
 * downloaded browser), against a reference server started here on a free port with a
 * fresh embedded database (`packages/demo/dist/main.js`: run `npm run build` first).
 *
 * On the demo page (`/?lang=ar`, which loads the charter element), each run inserts
 * `<mocharaka-charter charter="national-participatory-democracy" endpoint="/v1">` and
 * measures, in the page with performance.now(), from insertion until the last article is
 * in the element's shadow DOM (`inDomMs`: fetch from the loopback server included), then
 * until layout of the whole document is done (`layoutMs`). Runs are repeated without and
 * with 4x CPU throttling. Prints one JSON line.
 *
 *   node scripts/bench-charter-render.mjs [--runs 10]
 */
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../test/support/chromium.mjs';
import { startReferenceServer } from '../test/support/reference-server.mjs';

const CHARTER = 'national-participatory-democracy';
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value) => Math.round(value * 10) / 10;
const stats = (values) => ({ median: round(median(values)), max: round(Math.max(...values)) });

/** Every Arabic string of the document: what the element has to lay out. */
function documentStats(document) {
  let articles = 0;
  let characters = 0;
  const walk = (value, key) => {
    if (typeof value === 'string') {
      if (key === 'ar') characters += [...value].length;
    } else if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const part of document.parts) {
    walk(part.title, undefined);
    for (const article of part.articles ?? []) {
      articles += 1;
      walk(article);
    }
    for (const chapter of part.chapters ?? []) {
      walk(chapter.title, undefined);
      for (const article of chapter.articles) {
        articles += 1;
        walk(article);
      }
    }
  }
  return { articles, characters };
}

/** In the page: insert the element, wait for the last article, then for layout. */
async function renderOnce(page, lastArticle) {
  return page.evaluate(
    async (charter, lastId) => {
      document.querySelectorAll('mocharaka-charter[data-bench]').forEach((element) => element.remove());
      const element = document.createElement('mocharaka-charter');
      element.dataset.bench = '';
      element.setAttribute('charter', charter);
      element.setAttribute('endpoint', '/v1');
      const start = performance.now();
      document.body.append(element);
      const found = () => element.shadowRoot?.getElementById(lastId);
      await new Promise((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error('the last article never rendered')), 60_000);
        const done = () => (clearTimeout(timeout), resolve());
        if (found()) return done();
        const check = () => {
          if (!found()) return false;
          observer.disconnect();
          done();
          return true;
        };
        const observer = new MutationObserver(check);
        // The shadow root is attached when the element connects; watch it, and the host until it exists.
        const watch = () =>
          element.shadowRoot ? observer.observe(element.shadowRoot, { childList: true, subtree: true }) : requestAnimationFrame(watch);
        watch();
      });
      const inDom = performance.now() - start;
      element.shadowRoot.querySelector('[part=document]').getBoundingClientRect();
      found().getBoundingClientRect();
      const layout = performance.now() - start;
      return { inDom, layout, textLength: element.shadowRoot.querySelector('[part=document]').textContent.length };
    },
    CHARTER,
    lastArticle,
  );
}

const server = await startReferenceServer();
let browser;
try {
  const charter = await (await fetch(`${server.url}/v1/charters/${CHARTER}`)).json();
  const { articles, characters } = documentStats(charter.document);
  const lastArticle = `charter-${CHARTER}-article-${articles}`;

  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/?lang=ar`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('mocharaka-charter') !== undefined, { timeout: 30_000 });

  const measure = async (throttle) => {
    await page.emulateCPUThrottling(throttle);
    await renderOnce(page, lastArticle); // warm-up: module code compiled, response cached as the browser allows
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await renderOnce(page, lastArticle));
    await page.emulateCPUThrottling(null);
    return {
      inDomMs: stats(runs.map((run) => run.inDom)),
      layoutMs: stats(runs.map((run) => run.layout)),
      renderedTextLength: runs[0].textLength,
    };
  };
  const unthrottled = await measure(1);
  const throttled = await measure(4);
  console.log(
    JSON.stringify({
      bench: 'charter-render',
      charter: CHARTER,
      articles,
      characters,
      runs: RUNS,
      browser: await browser.version(),
      unthrottled,
      cpuThrottle4x: throttled,
    }),
  );
} finally {
  await browser?.close();
  await server.stop();
}
