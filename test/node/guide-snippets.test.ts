import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../support/chromium.mjs';
import { freePort, startReferenceServer } from '../support/reference-server.mjs';
import { limit } from '../support/timeouts.mjs';

const root = join(import.meta.dirname, '../..');
const GUIDES = { en: 'docs/embedding.en.md', fr: 'docs/embedding.fr.md', ar: 'docs/embedding.ar.md' } as const;
/** The address the guides tell a web admin to replace with their server's. */
const PLACEHOLDER = 'https://www.your-commune.ma';

function htmlSnippets(markdown: string): string[] {
  return [...markdown.matchAll(/^```html\n([\s\S]*?)^```/gm)].map((match) => match[1]!);
}

/**
 * Every HTML snippet of the embedding guides, pasted as a web admin would into a page of
 * another origin than the reference server (with the guide's loader line when the snippet
 * has no script of its own), must define its tags and load their content without an error.
 */
describe('the embedding guides, pasted on another site', () => {
  let reference: { url: string; stop(): Promise<void> };
  let site: Server;
  let siteUrl: string;
  let browser: Browser;
  const pages = new Map<string, string>();

  before(async () => {
    reference = await startReferenceServer();
    site = createServer((request, response) => {
      const page = pages.get(new URL(request.url ?? '/', 'http://x').pathname);
      if (!page) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
    const port = await freePort();
    await new Promise<void>((resolve) => site.listen(port, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${port}`;
    browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  });

  after(async () => {
    await browser?.close();
    site?.close();
    await reference?.stop();
  });

  for (const [lang, path] of Object.entries(GUIDES)) {
    test(`${path}: every snippet works as pasted`, { timeout: limit(300_000) }, async () => {
      const snippets = htmlSnippets(readFileSync(join(root, path), 'utf8')).map((snippet) =>
        snippet.replaceAll(PLACEHOLDER, reference.url),
      );
      const loader = snippets.find((snippet) => snippet.includes('/elements/mocharaka.js'));
      assert.ok(loader, 'the guide gives the loader line');
      assert.ok(snippets.filter((snippet) => /<mocharaka-/.test(snippet)).length >= 5, 'one snippet per element at least');
      for (const [index, snippet] of snippets.entries()) {
        let body = snippet.includes('<script') ? snippet : `${loader}\n${snippet}`;
        // The site-wide address alone: a tag without its own endpoint must find it.
        if (/^<meta /.test(snippet.trim()))
          body += '\n<mocharaka-satisfaction service="civil-status"><a href="/contact">…</a></mocharaka-satisfaction>';
        const pagePath = `/${lang}/${index}.html`;
        pages.set(
          pagePath,
          `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang} ${index}</title></head><body>\n${body}\n</body></html>`,
        );
        await checkPage(`${path} snippet ${index + 1}`, `${siteUrl}${pagePath}`);
      }
    });
  }

  async function checkPage(name: string, url: string) {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('mocharaka-loaded', (event) => ((event.target as HTMLElement).dataset.testLoaded = 'yes'));
      document.addEventListener(
        'mocharaka-error',
        (event) => ((event.target as HTMLElement).dataset.testError = (event as CustomEvent<{ code: string }>).detail.code),
      );
    });
    try {
      await page.goto(url);
      const tags = await page.evaluate(() =>
        [...document.querySelectorAll('*')].map((element) => element.localName).filter((tag) => tag.startsWith('mocharaka-')),
      );
      if (tags.length === 0) return;
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll<HTMLElement>('*')]
            .filter((element) => element.localName.startsWith('mocharaka-'))
            .every((element) => element.dataset.testLoaded || element.dataset.testError),
        { timeout: limit(60_000) },
      );
      const outcomes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('*')]
          .filter((element) => element.localName.startsWith('mocharaka-'))
          .map(
            (element) =>
              `${element.localName}: ${element.dataset.testError ?? 'loaded'}${element.shadowRoot?.querySelector('[part=config-error]') ? ' (configuration error shown)' : ''}`,
          ),
      );
      assert.deepEqual(
        outcomes.filter((outcome) => !/: loaded$/.test(outcome)),
        [],
        name,
      );
      assert.deepEqual(problems, [], name);
    } finally {
      await page.close();
    }
  }
});
