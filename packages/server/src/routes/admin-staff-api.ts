import type { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { DEFAULT_SIGNATURE_RETENTION_DAYS } from '../petitions/retention.js';
import { authenticateStaff } from '../staff/authenticate.js';
import type { PasswordCost } from '../staff/passwords.js';
import { adminAuditRoutes } from './admin-audit.js';
import { adminDashboardRoutes } from './admin-dashboard.js';
import { adminSessionRoutes } from './admin-session.js';
import { adminSettingsRoutes } from './admin-settings.js';
import { adminStaffRoutes } from './admin-staff.js';
import { adminTokenRoutes } from './admin-staff-tokens.js';

export interface StaffApiOptions {
  db: Database;
  /** `MOCHARAKA_ADMIN_TOKEN`, accepted as an `admin` bearer token (bootstrap and compatibility). */
  adminToken?: string;
  trustedProxies?: readonly string[];
  /** `MOCHARAKA_SIGNATURE_RETENTION_DAYS`: the retention until an administrator sets one. */
  retentionDays?: number;
  /** `MOCHARAKA_PASSWORD_COST`: the scrypt cost of new password hashes (the default when unset). */
  passwordCost?: PasswordCost;
}

/**
 * Authenticates every `/v1/admin/*` request (mount this before any other admin route)
 * and serves the staff API of `STAFF_ENDPOINTS`.
 */
export function staffApiRoutes(app: Hono, options: StaffApiOptions): void {
  const { db } = options;
  app.use('/v1/admin/*', authenticateStaff(options));
  adminSessionRoutes(app, options);
  adminStaffRoutes(app, db, options.passwordCost);
  adminTokenRoutes(app, db);
  adminAuditRoutes(app, db);
  adminSettingsRoutes(app, db, { retentionDays: options.retentionDays ?? DEFAULT_SIGNATURE_RETENTION_DAYS });
  adminDashboardRoutes(app, db);
}
