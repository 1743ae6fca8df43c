import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { RatingReceipt, Service, ServiceList, ServiceSummary, type ErrorBody } from '@mocharaka/core/contract';
import { sampleRatings, seedDemo } from '@mocharaka/demo';
import { useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const RATINGS = '/v1/services/civil-status/ratings';
const DETAILS = '/v1/services/civil-status/ratings/details';
const KEY = 'rating-key-0123456789abcdef';

for (const kind of availableDatabases()) {
  describe(`rating tags and details on ${kind}`, () => {
    const t = useTestApp(kind);

    async function errorOf(response: Response, status: number): Promise<ErrorBody['error']> {
      assert.equal(response.status, status);
      return ((await response.json()) as ErrorBody).error;
    }

    const countRatings = async () => (await t.db.query<{ count: number }>('SELECT count(*)::integer AS count FROM ratings'))[0]!.count;

    async function summary(serviceId = 'civil-status') {
      const response = await t.app.request(`/v1/services/${serviceId}/summary`);
      assert.equal(response.status, 200);
      return ServiceSummary.parse(await response.json());
    }

    test('services list their tags', async () => {
      const { items } = ServiceList.parse(await (await t.app.request('/v1/services')).json());
      for (const service of items) {
        const kinds = (service.tags ?? []).map((tag) => tag.kind);
        const positive = kinds.filter((k) => k === 'positive').length;
        const negative = kinds.filter((k) => k === 'negative').length;
        assert.ok(positive >= 3 && positive <= 4, `${service.id}: ${positive} positive tags`);
        assert.ok(negative >= 3 && negative <= 4, `${service.id}: ${negative} negative tags`);
        for (const tag of service.tags!) assert.ok(tag.label.ar && tag.label.fr && tag.label.zgh && tag.label.en, tag.id);
      }
      const one = Service.parse(await (await t.app.request('/v1/services/civil-status')).json());
      assert.ok(one.tags?.some((tag) => tag.id === 'short-wait'));
    });

    test('a rating stores its tags, page, kiosk and the hash of its Idempotency-Key', async () => {
      const response = await t.postJson(
        RATINGS,
        { level: 5, tags: ['short-wait', 'courteous-staff'], channel: 'kiosk', page: '/etat-civil?x=1', kioskId: 'hall-1' },
        { 'Idempotency-Key': KEY },
      );
      assert.equal(response.status, 201);
      const rows = await t.db.query('SELECT tags, page, kiosk_id, rating_key_hash FROM ratings');
      assert.deepEqual(rows, [
        {
          tags: ['short-wait', 'courteous-staff'],
          page: '/etat-civil?x=1',
          kiosk_id: 'hall-1',
          rating_key_hash: createHash('sha256').update(KEY).digest('hex'),
        },
      ]);
      assert.equal((await t.postJson(RATINGS, { level: 2 })).status, 201);
      const [plain] = await t.db.query('SELECT tags, page, kiosk_id, rating_key_hash FROM ratings WHERE level = 2');
      assert.deepEqual(plain, { tags: [], page: null, kiosk_id: null, rating_key_hash: null });
    });

    test("a tag that is not one of the service's is 422 and nothing is recorded", async () => {
      for (const tags of [['no-such-tag'], ['short-wait', 'overcrowding']]) {
        const error = await errorOf(await t.postJson(RATINGS, { level: 3, tags }), 422);
        assert.equal(error.code, 'validation_failed');
        assert.deepEqual(error.fields, { tags: 'invalid_value' });
      }
      assert.equal(await countRatings(), 0);
    });

    test('details with the rating key set its tags and comment and answer its receipt', async () => {
      const rated = await t.postJson(RATINGS, { level: 2 }, { 'Idempotency-Key': KEY });
      const receipt = RatingReceipt.parse(await rated.json());
      const response = await t.postJson(DETAILS, { ratingKey: KEY, tags: ['long-wait', 'unclear-information'], comment: '  too slow ' });
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), receipt);
      const rows = await t.db.query('SELECT tags, comment FROM ratings');
      assert.deepEqual(rows, [{ tags: ['long-wait', 'unclear-information'], comment: 'too slow' }]);
      assert.deepEqual((await summary()).topTags, [
        { tagId: 'long-wait', count: 1 },
        { tagId: 'unclear-information', count: 1 },
      ]);
      // A comment alone leaves the tags as they are.
      assert.equal((await t.postJson(DETAILS, { ratingKey: KEY, comment: 'still slow' })).status, 200);
      assert.deepEqual(await t.db.query('SELECT tags, comment FROM ratings'), [
        { tags: ['long-wait', 'unclear-information'], comment: 'still slow' },
      ]);
    });

    test('details go through idempotency: the same key and body replays', async () => {
      await t.postJson(RATINGS, { level: 4 }, { 'Idempotency-Key': KEY });
      const body = { ratingKey: KEY, tags: ['short-wait'] };
      const first = await t.postJson(DETAILS, body, { 'Idempotency-Key': 'details-key-0001' });
      const second = await t.postJson(DETAILS, body, { 'Idempotency-Key': 'details-key-0001' });
      assert.equal(second.status, 200);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await second.json(), await first.json());
    });

    test('details with an unknown key, for another service, or with a foreign tag are refused', async () => {
      await t.postJson(RATINGS, { level: 4 }, { 'Idempotency-Key': KEY });
      assert.equal((await errorOf(await t.postJson(DETAILS, { ratingKey: 'another-key-0123456789' }), 404)).code, 'rating_not_found');
      const elsewhere = await t.postJson('/v1/services/markets/ratings/details', { ratingKey: KEY });
      assert.equal((await errorOf(elsewhere, 404)).code, 'rating_not_found');
      const unknownService = await t.postJson('/v1/services/nope/ratings/details', { ratingKey: KEY });
      assert.equal((await errorOf(unknownService, 404)).code, 'not_found');
      const foreign = await errorOf(await t.postJson(DETAILS, { ratingKey: KEY, tags: ['overcrowding'] }), 422);
      assert.deepEqual(foreign.fields, { tags: 'invalid_value' });
      const short = await errorOf(await t.postJson(DETAILS, { ratingKey: 'short' }), 422);
      assert.deepEqual(short.fields, { ratingKey: 'too_short' });
      assert.deepEqual(await t.db.query('SELECT tags, comment FROM ratings'), [{ tags: [], comment: null }]);
    });

    test('details more than an hour after the rating are 404', async () => {
      await t.postJson(RATINGS, { level: 4 }, { 'Idempotency-Key': KEY });
      await t.db.query(`UPDATE ratings SET created_at = now() - interval '61 minutes'`);
      const error = await errorOf(await t.postJson(DETAILS, { ratingKey: KEY, comment: 'late' }), 404);
      assert.equal(error.code, 'rating_not_found');
      await t.db.query(`UPDATE ratings SET created_at = now() - interval '59 minutes'`);
      assert.equal((await t.postJson(DETAILS, { ratingKey: KEY, comment: 'in time' })).status, 200);
    });

    test('the summary score, significance, monthly trend and top tags are exact', async () => {
      // [months before the current one (Morocco time), level, tags]
      const data: Array<[number, number, string[]]> = [
        [0, 5, ['short-wait', 'courteous-staff']],
        [0, 4, ['short-wait']],
        [0, 3, ['long-wait']],
        [0, 2, ['short-wait', 'clear-information']],
        [2, 5, ['courteous-staff']],
        [2, 1, ['accessible-premises']],
        [13, 1, ['unclear-information']],
      ];
      for (const [monthsAgo, level, tags] of data) {
        // Ten minutes into the month in Morocco: still the previous month in UTC.
        await t.db.query(
          `INSERT INTO ratings (service_id, level, tags, created_at)
           VALUES ('civil-status', $1, $2::text[],
             (date_trunc('month', now() AT TIME ZONE 'Africa/Casablanca') - make_interval(months => $3::integer))
               AT TIME ZONE 'Africa/Casablanca' + interval '10 minutes')`,
          [level, tags, monthsAgo],
        );
      }
      const month = async (monthsAgo: number) =>
        (
          await t.db.query<{ month: string }>(
            `SELECT to_char(date_trunc('month', now() AT TIME ZONE 'Africa/Casablanca') - make_interval(months => $1::integer), 'YYYY-MM') AS month`,
            [monthsAgo],
          )
        )[0]!.month;
      assert.deepEqual(await summary(), {
        serviceId: 'civil-status',
        count: 7,
        mean: 3,
        distribution: { '1': 2, '2': 1, '3': 1, '4': 1, '5': 2 },
        satisfactionScore: 3 / 7,
        significant: false,
        trend: [
          { month: await month(2), count: 2, mean: 3, satisfactionScore: 0.5 },
          { month: await month(0), count: 4, mean: 3.5, satisfactionScore: 0.5 },
        ],
        topTags: [
          { tagId: 'short-wait', count: 3 },
          { tagId: 'courteous-staff', count: 2 },
          { tagId: 'accessible-premises', count: 1 },
          { tagId: 'clear-information', count: 1 },
          { tagId: 'long-wait', count: 1 },
        ],
      });
      await t.db.query(`INSERT INTO ratings (service_id, level) SELECT 'civil-status', 4 FROM generate_series(1, 22)`);
      assert.equal((await summary()).significant, false);
      await t.db.query(`INSERT INTO ratings (service_id, level) VALUES ('civil-status', 4)`);
      const thirty = await summary();
      assert.equal(thirty.count, 30);
      assert.equal(thirty.significant, true);
      assert.equal(thirty.satisfactionScore, 26 / 30);
    });

    test('the demo seed adds sample ratings once, deterministically, and restores missing tags', async () => {
      await t.db.query('TRUNCATE ratings, idempotency_keys, services, communes RESTART IDENTITY CASCADE');
      assert.equal(await seedDemo(t.db, { sampleRatings: true }), true);
      const seeded = await countRatings();
      assert.ok(seeded >= 200 && seeded <= 600, `${seeded} sample ratings`);
      assert.equal(await seedDemo(t.db, { sampleRatings: true }), false);
      assert.equal(await countRatings(), seeded);
      const [range] = await t.db.query<{ oldest: boolean; newest: boolean; channels: number; tagged: number }>(
        `SELECT min(created_at) > now() - interval '190 days' AS oldest, max(created_at) <= now() AS newest,
                count(DISTINCT channel)::integer AS channels, count(*) FILTER (WHERE cardinality(tags) > 0)::integer AS tagged
         FROM ratings`,
      );
      assert.deepEqual({ ...range, tagged: range!.tagged > 0 }, { oldest: true, newest: true, channels: 3, tagged: true });
      const now = Date.now();
      assert.deepEqual(sampleRatings(now), sampleRatings(now));
      const scores = new Set(
        await Promise.all(['civil-status', 'urban-permits', 'markets'].map(async (id) => (await summary(id)).satisfactionScore)),
      );
      assert.equal(scores.size, 3);

      await t.db.query(`UPDATE services SET tags = '[]'::jsonb`);
      assert.equal(await seedDemo(t.db, { sampleRatings: true }), false);
      const one = Service.parse(await (await t.app.request('/v1/services/markets')).json());
      assert.ok((one.tags?.length ?? 0) >= 6);
      assert.equal(await countRatings(), seeded);
    });
  });
}
