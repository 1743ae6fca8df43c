import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { STAFF_CSRF_HEADER, STAFF_SESSION_COOKIE, StaffSession, type ErrorBody } from '@mocharaka/core/contract';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { FAILURES_PER_CLIENT, SIGN_IN_ATTEMPTS_PER_ACCOUNT } from '../src/staff/auth-failures.js';
import { BOOTSTRAP_TOKEN, SAME_ORIGIN, STAFF_PASSWORD, addAccount, sessionCookieOf, signIn, staffOnlyApp } from './staff-helpers.js';
import { availableDatabases, openTestDatabase, type TestDatabase } from './support/test-db.js';

const json = { 'content-type': 'application/json' };

for (const kind of availableDatabases()) {
  describe(`staff sign-in and sessions on ${kind}`, () => {
    let testDb: TestDatabase;
    let db: Database;
    const app = () => staffOnlyApp(db);

    before(async () => {
      testDb = await openTestDatabase(kind, { onDisk: true });
      db = testDb.db;
      await migrate(db);
    });
    beforeEach(async () => {
      await db.query('TRUNCATE staff_accounts, staff_auth_failures CASCADE');
    });
    after(async () => {
      await testDb?.dispose();
    });

    const signInRequest = (email: string, password: string, headers: Record<string, string> = SAME_ORIGIN) =>
      app().request('/v1/admin/session', { method: 'POST', headers: { ...headers, ...json }, body: JSON.stringify({ email, password }) });

    test('signing in sets a __Host- cookie that is HttpOnly, Secure and SameSite=Strict, and answers who and the CSRF token', async () => {
      await addAccount(db, 'editor', 'Editor@Commune.test'.toLowerCase());
      const response = await signInRequest(' EDITOR@commune.test ', STAFF_PASSWORD);
      assert.equal(response.status, 200);
      const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${STAFF_SESSION_COOKIE}=`))!;
      assert.ok(STAFF_SESSION_COOKIE.startsWith('__Host-'));
      for (const flag of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/']) assert.match(cookie, new RegExp(`; ${flag}(;|$)`), flag);
      assert.doesNotMatch(cookie, /Domain=/i);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const session = StaffSession.parse(await response.json());
      assert.equal(session.account.role, 'editor');
      assert.equal(session.via, 'session');
      assert.ok(session.csrfToken && session.csrfToken.length >= 32);
      // The cookie holds a secret of which the database keeps only a digest.
      const secret = sessionCookieOf(response);
      const rows = await db.query<{ stored: string }>(`SELECT encode(token_hash, 'base64') AS stored FROM staff_sessions`);
      assert.equal(rows.length, 1);
      assert.ok(!rows[0]!.stored.includes(secret) && rows[0]!.stored !== Buffer.from(secret).toString('base64'));

      const me = await app().request('/v1/admin/session', { headers: { ...SAME_ORIGIN, cookie: `${STAFF_SESSION_COOKIE}=${secret}` } });
      assert.equal(me.status, 200);
      assert.deepEqual(((await me.json()) as StaffSession).csrfToken, session.csrfToken);
    });

    test('an unknown e-mail and a wrong password get the same answer', async () => {
      await addAccount(db, 'viewer');
      const wrongPassword = await signInRequest('viewer@commune.test', 'not the password at all');
      const noSuchUser = await signInRequest('nobody@commune.test', STAFF_PASSWORD);
      const deactivated = await addAccount(db, 'moderator');
      await db.query('UPDATE staff_accounts SET active = false WHERE id = $1', [deactivated]);
      const inactive = await signInRequest('moderator@commune.test', STAFF_PASSWORD);
      const answers = await Promise.all(
        [wrongPassword, noSuchUser, inactive].map(async (r) => ({
          status: r.status,
          body: await r.text(),
          cookie: r.headers.getSetCookie().length,
        })),
      );
      assert.deepEqual(answers[0], { status: 401, body: answers[0]!.body, cookie: 0 });
      assert.deepEqual(answers[1], answers[0]);
      assert.deepEqual(answers[2], answers[0]);
      assert.equal((JSON.parse(answers[0]!.body) as ErrorBody).error.code, 'invalid_credentials');
    });

    test('sign-in attempts are limited per account: 429 with Retry-After, even with the right password', async () => {
      await addAccount(db, 'editor');
      // Each attempt costs a password hash (slow by design): start just under the budget.
      const spend = (email: string) =>
        db.query(
          `INSERT INTO staff_auth_failures (bucket, window_start, count)
           VALUES ($1, date_bin(interval '15 minutes', now(), timestamptz '1970-01-01 00:00:00+00'), $2)`,
          [`account:${email}`, SIGN_IN_ATTEMPTS_PER_ACCOUNT - 1],
        );
      await spend('editor@commune.test');
      assert.equal((await signInRequest('editor@commune.test', 'wrong password')).status, 401);
      const blocked = await signInRequest('editor@commune.test', STAFF_PASSWORD);
      assert.equal(blocked.status, 429);
      const retryAfter = Number(blocked.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 15 * 60, String(retryAfter));
      assert.equal(((await blocked.json()) as ErrorBody).error.code, 'too_many_attempts');
      // An unknown address is limited the same way: the limit tells nothing about who exists.
      await spend('ghost@commune.test');
      assert.equal((await signInRequest('ghost@commune.test', 'x')).status, 401);
      assert.equal((await signInRequest('ghost@commune.test', 'x')).status, 429);
      // A successful sign-in is not counted against the account.
      await addAccount(db, 'viewer');
      await spend('viewer@commune.test');
      assert.equal((await signInRequest('viewer@commune.test', STAFF_PASSWORD)).status, 200);
      assert.equal((await signInRequest('viewer@commune.test', STAFF_PASSWORD)).status, 200);
    });

    test('failed authentications are limited per client: sign-ins and wrong bearer tokens', async () => {
      await db.query(
        `INSERT INTO staff_auth_failures (bucket, window_start, count)
         VALUES ('client:unknown', date_bin(interval '15 minutes', now(), timestamptz '1970-01-01 00:00:00+00'), $1)`,
        [FAILURES_PER_CLIENT - 1],
      );
      assert.equal((await app().request('/v1/admin/session', { headers: { authorization: 'Bearer wrong-token' } })).status, 401);
      const bearer = await app().request('/v1/admin/session', { headers: { authorization: `Bearer ${BOOTSTRAP_TOKEN}` } });
      assert.equal(bearer.status, 429, 'even the right token waits once the client spent its budget');
      assert.ok(Number(bearer.headers.get('retry-after')) >= 1);
      await addAccount(db, 'viewer');
      assert.equal((await signInRequest('viewer@commune.test', STAFF_PASSWORD)).status, 429);
    });

    test('state-changing requests need the CSRF token and a same-site origin', async () => {
      await addAccount(db, 'admin');
      const admin = await signIn(app(), 'admin@commune.test');
      const body = JSON.stringify({ name: 'script' });
      const cookie = { cookie: `${STAFF_SESSION_COOKIE}=${admin.cookie}` };
      const attempts: [string, Record<string, string>][] = [
        ['no token', { ...SAME_ORIGIN, ...cookie, ...json }],
        ['wrong token', { ...SAME_ORIGIN, ...cookie, ...json, [STAFF_CSRF_HEADER]: 'x'.repeat(admin.csrf.length) }],
        [
          'cross-site fetch with the token',
          {
            ...cookie,
            ...json,
            host: 'localhost',
            origin: 'https://evil.example',
            'sec-fetch-site': 'cross-site',
            [STAFF_CSRF_HEADER]: admin.csrf,
          },
        ],
        [
          'foreign Origin without Sec-Fetch-Site',
          { ...cookie, ...json, host: 'localhost', origin: 'https://evil.example', [STAFF_CSRF_HEADER]: admin.csrf },
        ],
        [
          'same-site subdomain',
          {
            ...cookie,
            ...json,
            host: 'localhost',
            origin: 'http://other.localhost',
            'sec-fetch-site': 'same-site',
            [STAFF_CSRF_HEADER]: admin.csrf,
          },
        ],
      ];
      for (const [name, headers] of attempts) {
        const response = await app().request('/v1/admin/tokens', { method: 'POST', headers, body });
        assert.equal(response.status, 403, name);
        assert.equal(((await response.json()) as ErrorBody).error.code, 'csrf_failed', name);
      }
      // A cross-site HTML form post: no custom header can be set, the type is a form's.
      const form = await app().request('/v1/admin/staff', {
        method: 'POST',
        headers: {
          ...cookie,
          host: 'localhost',
          origin: 'https://evil.example',
          'sec-fetch-site': 'cross-site',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'email=evil%40example.com&displayName=Evil&role=admin&password=aaaaaaaaaaaaaaaa',
      });
      assert.equal(form.status, 403);
      assert.deepEqual(await db.query(`SELECT 1 FROM staff_accounts WHERE email = 'evil@example.com'`), []);
      assert.deepEqual(await db.query(`SELECT 1 FROM staff_api_tokens`), [], 'nothing was written');

      const allowed = await app().request('/v1/admin/tokens', { method: 'POST', headers: admin.headers(true), body });
      assert.equal(allowed.status, 201);
      // Reads need no token; a sign-in from another site is refused (login CSRF).
      assert.equal((await app().request('/v1/admin/tokens', { headers: admin.headers() })).status, 200);
      const crossSignIn = await signInRequest('admin@commune.test', STAFF_PASSWORD, {
        host: 'localhost',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      });
      assert.equal(crossSignIn.status, 403);
    });

    test('signing out ends the session; signing out everywhere ends them all', async () => {
      await addAccount(db, 'editor');
      const first = await signIn(app(), 'editor@commune.test');
      const second = await signIn(app(), 'editor@commune.test');
      const third = await signIn(app(), 'editor@commune.test');

      const out = await app().request('/v1/admin/session', { method: 'DELETE', headers: first.headers(true) });
      assert.equal(out.status, 204);
      assert.match(out.headers.getSetCookie().join('\n'), new RegExp(`${STAFF_SESSION_COOKIE}=;.*Max-Age=0`));
      assert.equal((await app().request('/v1/admin/session', { headers: first.headers() })).status, 401);
      assert.equal((await app().request('/v1/admin/session', { headers: second.headers() })).status, 200);

      assert.equal((await app().request('/v1/admin/sessions', { method: 'DELETE', headers: second.headers(true) })).status, 204);
      for (const session of [second, third]) {
        assert.equal((await app().request('/v1/admin/session', { headers: session.headers() })).status, 401);
      }
      const actions = await db.query<{ action: string }>(`SELECT action FROM audit_log WHERE resource_id = $1 ORDER BY id`, [
        first.session.account.id,
      ]);
      assert.deepEqual(
        actions.map((row) => row.action),
        ['sign_in', 'sign_in', 'sign_in', 'sign_out', 'sign_out_everywhere'],
      );
    });

    test('changing the password ends the other sessions and needs the current password', async () => {
      await addAccount(db, 'moderator');
      const here = await signIn(app(), 'moderator@commune.test');
      const elsewhere = await signIn(app(), 'moderator@commune.test');
      const change = (currentPassword: string) =>
        app().request('/v1/admin/session/password', {
          method: 'POST',
          headers: here.headers(true),
          body: JSON.stringify({ currentPassword, newPassword: 'a new long passphrase' }),
        });
      assert.equal((await change('wrong current password')).status, 401);
      const short = await app().request('/v1/admin/session/password', {
        method: 'POST',
        headers: here.headers(true),
        body: JSON.stringify({ currentPassword: STAFF_PASSWORD, newPassword: 'short' }),
      });
      assert.equal(short.status, 422);
      assert.equal((await change(STAFF_PASSWORD)).status, 204);
      assert.equal((await app().request('/v1/admin/session', { headers: here.headers() })).status, 200);
      assert.equal((await app().request('/v1/admin/session', { headers: elsewhere.headers() })).status, 401);
      assert.equal((await signInRequest('moderator@commune.test', STAFF_PASSWORD)).status, 401);
      assert.equal((await signInRequest('moderator@commune.test', 'a new long passphrase')).status, 200);
    });

    test('a session ends after its idle time and at its absolute expiry', async () => {
      await addAccount(db, 'viewer');
      const idle = await signIn(app(), 'viewer@commune.test');
      const old = await signIn(app(), 'viewer@commune.test');
      const fresh = await signIn(app(), 'viewer@commune.test');
      await db.query(`UPDATE staff_sessions SET last_seen_at = now() - interval '61 minutes' WHERE csrf_token = $1`, [idle.csrf]);
      await db.query(`UPDATE staff_sessions SET expires_at = now() - interval '1 second' WHERE csrf_token = $1`, [old.csrf]);
      assert.equal((await app().request('/v1/admin/session', { headers: idle.headers() })).status, 401);
      assert.equal((await app().request('/v1/admin/session', { headers: old.headers() })).status, 401);
      assert.equal((await app().request('/v1/admin/session', { headers: fresh.headers() })).status, 200);
    });

    test('a session holds across server instances and a restart on the same database', async () => {
      await addAccount(db, 'petitions-officer');
      const session = await signIn(staffOnlyApp(db), 'petitions-officer@commune.test');
      // Another instance (another process would be the same: nothing is kept in memory).
      assert.equal((await staffOnlyApp(db).request('/v1/admin/session', { headers: session.headers() })).status, 200);
      // A restart: the database closed and opened again.
      let reopened: Database;
      if (kind === 'pglite') {
        await db.close();
        reopened = await openPglite(testDb.dataDir!);
        db = reopened;
        testDb.db = reopened;
      } else {
        const [{ schema }] = (await db.query<{ schema: string }>('SELECT current_schema() AS schema')) as [{ schema: string }];
        reopened = openPostgres(process.env.DATABASE_URL!, { searchPath: schema });
      }
      try {
        const me = await staffOnlyApp(reopened).request('/v1/admin/session', { headers: session.headers() });
        assert.equal(me.status, 200);
        assert.equal(((await me.json()) as StaffSession).account.role, 'petitions-officer');
      } finally {
        if (kind === 'postgres') await reopened.close();
      }
    });

    test('personal API tokens: shown once, act with the owner role, revoked at once; the bootstrap token acts as admin', async () => {
      await addAccount(db, 'editor');
      const editor = await signIn(app(), 'editor@commune.test');
      const created = await app().request('/v1/admin/tokens', {
        method: 'POST',
        headers: editor.headers(true),
        body: JSON.stringify({ name: 'CMS sync' }),
      });
      assert.equal(created.status, 201);
      const { token, secret } = (await created.json()) as { token: { id: string; prefix: string }; secret: string };
      assert.match(secret, /^mch_[A-Za-z0-9_-]{43}$/);
      assert.ok(secret.startsWith(token.prefix));
      const listed = await (await app().request('/v1/admin/tokens', { headers: editor.headers() })).text();
      assert.ok(!listed.includes(secret), 'the secret is never shown again');
      const stored = await db.query<{ hash: string }>(`SELECT encode(token_hash, 'escape') AS hash FROM staff_api_tokens`);
      assert.ok(!stored[0]!.hash.includes(secret.slice(4)));

      const bearer = { authorization: `Bearer ${secret}` };
      const me = (await (await app().request('/v1/admin/session', { headers: bearer })).json()) as StaffSession;
      assert.deepEqual([me.via, me.account.role, me.csrfToken], ['token', 'editor', undefined]);
      // No CSRF token needed with a bearer token; but the editor may not manage staff.
      assert.equal((await app().request('/v1/admin/staff', { headers: bearer })).status, 403);

      assert.equal((await app().request(`/v1/admin/tokens/${token.id}`, { method: 'DELETE', headers: editor.headers(true) })).status, 204);
      assert.equal((await app().request('/v1/admin/session', { headers: bearer })).status, 401);

      const bootstrap = (await (
        await app().request('/v1/admin/session', { headers: { authorization: `Bearer ${BOOTSTRAP_TOKEN}` } })
      ).json()) as StaffSession;
      assert.deepEqual([bootstrap.via, bootstrap.account.role], ['bootstrap', 'admin']);
    });

    test('every staff answer, errors included, is Cache-Control: no-store', async () => {
      for (const response of [
        await app().request('/v1/admin/session'),
        await app().request('/v1/admin/audit', { headers: { authorization: `Bearer ${BOOTSTRAP_TOKEN}` } }),
        await app().request('/v1/admin/audit.csv', { headers: { authorization: `Bearer ${BOOTSTRAP_TOKEN}` } }),
      ]) {
        assert.equal(response.headers.get('cache-control'), 'no-store', `${response.status}`);
      }
    });
  });
}
