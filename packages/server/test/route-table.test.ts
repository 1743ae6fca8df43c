/**
 * The route table is the one description of the API: what the server serves, what the
 * table lists and what the OpenAPI document describes must be the same operations, and
 * each operation's auth, CORS and methods must be what the table says.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  STAFF_ROLES,
  operations,
  routeSchemas,
  signIn,
  staffOperations,
  type Operation,
  type OperationId,
  type RouteSchemas,
  type StaffRole,
} from '@mocharaka/core/contract';
import { buildOpenApiDocument } from '@mocharaka/core/openapi';
import { Hono } from 'hono';
import { createApp } from '../src/app.js';
import type { StaffEnv } from '../src/http/operation-router.js';
import { adminCharterRoutes } from '../src/routes/admin-charters.js';
import { adminMeetingRoutes } from '../src/routes/admin-meetings.js';
import { adminActionPlanRoutes } from '../src/routes/admin-action-plan.js';
import { adminConsultationRoutes } from '../src/routes/admin-consultations.js';
import { adminPetitionRoutes } from '../src/routes/admin-petitions.js';
import { adminServiceRoutes } from '../src/routes/admin-services.js';
import { adminSuggestionRoutes } from '../src/routes/admin-suggestions.js';
import { deriveKeys } from '../src/crypto/keys.js';
import { HttpError } from '../src/http/http-error.js';
import { ADMIN_TOKEN, TEST_SECRET_KEY, useTestApp } from './support/test-app.js';

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const table = Object.entries(operations) as [OperationId, Operation][];

/** A value for each path parameter that names nothing but passes the parameter's schema. */
const SAMPLE_PARAMS: Record<string, string> = { id: 'no-such-thing', n: '1', reference: 'ADH-0000-0000-0000' };
const sampleUrl = (operation: Operation) => operation.path.replace(/\{(\w+)\}/g, (_, name: string) => SAMPLE_PARAMS[name] ?? 'x');
const key = (method: string, path: string) => `${method} ${path}`;

describe('the route table', () => {
  const t = useTestApp('pglite', { proofOfWork: true });

  test('served routes = the table = the OpenAPI paths, method by method', async () => {
    const served = new Set(
      t.app.routes
        .filter((route) => HTTP_METHODS.has(route.method) && route.path.startsWith('/v1/'))
        .map((route) => key(route.method, route.path.replace(/:(\w+)/g, '{$1}'))),
    );
    const listed = new Set(table.map(([, operation]) => key(operation.method, operation.path)));
    const document = (await (await t.app.request('/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => key(method.toUpperCase(), path))),
    );
    assert.deepEqual([...served].sort(), [...listed].sort(), 'served but not in the table, or in the table but not served');
    assert.deepEqual([...documented].sort(), [...listed].sort(), 'documented but not in the table, or the reverse');
    assert.equal(listed.size, table.length, 'two operations with one method and path');
    for (const [id, operation] of table) assert.equal(document.paths[operation.path]?.[operation.method.toLowerCase()]?.operationId, id);
  });

  test('the served document is the one built from the table', async () => {
    const served = await (await t.app.request('/v1/openapi.json')).json();
    assert.deepEqual(served, JSON.parse(JSON.stringify(buildOpenApiDocument((served as { info: { version: string } }).info.version))));
  });

  test('each operation names exactly the path parameters of its path', () => {
    for (const [id, operation] of table) {
      const inPath = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      assert.deepEqual(Object.keys((routeSchemas[id] as RouteSchemas).params ?? {}).sort(), inPath, id);
    }
  });

  test('staff operations live under /v1/admin/ and public ones outside it; only public ones answer other origins', async () => {
    for (const [id, operation] of table) {
      const staff = operation.auth !== 'public';
      assert.equal(operation.path.startsWith('/v1/admin/'), staff, id);
      const preflight = await t.app.request(sampleUrl(operation), {
        method: 'OPTIONS',
        headers: { origin: 'https://any-site.example', 'access-control-request-method': operation.method },
      });
      // The test app restricts CORS to its allow-list: another origin gets nothing, public or not.
      assert.equal(preflight.headers.get('access-control-allow-origin'), null, id);
    }
    const open = createApp({
      db: t.db,
      config: { adminToken: ADMIN_TOKEN, allowedOrigins: [], secretKey: TEST_SECRET_KEY, proofOfWork: true },
      log: () => {},
    });
    for (const [id, operation] of table) {
      const preflight = await open.request(sampleUrl(operation), {
        method: 'OPTIONS',
        headers: { origin: 'https://any-site.example', 'access-control-request-method': operation.method },
      });
      assert.equal(preflight.headers.get('access-control-allow-origin'), operation.auth === 'public' ? '*' : null, id);
      assert.equal(preflight.headers.get('access-control-allow-credentials'), null, id);
    }
  });

  test('a method no operation serves on a path is 405 with the table’s methods in Allow', async () => {
    const byPath = new Map<string, string[]>();
    for (const [, operation] of table) byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation.method]);
    for (const [path, methods] of byPath) {
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => SAMPLE_PARAMS[name] ?? 'x');
      const unserved = ['DELETE', 'PATCH', 'PUT'].find((method) => !methods.includes(method))!;
      const response = await t.app.request(url, { method: unserved, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      assert.equal(response.status, 405, path);
      const allow = (response.headers.get('allow') ?? '').split(', ').sort();
      assert.deepEqual(allow, [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].sort(), path);
    }
  });

  test('every staff operation refuses a missing token with 401', async () => {
    // The sign-in is where credentials are obtained: it needs none.
    for (const [id, operation] of table.filter(([, operation]) => operation.auth !== 'public' && operation !== signIn)) {
      const response = await t.app.request(sampleUrl(operation), { method: operation.method });
      assert.equal(response.status, 401, id);
    }
  });

  test('each role reaches exactly the staff operations the table allows it, before anything is read or written', async () => {
    const deps = { db: t.db, allowedOrigins: [] };
    const keys = deriveKeys(TEST_SECRET_KEY);
    const admin = new Hono<StaffEnv>();
    admin.use('*', async (c, next) => {
      const role = c.req.header('x-test-role') as StaffRole;
      c.set('staff', { accountId: role, email: `${role}@commune.ma`, displayName: role, role, via: 'token' });
      await next();
    });
    for (const routes of [
      adminServiceRoutes(deps),
      adminPetitionRoutes(deps, keys),
      adminConsultationRoutes(deps),
      adminCharterRoutes(deps, keys),
      adminMeetingRoutes(deps, keys),
      adminActionPlanRoutes(deps, keys),
      adminSuggestionRoutes(deps, keys),
    ]) {
      admin.route('/', routes);
    }
    const app = new Hono().route('/v1/admin', admin);
    app.onError((error, c) =>
      c.json({ code: error instanceof HttpError ? error.code : 'internal_error' }, error instanceof HttpError ? error.status : 500),
    );
    // The staff API's own operations are walked role by role on the real app in staff-roles.test.ts.
    for (const [id, operation] of table.filter(([id, operation]) => operation.auth !== 'public' && !Object.hasOwn(staffOperations, id))) {
      for (const role of STAFF_ROLES) {
        const response = await app.request(sampleUrl(operation), {
          method: operation.method,
          headers: { 'x-test-role': role, 'content-type': 'application/json' },
          body: operation.method === 'GET' ? undefined : '{}',
        });
        const allowed = role === 'admin' || (operation.auth as readonly StaffRole[]).includes(role);
        assert.equal(response.status === 403, !allowed, `${id} as ${role}: ${response.status}`);
        assert.notEqual(response.status, 500, `${id} as ${role}`);
      }
    }
  });
});
