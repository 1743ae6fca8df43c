import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { STAFF_ROLES, operations, signIn, type ErrorBody, type StaffRole } from '@mocharaka/core/contract';
import { createApiToken } from '../src/staff/api-tokens.js';
import { createAccount } from '../src/staff/accounts.js';
import { useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

interface StaffRoute {
  method: string;
  /** As Hono writes it: `:id`. */
  path: string;
  roles: readonly StaffRole[] | 'public';
}

/** Every staff route of the route table (the staff API's included); the sign-in needs no credentials. */
const STAFF_ROUTES: StaffRoute[] = Object.values(operations)
  .filter((operation) => operation.path.startsWith('/v1/admin/'))
  .map((operation) => ({
    method: operation.method,
    path: operation.path.replace(/\{(\w+)\}/g, ':$1'),
    roles: operation === signIn ? 'public' : operation.auth,
  }));

/** `admin` may call everything; the other roles what the table lists. */
const allowed = (route: StaffRoute, role: StaffRole) => route.roles === 'public' || role === 'admin' || route.roles.includes(role);

for (const kind of availableDatabases()) {
  describe(`staff roles on ${kind}`, () => {
    const t = useTestApp(kind);
    const tokens = {} as Record<StaffRole, string>;

    before(async () => {
      for (const role of STAFF_ROLES) {
        // The password is never used here: tokens carry the role (and need no CSRF token).
        const account = await createAccount(t.db, {
          email: `${role}@roles.test`,
          displayName: role,
          role,
          passwordHash: 'scrypt$1$1$1$AA$AA',
        });
        tokens[role] = (await createApiToken(t.db, account!.id, { name: 'matrix' })).secret;
      }
    });

    test('every /v1/admin route the server serves is in the route table', () => {
      const declared = new Set(STAFF_ROUTES.map((route) => `${route.method} ${route.path}`));
      const served = t.app.routes
        .filter((route) => route.path.startsWith('/v1/admin/') && route.method !== 'ALL')
        .map((route) => `${route.method} ${route.path}`);
      assert.ok(served.length >= STAFF_ROUTES.length, `${served.length} served`);
      for (const route of served) assert.ok(declared.has(route), `${route} is served but declares no roles`);
    });

    test('every admin route × every role: allowed, or 403 — never reached without a role', async () => {
      const outcomes: string[] = [];
      for (const route of STAFF_ROUTES) {
        if (route.roles === 'public') continue;
        const url = route.path.replace(/:(\w+)/g, 'no-such-$1');
        for (const role of STAFF_ROLES) {
          // Writes go without a body: an allowed role reaches validation (4xx), nothing is written.
          const response = await t.app.request(url, { method: route.method, headers: { authorization: `Bearer ${tokens[role]}` } });
          const body = response.headers.get('content-type')?.includes('json') ? ((await response.json()) as ErrorBody | null) : null;
          const forbidden = response.status === 403 && body?.error.code === 'forbidden';
          if (allowed(route, role)) {
            assert.ok(!forbidden && response.status !== 401, `${role} may ${route.method} ${route.path}: got ${response.status}`);
          } else {
            assert.ok(forbidden, `${role} may not ${route.method} ${route.path}: got ${response.status}`);
          }
          outcomes.push(`${route.method} ${route.path} ${role} ${forbidden ? 403 : 'ok'}`);
        }
        const anonymous = await t.app.request(url, { method: route.method });
        assert.equal(anonymous.status, 401, `${route.method} ${route.path} without credentials`);
      }
      assert.ok(outcomes.length >= STAFF_ROUTES.length * STAFF_ROLES.length - STAFF_ROLES.length);
    });

    test('a token acts with its owner’s current role: demoted, its calls are refused at once', async () => {
      const token = tokens.moderator;
      assert.notEqual(
        (await t.app.request('/v1/admin/ratings/1/hide', { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status,
        403,
      );
      await t.db.query(`UPDATE staff_accounts SET role = 'viewer' WHERE email = 'moderator@roles.test'`);
      assert.equal(
        (await t.app.request('/v1/admin/ratings/1/hide', { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status,
        403,
      );
      await t.db.query(`UPDATE staff_accounts SET role = 'moderator' WHERE email = 'moderator@roles.test'`);
    });
  });
}
