import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summarizeRatings } from '../src/satisfaction/ratings.js';
import { useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

/** The summary reads a roll-up kept by a trigger: it must always equal a full scan. */
for (const kind of availableDatabases()) {
  describe(`rating roll-ups on ${kind}`, () => {
    const t = useTestApp(kind);

    async function scanned(serviceId: string) {
      const levels = await t.db.query<{ level: number; count: number }>(
        'SELECT level, count(*)::integer AS count FROM ratings WHERE service_id = $1 GROUP BY level',
        [serviceId],
      );
      const tags = await t.db.query<{ tag: string; count: number }>(
        `SELECT tag, count(DISTINCT id)::integer AS count FROM ratings, unnest(tags) AS tag
         WHERE service_id = $1 GROUP BY tag ORDER BY count DESC, tag LIMIT 5`,
        [serviceId],
      );
      const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
      for (const row of levels) distribution[String(row.level) as '1'] = row.count;
      return { distribution, topTags: tags.map((row) => ({ tagId: row.tag, count: row.count })) };
    }

    test('inserts, tag changes, moves between months and services, and deletes keep the roll-up exact', async () => {
      await t.db.query(
        `INSERT INTO ratings (service_id, level, tags, created_at)
         SELECT CASE WHEN i % 3 = 0 THEN 'cleanliness' ELSE 'civil-status' END,
                1 + (i * 7) % 5,
                CASE i % 4 WHEN 0 THEN ARRAY['short-wait'] WHEN 1 THEN ARRAY['long-wait', 'short-wait'] WHEN 2 THEN ARRAY['long-wait', 'long-wait'] ELSE '{}'::text[] END,
                now() - make_interval(days => i * 11)
         FROM generate_series(1, 120) AS i`,
      );
      await t.db.query(`UPDATE ratings SET tags = ARRAY['courtesy'] WHERE id % 5 = 0`);
      await t.db.query(`UPDATE ratings SET level = 5, created_at = created_at - interval '40 days' WHERE id % 7 = 0`);
      await t.db.query(`UPDATE ratings SET service_id = 'cleanliness' WHERE id % 11 = 0`);
      await t.db.query(`DELETE FROM ratings WHERE id % 13 = 0`);
      for (const serviceId of ['civil-status', 'cleanliness']) {
        const summary = (await summarizeRatings(t.db, serviceId))!;
        const expected = await scanned(serviceId);
        assert.deepEqual(summary.distribution, expected.distribution, serviceId);
        assert.deepEqual(summary.topTags, expected.topTags, serviceId);
        const total = Object.values(expected.distribution).reduce((sum, count) => sum + count, 0);
        assert.equal(summary.count, total);
        assert.equal(summary.trend!.reduce((sum, month) => sum + month.count, 0) <= total, true);
      }
    });
  });
}
