import type { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { adminCharters, adminConsultations, adminPetitions } from '../staff/admin-lists.js';
import { dashboard } from '../staff/dashboard.js';
import { staffResource } from '../staff/staff-resource.js';

/** The dashboard and the lists staff work from. */
export function adminDashboardRoutes(app: Hono, db: Database): void {
  staffResource(app, '/v1/admin/dashboard', { GET: async (c) => c.json(await dashboard(db)) });
  // These paths' POST (create) is served with the petition, consultation and charter routes.
  const shared = { shared: true };
  staffResource(app, '/v1/admin/petitions', { GET: async (c) => c.json({ items: await adminPetitions(db) }) }, shared);
  staffResource(app, '/v1/admin/consultations', { GET: async (c) => c.json({ items: await adminConsultations(db) }) }, shared);
  staffResource(app, '/v1/admin/charters', { GET: async (c) => c.json({ items: await adminCharters(db) }) }, shared);
}
