import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import { fileURLToPath } from 'node:url';

/** The server package's own assets (the printable signature list's stylesheet). */
const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

/**
 * `/elements/` serves the standalone browser build. Its chunks carry a content hash,
 * so they are cached for a year; the entry files keep a stable name a commune pastes
 * into its CMS, so browsers revalidate them. The files are public code: any site may
 * load them as modules (which needs CORS), never with credentials.
 */
export function staticFileRoutes(app: Hono, elementsDir: string): void {
  app.use(
    '/elements/*',
    cacheFound((path) => (path.startsWith('/elements/chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache')),
    async (c, next) => {
      await next();
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    },
    serveStatic({ root: elementsDir, rewriteRequestPath: (path) => path.slice('/elements'.length) }),
  );
  app.use(
    '/assets/*',
    cacheFound(() => 'no-cache'),
    serveStatic({ root: PUBLIC_DIR, rewriteRequestPath: (path) => path.slice('/assets'.length) }),
  );
}

function cacheFound(policy: (path: string) => string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', policy(c.req.path));
  };
}
