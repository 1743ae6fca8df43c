import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../support/chromium.mjs';
import { limit } from '../support/timeouts.mjs';
import { freePort, startReferenceServer } from '../support/reference-server.mjs';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const APPS = ['react', 'vue', 'vanilla'] as const;
/** npm install, type checks and builds: registry downloads and tsc are slow on a busy machine. */
const STEP_MS: number = limit(300_000);

/**
 * The React 19, Vue 3 and plain TypeScript apps of test/consumers, installed from the
 * packed tarballs in a folder outside the repository, type-checked, built, served from an
 * origin of their own and used in Chromium against the reference server.
 */
describe('apps using the packed packages', { timeout: STEP_MS * 6 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'mocharaka-consumers-'));
  const appDir = join(folder, 'app');
  let reference: { url: string; stop(): Promise<void> } | undefined;
  let site: Server | undefined;
  let siteUrl = '';
  let browser: Browser | undefined;

  before(async () => {
    mkdirSync(join(folder, 'tarballs'));
    for (const name of ['core', 'satisfaction']) {
      // No prepack: the build made dist/ (typings included), and packages.test.ts packs with it at the same time.
      await run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', join(folder, 'tarballs')], {
        cwd: join(root, 'packages', name),
        timeout: STEP_MS,
      });
    }
    cpSync(join(root, 'test/consumers'), appDir, { recursive: true });
    const tarballs = ['mocharaka-core-0.1.0.tgz', 'mocharaka-satisfaction-0.1.0.tgz'].map((file) => join(folder, 'tarballs', file));
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs], {
      cwd: appDir,
      timeout: STEP_MS,
      maxBuffer: 16 << 20,
    });
  });

  after(async () => {
    await browser?.close();
    site?.close();
    await reference?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  for (const app of APPS) {
    test(`${app}: type-checks against the typings the package ships`, async () => {
      const checker = app === 'vue' ? 'vue-tsc' : 'tsc';
      await run(join(appDir, 'node_modules/.bin', checker), ['-p', `${app}/tsconfig.json`], { cwd: appDir, timeout: STEP_MS });
    });

    test(`${app}: builds with Vite`, async () => {
      await run(join(appDir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: join(appDir, app), timeout: STEP_MS });
    });
  }

  test('each app rates a service from another origin and reads the typed receipt', { timeout: STEP_MS * 2 }, async () => {
    reference = await startReferenceServer();
    site = await serveFolder(join(appDir, 'dist'));
    siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
    browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
    for (const app of APPS) {
      const page = await browser.newPage();
      const errors: string[] = [];
      const console: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
      try {
        await page.goto(`${siteUrl}/${app}/index.html?endpoint=${encodeURIComponent(`${reference!.url}/v1`)}`);
        const face = await page.waitForSelector('mocharaka-satisfaction:not([hidden]) >>> button[part=level][data-level="5"]', {
          timeout: limit(30_000),
        });
        await face!.click();
        await page.waitForFunction(() => /^civil-status:5:\S+$/.test(document.querySelector('#receipt')?.textContent ?? ''), {
          timeout: limit(30_000),
        });
      } catch (error) {
        throw new Error(`${app}: ${String(error)}\npage errors: ${errors.join('\n')}\nconsole: ${console.join('\n')}`);
      }
      assert.deepEqual(errors, [], app);
      await page.close();
    }
  });
});

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A plain static server for the built apps, on a port (an origin) of its own. */
async function serveFolder(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(dir, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
