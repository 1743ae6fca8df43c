import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AdminRatingList, Service, type ErrorBody } from '@mocharaka/core/contract';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

for (const kind of availableDatabases()) {
  describe(`admin on ${kind}`, () => {
    const t = useTestApp(kind);

    test('without a token is 401 with WWW-Authenticate', async () => {
      const response = await t.app.request('/v1/admin/services/civil-status/ratings');
      assert.equal(response.status, 401);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.equal(((await response.json()) as ErrorBody).error.code, 'unauthorized');
    });

    test('with a wrong token is 401', async () => {
      for (const authorization of [`Bearer ${ADMIN_TOKEN}x`, 'Bearer short', `Basic ${ADMIN_TOKEN}`]) {
        const response = await t.app.request('/v1/admin/services/civil-status/ratings', { headers: { authorization } });
        assert.equal(response.status, 401, authorization);
      }
      const post = await t.postJson('/v1/admin/services', { id: 'x', name: { ar: 'س' } }, { authorization: 'Bearer nope' });
      assert.equal(post.status, 401);
    });

    test('lists ratings with comments, newest first, page by page', async () => {
      for (const level of [1, 2, 3, 4, 5]) {
        await t.postJson('/v1/services/civil-status/ratings', { level, comment: `comment ${level}` });
      }
      const first = await t.app.request('/v1/admin/services/civil-status/ratings?limit=2', { headers: admin });
      assert.equal(first.status, 200);
      const page1 = AdminRatingList.parse(await first.json());
      assert.deepEqual(
        page1.items.map((rating) => rating.comment),
        ['comment 5', 'comment 4'],
      );
      assert.ok(page1.nextCursor);

      const collected = [...page1.items];
      let cursor: string | undefined = page1.nextCursor;
      while (cursor) {
        const next = await t.app.request(`/v1/admin/services/civil-status/ratings?limit=2&cursor=${cursor}`, { headers: admin });
        const page = AdminRatingList.parse(await next.json());
        collected.push(...page.items);
        cursor = page.nextCursor;
      }
      assert.deepEqual(
        collected.map((rating) => rating.level),
        [5, 4, 3, 2, 1],
      );
    });

    test('a bad cursor or limit is 400 and an unknown service 404', async () => {
      const badCursor = await t.app.request('/v1/admin/services/civil-status/ratings?cursor=abc', { headers: admin });
      assert.equal(badCursor.status, 400);
      const badLimit = await t.app.request('/v1/admin/services/civil-status/ratings?limit=0', { headers: admin });
      assert.equal(badLimit.status, 400);
      const unknown = await t.app.request('/v1/admin/services/nope/ratings', { headers: admin });
      assert.equal(unknown.status, 404);
    });

    test('creates then updates a service', async () => {
      const input = { id: 'libraries', name: { ar: 'المكتبات', fr: 'Bibliothèques' } };
      const created = await t.postJson('/v1/admin/services', input, admin);
      assert.equal(created.status, 201);
      assert.deepEqual(Service.parse(await created.json()), input);

      const list = (await (await t.app.request('/v1/services')).json()) as { items: Array<{ id: string }> };
      assert.equal(list.items.at(-1)!.id, 'libraries');

      const renamed = { ...input, name: { ar: 'الخزانات' }, position: 0 };
      const updated = await t.postJson('/v1/admin/services', renamed, admin);
      assert.equal(updated.status, 200);
      assert.deepEqual(await updated.json(), { id: 'libraries', name: { ar: 'الخزانات' } });
    });

    test('an invalid service is 422 with field codes', async () => {
      const response = await t.postJson('/v1/admin/services', { id: 'Bad Id', name: { fr: 'Sans arabe' } }, admin);
      assert.equal(response.status, 422);
      assert.deepEqual(((await response.json()) as ErrorBody).error.fields, {
        id: 'invalid_format',
        'name.ar': 'required',
      });
    });
  });
}
