import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RatingReceipt, ServiceSummary, type ErrorBody } from '@mocharaka/core/contract';
import { useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const RATINGS = '/v1/services/civil-status/ratings';

for (const kind of availableDatabases()) {
  describe(`ratings on ${kind}`, () => {
    const t = useTestApp(kind);

    async function errorOf(response: Response, status: number): Promise<ErrorBody['error']> {
      assert.equal(response.status, status);
      return ((await response.json()) as ErrorBody).error;
    }

    test('a rating is recorded with 201 and a receipt', async () => {
      const response = await t.postJson(RATINGS, { level: 4, comment: '  fast service  ', channel: 'kiosk' });
      assert.equal(response.status, 201);
      const receipt = RatingReceipt.parse(await response.json());
      assert.equal(receipt.serviceId, 'civil-status');
      assert.equal(receipt.level, 4);
      const [row] = await t.db.query<{ comment: string; channel: string }>('SELECT comment, channel FROM ratings');
      assert.deepEqual(row, { comment: 'fast service', channel: 'kiosk' });
    });

    test('the summary counts, averages and distributes the ratings', async () => {
      for (const level of [5, 5, 4, 2, 1]) assert.equal((await t.postJson(RATINGS, { level })).status, 201);
      await t.postJson('/v1/services/markets/ratings', { level: 3 });
      const response = await t.app.request('/v1/services/civil-status/summary');
      assert.equal(response.status, 200);
      const { trend, ...summary } = ServiceSummary.parse(await response.json());
      assert.deepEqual(summary, {
        serviceId: 'civil-status',
        count: 5,
        mean: 3.4,
        distribution: { '1': 1, '2': 1, '3': 0, '4': 1, '5': 2 },
        satisfactionScore: 0.6,
        significant: false,
        topTags: [],
      });
      assert.deepEqual(
        trend?.map(({ count, mean, satisfactionScore }) => ({ count, mean, satisfactionScore })),
        [{ count: 5, mean: 3.4, satisfactionScore: 0.6 }],
      );
    });

    test('a service without ratings has count 0, mean null and zeros', async () => {
      const response = await t.app.request('/v1/services/green-spaces/summary');
      assert.deepEqual(await response.json(), {
        serviceId: 'green-spaces',
        count: 0,
        mean: null,
        distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
        satisfactionScore: null,
        significant: false,
        trend: [],
        topTags: [],
      });
    });

    test('invalid fields are 422 with a stable code per field, and nothing is recorded', async () => {
      const cases: Array<[unknown, Record<string, string>]> = [
        [{ level: 0 }, { level: 'too_small' }],
        [{ level: 6 }, { level: 'too_big' }],
        [{ level: '3' }, { level: 'invalid' }],
        [{ level: 2.5 }, { level: 'invalid' }],
        [{}, { level: 'required' }],
        [{ level: 3, comment: 'x'.repeat(1001) }, { comment: 'too_long' }],
        [{ level: 3, channel: 'fax' }, { channel: 'invalid_value' }],
        [{ level: 3, nationalId: 'AB123456' }, { nationalId: 'unknown_field' }],
      ];
      for (const [body, fields] of cases) {
        const error = await errorOf(await t.postJson(RATINGS, body), 422);
        assert.equal(error.code, 'validation_failed', JSON.stringify(body));
        assert.deepEqual(error.fields, fields, JSON.stringify(body));
      }
      const [row] = await t.db.query<{ count: number }>('SELECT count(*)::integer AS count FROM ratings');
      assert.equal(row!.count, 0);
    });

    test('a comment of exactly 1000 characters is accepted', async () => {
      assert.equal((await t.postJson(RATINGS, { level: 3, comment: 'x'.repeat(1000) })).status, 201);
    });

    test('a body that is not JSON is 400 invalid_json', async () => {
      assert.equal((await errorOf(await t.postJson(RATINGS, '{"level": 3'), 400)).code, 'invalid_json');
    });

    test('a body that is not application/json is 415', async () => {
      const response = await t.app.request(RATINGS, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'level=3',
      });
      assert.equal((await errorOf(response, 415)).code, 'unsupported_media_type');
    });

    test('a body over 64 kB is 413', async () => {
      const response = await t.postJson(RATINGS, { level: 3, comment: 'x'.repeat(70_000) });
      assert.equal((await errorOf(response, 413)).code, 'payload_too_large');
    });

    test('rating an unknown service is 404', async () => {
      const response = await t.postJson('/v1/services/nope/ratings', { level: 3 });
      assert.equal((await errorOf(response, 404)).code, 'not_found');
    });

    test('a known path with another method is 405 with Allow', async () => {
      const response = await t.app.request(RATINGS, { method: 'GET' });
      assert.equal((await errorOf(response, 405)).code, 'method_not_allowed');
      assert.equal(response.headers.get('allow'), 'POST');
      const put = await t.app.request('/v1/services', { method: 'DELETE' });
      assert.equal(put.status, 405);
      assert.equal(put.headers.get('allow'), 'GET, HEAD');
    });

    test('an unknown route is 404 not_found', async () => {
      assert.equal((await errorOf(await t.app.request('/v1/nothing-here'), 404)).code, 'not_found');
    });
  });
}
