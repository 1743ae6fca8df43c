import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { defaultLogWriter } from '../src/http/request-log.js';
import { ADMIN_TOKEN, ALLOWED_ORIGIN, useTestApp } from './support/test-app.js';

describe('HTTP policy', () => {
  const t = useTestApp('pglite');

  test('an allowed origin gets CORS headers, never credentials', async () => {
    const response = await t.app.request('/v1/services', { headers: { origin: ALLOWED_ORIGIN } });
    assert.equal(response.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
    assert.equal(response.headers.get('access-control-allow-credentials'), null);

    const preflight = await t.app.request('/v1/services/civil-status/ratings', {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
  });

  test('with an allow-list, the Host header grants nothing: an origin naming the host it calls is still another origin', async () => {
    // A page on the server's own origin makes same-origin requests, which need no CORS.
    const response = await t.app.request('http://evil.example/v1/services', {
      headers: { origin: 'http://evil.example', host: 'evil.example' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  test('without an allow-list, the public API answers any origin with *, never with credentials', async () => {
    const open = createApp({ db: t.db, config: { adminToken: ADMIN_TOKEN, allowedOrigins: [] }, log: () => {} });
    const response = await open.request('/v1/services', { headers: { origin: 'https://any-commune-site.example' } });
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
    const preflight = await open.request('/v1/services/civil-status/ratings', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://any-commune-site.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, mocharaka-proof',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Mocharaka-Proof/i);
    const staff = await open.request('/v1/admin/services/civil-status/ratings', {
      method: 'OPTIONS',
      headers: { origin: 'https://any-commune-site.example', 'access-control-request-method': 'GET' },
    });
    assert.equal(staff.headers.get('access-control-allow-origin'), null);
  });

  test('another origin gets no CORS headers', async () => {
    const response = await t.app.request('/v1/services', { headers: { origin: 'https://evil.example' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  test('admin routes are not CORS-enabled, even for an allowed origin', async () => {
    const response = await t.app.request('/v1/admin/services/civil-status/ratings', {
      method: 'OPTIONS',
      headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'GET' },
    });
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  test('a JSON body in another charset than UTF-8 is 415, never read as UTF-8', async () => {
    for (const contentType of [
      'application/json; charset=utf-16',
      'application/json; charset="UTF-16LE"',
      'application/json;charset=iso-8859-1',
      'text/plain',
    ]) {
      const response = await t.postJson('/v1/services/civil-status/ratings', { level: 3 }, { 'content-type': contentType });
      assert.equal(response.status, 415, contentType);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'unsupported_media_type');
    }
    for (const contentType of ['application/json', 'application/json; charset=utf-8', 'Application/JSON; Charset="UTF-8"']) {
      const response = await t.postJson('/v1/services/civil-status/ratings', { level: 3 }, { 'content-type': contentType });
      assert.equal(response.status, 201, contentType);
    }
  });

  test('every response carries the security headers; POST responses are not cached', async () => {
    for (const response of [
      await t.app.request('/v1/health'),
      await t.app.request('/'),
      await t.app.request('/missing'),
      await t.postJson('/v1/services/civil-status/ratings', { level: 3 }),
    ]) {
      assert.equal(
        response.headers.get('content-security-policy'),
        "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; frame-ancestors 'self'; " +
          "base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'",
      );
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
    }
    const post = await t.postJson('/v1/services/civil-status/ratings', { level: 3 });
    assert.equal(post.headers.get('cache-control'), 'no-store');
  });

  test('one JSON log line per request, without the body or the query string', async () => {
    await t.postJson('/v1/services/civil-status/ratings?who=me', { level: 3, comment: 'my name is Amina' });
    assert.equal(t.logs.length, 1);
    const line = JSON.parse(t.logs[0]!) as Record<string, unknown>;
    assert.deepEqual(Object.keys(line).sort(), ['method', 'ms', 'path', 'status', 'time']);
    assert.equal(line.path, '/v1/services/civil-status/ratings');
    assert.equal(line.status, 201);
    assert.doesNotMatch(t.logs[0]!, /Amina|who=me/);
  });

  test('MOCHARAKA_LOG=silent writes no line, and the requests are answered as before', async (context) => {
    const quiet = createApp({
      db: t.db,
      config: { adminToken: ADMIN_TOKEN, allowedOrigins: [] },
      log: defaultLogWriter({ MOCHARAKA_LOG: 'silent' }),
    });
    const written: unknown[] = [];
    context.mock.method(process.stdout, 'write', (chunk: unknown) => written.push(chunk) > 0);
    const response = await quiet.request('/v1/services/civil-status/ratings', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ level: 3 }),
    });
    context.mock.restoreAll();
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(written, []);
  });
});

describe('unexpected errors', () => {
  test('are 500 internal_error without a stack, and logged without their message', async () => {
    const failing: Database = {
      kind: 'pglite',
      query: () => Promise.reject(new Error('secret detail from the database')),
      transaction: () => Promise.reject(new Error('secret detail from the database')),
      close: () => Promise.resolve(),
    };
    const logs: string[] = [];
    const app = createApp({ db: failing, config: { adminToken: 'x'.repeat(32), allowedOrigins: [] }, log: (line) => logs.push(line) });
    const response = await app.request('/v1/services');
    assert.equal(response.status, 500);
    const text = await response.text();
    assert.deepEqual(JSON.parse(text), { error: { code: 'internal_error', message: 'An unexpected error occurred' } });
    assert.doesNotMatch(text, /secret detail|at /);
    assert.doesNotMatch(logs.join('\n'), /secret detail/);
    assert.ok(logs.some((line) => (JSON.parse(line) as { level?: string }).level === 'error'));
  });
});
