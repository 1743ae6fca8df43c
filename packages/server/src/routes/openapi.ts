import { buildOpenApiDocument } from '@mocharaka/core/openapi';
import type { Hono } from 'hono';
import { resource } from '../http/methods.js';
import { SERVER_VERSION } from '../version.js';

export function openApiRoutes(app: Hono): void {
  const document = buildOpenApiDocument(SERVER_VERSION);
  resource(app, '/v1/openapi.json', { GET: (c) => c.json(document) });
}
