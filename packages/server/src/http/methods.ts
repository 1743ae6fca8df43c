import type { Context, Handler, Hono } from 'hono';
import { HttpError } from './http-error.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Registers a path's handlers and answers any other method with 405 and `Allow`.
 * GET also serves HEAD (Hono does that by itself).
 */
export function resource(app: Hono, path: string, handlers: Partial<Record<Method, Handler>>): void {
  const methods = Object.keys(handlers) as Method[];
  for (const method of methods) app.on(method, path, handlers[method]!);
  const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', ');
  app.all(path, () => {
    throw new HttpError(405, 'method_not_allowed', 'This method is not allowed here', undefined, { Allow: allow });
  });
}

/** A path parameter of a route registered through `resource` (always present once matched). */
export function pathParam(c: Context, name: string): string {
  return c.req.param(name) ?? '';
}
