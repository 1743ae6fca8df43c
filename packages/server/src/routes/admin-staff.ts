import { StaffAccountInput, StaffAccountUpdate } from '@mocharaka/core/contract';
import type { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { HttpError, notFound } from '../http/http-error.js';
import { readJsonBody } from '../http/json-body.js';
import { pathParam } from '../http/methods.js';
import { createAccount, listAccounts, updateAccount } from '../staff/accounts.js';
import { revokeAccountTokens } from '../staff/api-tokens.js';
import { actorOf, recordAudit } from '../staff/audit.js';
import { hashPassword, type PasswordCost } from '../staff/passwords.js';
import { endAccountSessions } from '../staff/sessions.js';
import { staffResource } from '../staff/staff-resource.js';

/** Staff accounts, managed by administrators. */
export function adminStaffRoutes(app: Hono, db: Database, passwordCost?: PasswordCost): void {
  staffResource(app, '/v1/admin/staff', {
    GET: async (c) => c.json({ items: await listAccounts(db) }),
    POST: async (c) => {
      const { value } = await readJsonBody(c, StaffAccountInput);
      const passwordHash = await hashPassword(value.password, passwordCost);
      const account = await db.transaction(async (tx) => {
        const created = await createAccount(tx, { email: value.email, displayName: value.displayName, role: value.role, passwordHash });
        if (!created) throw new HttpError(409, 'email_taken', 'A staff account already has this e-mail address');
        await recordAudit(tx, actorOf(c.get('staff')), {
          action: 'create',
          resourceType: 'staff-account',
          resourceId: created.id,
          summary: { email: created.email, displayName: created.displayName, role: created.role },
        });
        return created;
      });
      return c.json(account, 201);
    },
  });

  staffResource(app, '/v1/admin/staff/:id', {
    PATCH: async (c) => {
      const id = pathParam(c, 'id');
      const { value } = await readJsonBody(c, StaffAccountUpdate);
      const passwordHash = value.password === undefined ? undefined : await hashPassword(value.password, passwordCost);
      const account = await db.transaction(async (tx) => {
        const outcome = await updateAccount(tx, id, {
          displayName: value.displayName,
          role: value.role,
          active: value.active,
          passwordHash,
        });
        if (outcome === 'not_found') throw notFound('Staff account');
        if (outcome === 'last_admin') {
          throw new HttpError(409, 'last_admin', 'The last active administrator can be neither demoted nor deactivated');
        }
        const { before, after } = outcome;
        if (passwordHash || !after.active) await endAccountSessions(tx, id);
        if (!after.active) await revokeAccountTokens(tx, id);
        const summary: Record<string, unknown> = {};
        if (after.displayName !== before.displayName) summary.displayName = after.displayName;
        if (after.role !== before.role) summary.role = after.role;
        if (after.active !== before.active) summary.active = after.active;
        if (passwordHash) summary.password = 'reset';
        await recordAudit(tx, actorOf(c.get('staff')), { action: 'update', resourceType: 'staff-account', resourceId: id, summary });
        return after;
      });
      return c.json(account);
    },
  });
}
