import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { fileURLToPath } from 'node:url';
import { pageLanguage } from './page-dictionary.js';
import { renderDemoPage } from './page.js';

/** The demo page's own assets (its stylesheet). */
const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));

/**
 * The demo commune's website: its home page at `/` (in the language of `?lang`) and its
 * stylesheet under `/demo/`. Mounted on the reference server only in demo mode.
 */
export function demoSite(): Hono {
  const site = new Hono();
  site.get('/', (c) => {
    const language = pageLanguage(c.req.query('lang'));
    c.header('Content-Language', language);
    c.header('Cache-Control', 'no-cache');
    return c.html(renderDemoPage(language));
  });
  site.use(
    '/demo/*',
    async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', 'no-cache');
    },
    serveStatic({ root: PUBLIC_DIR, rewriteRequestPath: (path) => path.slice('/demo'.length) }),
  );
  return site;
}
