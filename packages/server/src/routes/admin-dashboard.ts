import type { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { dashboard } from '../staff/dashboard.js';
import { staffResource } from '../staff/staff-resource.js';

/** The dashboard (the lists staff work from are served with the petition, consultation and charter routes). */
export function adminDashboardRoutes(app: Hono, db: Database): void {
  staffResource(app, '/v1/admin/dashboard', { GET: async (c) => c.json(await dashboard(db)) });
}
