import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AdminRating, AdminRatingList, Service, type ErrorBody } from '@mocharaka/core/contract';
import { moroccoIso } from '../src/http/csv.js';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const TAGS = [
  { id: 'quiet-room', label: { ar: 'قاعة هادئة', fr: 'Salle calme' }, kind: 'positive' as const },
  { id: 'no-seats', label: { ar: 'لا مقاعد' }, kind: 'negative' as const },
];

for (const kind of availableDatabases()) {
  describe(`staff satisfaction tools on ${kind}`, () => {
    const t = useTestApp(kind);

    async function errorOf(response: Response, status: number): Promise<ErrorBody['error']> {
      assert.equal(response.status, status);
      return ((await response.json()) as ErrorBody).error;
    }

    async function rate(body: Record<string, unknown>): Promise<string> {
      const response = await t.postJson('/v1/services/civil-status/ratings', body);
      assert.equal(response.status, 201);
      return ((await response.json()) as { id: string }).id;
    }

    const csvOf = (serviceId = 'civil-status', headers: Record<string, string> = admin) =>
      t.app.request(`/v1/admin/services/${serviceId}/ratings.csv`, { headers });

    test('a service is created with tags, returned by GET /v1/services/{id}, and rated with them', async () => {
      const input = { id: 'libraries', name: { ar: 'المكتبات' }, tags: TAGS };
      const created = await t.postJson('/v1/admin/services', input, admin);
      assert.equal(created.status, 201);
      assert.deepEqual(Service.parse(await created.json()), input);
      const fetched = Service.parse(await (await t.app.request('/v1/services/libraries')).json());
      assert.deepEqual(fetched.tags, TAGS);
      const rated = await t.postJson('/v1/services/libraries/ratings', { level: 5, tags: ['quiet-room'] });
      assert.equal(rated.status, 201);

      // An update without tags keeps them; [] removes them.
      assert.equal((await t.postJson('/v1/admin/services', { id: 'libraries', name: { ar: 'الخزانات' } }, admin)).status, 200);
      assert.deepEqual(Service.parse(await (await t.app.request('/v1/services/libraries')).json()).tags, TAGS);
      const cleared = await t.postJson('/v1/admin/services', { id: 'libraries', name: { ar: 'الخزانات' }, tags: [] }, admin);
      assert.deepEqual(await cleared.json(), { id: 'libraries', name: { ar: 'الخزانات' } });
      const refused = await t.postJson('/v1/services/libraries/ratings', { level: 5, tags: ['quiet-room'] });
      assert.deepEqual((await errorOf(refused, 422)).fields, { tags: 'invalid_value' });
    });

    test('duplicate tag ids are 422 tags: invalid_value and nothing is stored', async () => {
      const input = { id: 'libraries', name: { ar: 'المكتبات' }, tags: [TAGS[0], { ...TAGS[1], id: 'quiet-room' }] };
      const error = await errorOf(await t.postJson('/v1/admin/services', input, admin), 422);
      assert.equal(error.code, 'validation_failed');
      assert.deepEqual(error.fields, { tags: 'invalid_value' });
      assert.equal((await t.app.request('/v1/services/libraries')).status, 404);
      const badTag = await t.postJson('/v1/admin/services', { ...input, tags: [{ id: 'x', label: { fr: 'x' }, kind: 'meh' }] }, admin);
      assert.deepEqual(Object.keys((await errorOf(badTag, 422)).fields ?? {}).sort(), ['tags.0.kind', 'tags.0.label.ar']);
    });

    test('the admin list gives tags, page, kiosk and hidden', async () => {
      await rate({ level: 2, tags: ['long-wait'], page: '/etat-civil', kioskId: 'hall-1', channel: 'kiosk', comment: 'slow' });
      await rate({ level: 4 });
      const list = AdminRatingList.parse(await (await t.app.request('/v1/admin/services/civil-status/ratings', { headers: admin })).json());
      assert.deepEqual(
        list.items.map(({ createdAt: _createdAt, id: _id, ...rest }) => rest),
        [
          { serviceId: 'civil-status', level: 4, tags: [], hidden: false },
          {
            serviceId: 'civil-status',
            level: 2,
            comment: 'slow',
            channel: 'kiosk',
            tags: ['long-wait'],
            page: '/etat-civil',
            kioskId: 'hall-1',
            hidden: false,
          },
        ],
      );
    });

    test('hide and unhide a comment: kept, marked, idempotent; unknown ids 404; token required', async () => {
      const id = await rate({ level: 1, comment: 'insulting words' });
      const hidden = await t.postJson(`/v1/admin/ratings/${id}/hide`, {}, admin);
      assert.equal(hidden.status, 200);
      const rating = AdminRating.parse(await hidden.json());
      assert.equal(rating.hidden, true);
      assert.equal(rating.comment, 'insulting words');
      const again = await t.app.request(`/v1/admin/ratings/${id}/hide`, { method: 'POST', headers: admin });
      assert.equal(again.status, 200);

      const list = AdminRatingList.parse(await (await t.app.request('/v1/admin/services/civil-status/ratings', { headers: admin })).json());
      assert.deepEqual(
        list.items.map((item) => [item.comment, item.hidden]),
        [['insulting words', true]],
      );
      assert.deepEqual(await t.db.query('SELECT comment, hidden FROM ratings'), [{ comment: 'insulting words', hidden: true }]);

      const shown = await t.postJson(`/v1/admin/ratings/${id}/unhide`, {}, admin);
      assert.equal(AdminRating.parse(await shown.json()).hidden, false);
      assert.deepEqual(await t.db.query('SELECT hidden FROM ratings'), [{ hidden: false }]);

      for (const bad of ['999999', '0', 'abc', '99999999999999999999']) {
        assert.equal((await errorOf(await t.postJson(`/v1/admin/ratings/${bad}/hide`, {}, admin), 404)).code, 'not_found', bad);
      }
      assert.equal((await t.postJson(`/v1/admin/ratings/${id}/hide`, {})).status, 401);
      assert.equal((await t.app.request(`/v1/admin/ratings/${id}/hide`, { headers: admin })).status, 405);
      assert.deepEqual(await t.db.query('SELECT hidden FROM ratings'), [{ hidden: false }]);
    });

    test('the CSV export: every rating, Morocco time, neutralised formulas, hidden comments blank, Arabic intact, BOM', async () => {
      const formula = await rate({ level: 1, comment: '=HYPERLINK("http://evil.example","click")', channel: 'web', page: '/a,b' });
      const arabic = await rate({ level: 5, comment: 'خدمة ممتازة، شكرا', tags: ['short-wait', 'courteous-staff'], kioskId: 'hall-1' });
      const abusive = await rate({ level: 2, comment: 'abusive text' });
      await t.postJson(`/v1/admin/ratings/${abusive}/hide`, {}, admin);
      await t.db.query(`UPDATE ratings SET created_at = '2026-07-01T23:30:00Z' WHERE id = $1::bigint`, [arabic]);

      const response = await csvOf();
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.match(
        response.headers.get('content-disposition') ?? '',
        /^attachment; filename="ratings-civil-status-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const lines = text.slice(1).split('\r\n');
      assert.equal(lines.at(-1), '');
      const [header, ...rows] = lines.slice(0, -1);
      assert.equal(header, '"id","date","level","tags","channel","page","kiosk","comment","hidden"');
      const [dates] = await t.db.query<{ formula: Date; abusive: Date }>(
        `SELECT max(created_at) FILTER (WHERE id = $1::bigint) AS formula, max(created_at) FILTER (WHERE id = $2::bigint) AS abusive FROM ratings`,
        [formula, abusive],
      );
      assert.deepEqual(rows, [
        `"${formula}","${moroccoIso(dates!.formula)}","1","","web","/a,b","","'=HYPERLINK(""http://evil.example"",""click"")","false"`,
        `"${arabic}","2026-07-02T00:30:00+01:00","5","short-wait courteous-staff","","","hall-1","خدمة ممتازة، شكرا","false"`,
        `"${abusive}","${moroccoIso(dates!.abusive)}","2","","","","","","true"`,
      ]);
      assert.doesNotMatch(text, /abusive text/);
    });

    test('the CSV export needs the token and a known service', async () => {
      const anonymous = await csvOf('civil-status', {});
      assert.equal(anonymous.status, 401);
      assert.equal((await errorOf(await csvOf('nope'), 404)).code, 'not_found');
      const empty = await csvOf('markets');
      const bytes = new Uint8Array(await empty.arrayBuffer());
      assert.equal(
        new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
        '\uFEFF"id","date","level","tags","channel","page","kiosk","comment","hidden"\r\n',
      );
    });

    test('Morocco time follows the Ramadan change of offset', () => {
      assert.equal(moroccoIso(new Date('2026-01-15T10:00:00Z')), '2026-01-15T11:00:00+01:00');
      assert.equal(moroccoIso(new Date('2026-03-02T12:00:15Z')), '2026-03-02T12:00:15+00:00');
    });

    test('the OpenAPI document lists the staff routes', async () => {
      const document = (await (await t.app.request('/v1/openapi.json')).json()) as {
        paths: Record<string, unknown>;
        components: { schemas: Record<string, unknown> };
      };
      for (const path of ['/v1/admin/services/{id}/ratings.csv', '/v1/admin/ratings/{id}/hide', '/v1/admin/ratings/{id}/unhide']) {
        assert.ok(document.paths[path], path);
      }
      assert.ok(document.components.schemas.AdminRating);
      assert.match(JSON.stringify(document.components.schemas.ServiceInput), /"tags"/);
    });
  });
}
