import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import { fileURLToPath } from 'node:url';
import { compressStaticFiles } from '../http/compression.js';

/** The server package's own assets (the printable signature list's stylesheet). */
const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

/** What a file whose name changes with its content may be cached as. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Vite names chunks and assets `<name>-<hash>.<ext>`; entries keep their name. */
const HASHED_ELEMENT_FILE = /^\/elements\/(chunks|assets)\//;

/**
 * `/elements/` serves the standalone browser build. Its chunks and assets carry a content
 * hash, so they are cached for a year; the entry files keep a stable name a commune pastes
 * into its CMS, so browsers revalidate them. The files are public code: any site may
 * load them as modules (which needs CORS), never with credentials. Text files go out
 * brotli- or gzip-compressed.
 */
export function staticFileRoutes(app: Hono, elementsDir: string): void {
  app.use(
    '/elements/*',
    cacheFound((path) => (HASHED_ELEMENT_FILE.test(path) ? IMMUTABLE : 'no-cache')),
    async (c, next) => {
      await next();
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    },
    compressStaticFiles,
    serveStatic({ root: elementsDir, rewriteRequestPath: (path) => path.slice('/elements'.length) }),
  );
  app.use(
    '/assets/*',
    cacheFound(() => 'no-cache'),
    compressStaticFiles,
    serveStatic({ root: PUBLIC_DIR, rewriteRequestPath: (path) => path.slice('/assets'.length) }),
  );
}

function cacheFound(policy: (path: string) => string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', policy(c.req.path));
  };
}
