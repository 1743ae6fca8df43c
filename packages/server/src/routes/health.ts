import type { Health } from '@mocharaka/core/contract';
import type { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { resource } from '../http/methods.js';
import { SERVER_VERSION } from '../version.js';

export function healthRoutes(app: Hono, db: Database): void {
  resource(app, '/v1/health', {
    GET: async (c) => {
      await db.query('SELECT 1');
      return c.json({ status: 'ok', database: db.kind, version: SERVER_VERSION } satisfies Health);
    },
  });
}
