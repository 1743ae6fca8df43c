import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

/** New rows belong to the server's one commune; with two, nothing is attached by guess. */
for (const kind of availableDatabases()) {
  describe(`the commune new rows belong to, on ${kind}`, () => {
    const t = useTestApp(kind);
    const createService = (id: string) =>
      t.postJson(
        '/v1/admin/services',
        { id, name: { ar: 'خدمة', fr: 'Service' } },
        { authorization: `Bearer ${ADMIN_TOKEN}`, 'idempotency-key': `key-${id}-0123456789` },
      );

    test('with one commune, a new service is attached to it', async () => {
      assert.equal((await createService('libraries')).status, 201);
      const [row] = await t.db.query<{ commune_id: string }>(`SELECT commune_id FROM services WHERE id = 'libraries'`);
      assert.equal(row?.commune_id, 'taroudant');
    });

    test('with two communes, nothing is created and staff are told', async () => {
      await t.db.query(`INSERT INTO communes (id, name, settings) VALUES ('agadir', '{"ar":"أكادير","fr":"Agadir"}'::jsonb, '{}'::jsonb)`);
      const response = await createService('libraries');
      assert.equal(response.status, 409);
      assert.deepEqual(await t.db.query(`SELECT id FROM services WHERE id = 'libraries'`), []);
    });
  });
}
