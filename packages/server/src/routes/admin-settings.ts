import { CommuneSettingsInput } from '@mocharaka/core/contract';
import type { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { readJsonBody } from '../http/json-body.js';
import { actorOf, recordAudit } from '../staff/audit.js';
import { settingsOf, theCommune, updateSettings } from '../staff/commune.js';
import { staffResource } from '../staff/staff-resource.js';

/** The commune's settings; `retentionDays` is what applies until an administrator sets it (`MOCHARAKA_SIGNATURE_RETENTION_DAYS`). */
export function adminSettingsRoutes(app: Hono, db: Database, defaults: { retentionDays: number }): void {
  staffResource(app, '/v1/admin/settings', {
    GET: async (c) => c.json(settingsOf(await theCommune(db), defaults)),
    PUT: async (c) => {
      const { value } = await readJsonBody(c, CommuneSettingsInput);
      const settings = await db.transaction(async (tx) => {
        const { before, after } = await updateSettings(tx, value, defaults);
        const summary: Record<string, unknown> = {};
        for (const key of ['name', 'populationCategory', 'embeddingOrigins', 'retentionDays'] as const) {
          if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) summary[key] = after[key];
        }
        await recordAudit(tx, actorOf(c.get('staff')), { action: 'update', resourceType: 'commune', resourceId: after.id, summary });
        return after;
      });
      return c.json(settings);
    },
  });
}
