import { ApiTokenInput } from '@mocharaka/core/contract';
import type { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { notFound } from '../http/http-error.js';
import { readJsonBody } from '../http/json-body.js';
import { pathParam } from '../http/methods.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../staff/api-tokens.js';
import { actorOf, recordAudit } from '../staff/audit.js';
import { staffResource } from '../staff/staff-resource.js';
import { accountOwner } from './admin-session.js';

/** Personal API tokens: each staff member's own; an administrator may revoke anyone's. */
export function adminTokenRoutes(app: Hono, db: Database): void {
  staffResource(app, '/v1/admin/tokens', {
    GET: async (c) => c.json({ items: await listApiTokens(db, accountOwner(c).accountId) }),
    POST: async (c) => {
      const owner = accountOwner(c);
      const { value } = await readJsonBody(c, ApiTokenInput);
      const created = await db.transaction(async (tx) => {
        const made = await createApiToken(tx, owner.accountId, value);
        await recordAudit(tx, actorOf(owner), {
          action: 'create',
          resourceType: 'api-token',
          resourceId: made.token.id,
          summary: { name: made.token.name, ...(made.token.expiresAt ? { expiresAt: made.token.expiresAt } : {}) },
        });
        return made;
      });
      return c.json(created, 201);
    },
  });

  staffResource(app, '/v1/admin/tokens/:id', {
    DELETE: async (c) => {
      const staff = c.get('staff');
      const id = pathParam(c, 'id');
      await db.transaction(async (tx) => {
        const revoked = await revokeApiToken(tx, id, staff.role === 'admin' ? undefined : accountOwner(c).accountId);
        if (!revoked) throw notFound('Token');
        await recordAudit(tx, actorOf(staff), {
          action: 'revoke',
          resourceType: 'api-token',
          resourceId: id,
          summary: { name: revoked.name, owner: revoked.accountId },
        });
      });
      return c.body(null, 204);
    },
  });
}
