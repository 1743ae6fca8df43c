import { AUDIT_PAGE_SIZE_DEFAULT, AUDIT_PAGE_SIZE_MAX, AuditQuery } from '@mocharaka/core/contract';
import type { Context, Hono } from 'hono';
import type { Database } from '../db/database.js';
import { fieldErrors } from '../http/field-errors.js';
import { HttpError } from '../http/http-error.js';
import { auditCsv, exportAudit, listAudit, type AuditFilters } from '../staff/audit.js';
import { staffResource } from '../staff/staff-resource.js';

/** The audit trail, as pages and as CSV, filtered the same way. */
export function adminAuditRoutes(app: Hono, db: Database): void {
  staffResource(app, '/v1/admin/audit', {
    GET: async (c) => {
      const query = readQuery(c);
      const limit = query.limit === undefined ? AUDIT_PAGE_SIZE_DEFAULT : Number(query.limit);
      if (limit < 1 || limit > AUDIT_PAGE_SIZE_MAX) {
        throw new HttpError(422, 'validation_failed', 'Some fields are invalid', { limit: 'too_big' });
      }
      return c.json(await listAudit(db, query, { before: query.cursor, limit }));
    },
  });

  staffResource(app, '/v1/admin/audit.csv', {
    GET: async (c) => {
      const query = readQuery(c);
      const day = new Date().toISOString().slice(0, 10);
      return c.body(auditCsv(await exportAudit(db, query)), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-${day}.csv"`,
      });
    },
  });
}

function readQuery(c: Context): AuditFilters & { cursor?: string; limit?: string } {
  const raw = c.req.query();
  const parsed = AuditQuery.safeParse(raw);
  if (!parsed.success) throw new HttpError(422, 'validation_failed', 'Some fields are invalid', fieldErrors(parsed.error.issues, raw));
  return parsed.data;
}
