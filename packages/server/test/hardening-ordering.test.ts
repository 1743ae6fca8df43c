import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { csvRows } from './support/csv-cells.js';
import { availableDatabases } from './support/test-db.js';

const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };
const COUNT = 1_010; // ids past 9, 99 and 999
const CONSULTATION = 'taroudant-participation-charter-2024';

for (const kind of availableDatabases()) {
  describe(`staff lists and exports order by the real key on ${kind}`, () => {
    const t = useTestApp(kind);
    const json = async (path: string) => {
      const response = await t.app.request(path, { headers: AUTH });
      assert.equal(response.status, 200, path);
      return response.json();
    };

    test('the ratings list pages through every rating once, newest first; the CSV runs 1, 2, 3 …', async () => {
      // All at one instant, as a bulk import or a busy minute gives: only the id orders them.
      await t.db.query(
        `INSERT INTO ratings (service_id, level, created_at) SELECT 'civil-status', 1 + n % 5, '2026-03-02T12:00:00Z' FROM generate_series(1, $1::integer) n`,
        [COUNT],
      );
      const seen: number[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = (await json(`/v1/admin/services/civil-status/ratings?limit=100${cursor ? `&cursor=${cursor}` : ''}`)) as {
          items: { id: string }[];
          nextCursor?: string;
        };
        seen.push(...page.items.map((item) => Number(item.id)));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 50);
      assert.equal(pages, 11);
      assert.equal(seen.length, COUNT);
      assert.deepEqual(
        seen,
        Array.from({ length: COUNT }, (_, i) => COUNT - i),
        'every rating once, by descending id',
      );
      const [, ...rows] = csvRows(await (await t.app.request('/v1/admin/services/civil-status/ratings.csv', { headers: AUTH })).text());
      assert.deepEqual(
        rows.map((row) => Number(row[0])),
        Array.from({ length: COUNT }, (_, i) => i + 1),
      );
    });

    test('the consultation export and list run in id order when responses share an instant', async () => {
      await t.db.query(
        `INSERT INTO consultation_responses (consultation_id, token_hash, answers, submitted_at)
         SELECT $1, decode(md5(n::text), 'hex'), '{"read-draft":"no","clarity":2,"priority-mechanisms":["petitions"]}'::jsonb, '2026-01-15T10:00:00Z'
         FROM generate_series(1, $2::integer) n`,
        [CONSULTATION, COUNT],
      );
      const ids = (
        await t.db.query<{ id: string }>('SELECT id::text AS id FROM consultation_responses ORDER BY consultation_responses.id')
      ).map((row) => row.id);
      const [, ...rows] = csvRows(
        await (await t.app.request(`/v1/admin/consultations/${CONSULTATION}/responses.csv`, { headers: AUTH })).text(),
      );
      assert.deepEqual(
        rows.map((row) => row[0]),
        ids,
      );
      const list = (await json(`/v1/admin/consultations/${CONSULTATION}/responses`)) as { items: { id: string }[] };
      assert.deepEqual(
        list.items.map((item) => item.id),
        ids,
      );
    });
  });
}
