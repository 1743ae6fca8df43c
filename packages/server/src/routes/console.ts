import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressStaticFiles } from '../http/compression.js';
import { HttpError } from '../http/http-error.js';
import { IMMUTABLE } from './static-files.js';

/** The console's build (`packages/console/dist-app/`, made by `npm run build`). */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../../console/dist-app/', import.meta.url));

/** Where the console lives; its Vite `base` is the same path (packages/console/vite.config.ts). */
const CONSOLE_PATH = '/console';

/**
 * The staff console, same origin as the API so its session cookie and CSRF token work
 * without CORS. Hashed files under `assets/` are cached for a year and sent compressed;
 * every other path is the single-page app's `index.html` (never cached), whose router
 * picks the screen.
 * The strict Content-Security-Policy of every response (http/security-headers.ts)
 * applies: the console runs with no inline script or style and under Trusted Types.
 */
export function consoleRoutes(app: Hono, consoleDir = DEFAULT_CONSOLE_DIR): void {
  const indexFile = join(consoleDir, 'index.html');
  app.get(CONSOLE_PATH, (c) => c.redirect(`${CONSOLE_PATH}/`, 301));
  app.use(
    `${CONSOLE_PATH}/assets/*`,
    async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', IMMUTABLE);
    },
    compressStaticFiles,
    serveStatic({ root: consoleDir, rewriteRequestPath: (path) => path.slice(CONSOLE_PATH.length) }),
  );
  app.get(`${CONSOLE_PATH}/*`, (c) => {
    if (c.req.path.startsWith(`${CONSOLE_PATH}/assets/`)) throw new HttpError(404, 'not_found', 'No such file');
    if (!existsSync(indexFile)) {
      throw new HttpError(503, 'console_not_built', 'The console is not built on this server: run `npm run build`');
    }
    c.header('Cache-Control', 'no-cache');
    c.header('X-Robots-Tag', 'noindex');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
