import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ErrorBody } from '@mocharaka/core/contract';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };
const PETITION = 'bab-zorgan-lane-lighting';
const OPEN_CONSULTATION = 'action-programme-priorities';

for (const kind of availableDatabases()) {
  describe(`staff safeguards on ${kind}`, () => {
    const t = useTestApp(kind);
    const errorOf = async (response: Response, status: number) => {
      assert.equal(response.status, status, await response.clone().text());
      return ((await response.json()) as ErrorBody).error;
    };

    test('depositing a petition below its threshold needs force, and says why', async () => {
      const refused = await errorOf(await t.postJson(`/v1/admin/petitions/${PETITION}/status`, { status: 'deposited' }, AUTH), 422);
      assert.equal(refused.code, 'below_threshold');
      assert.match(refused.message, /of the \d+ signatures its threshold asks.*"force": true/);
      const [row] = await t.db.query<{ status: string }>('SELECT status FROM petitions WHERE id = $1', [PETITION]);
      assert.equal(row!.status, 'collecting', 'nothing changed');
      const forced = await t.postJson(`/v1/admin/petitions/${PETITION}/status`, { status: 'deposited', force: true }, AUTH);
      assert.equal(forced.status, 200);
    });

    test('a petition at its threshold is deposited without force', async () => {
      const [{ threshold }] = (await (await t.app.request(`/v1/petitions/${PETITION}`)).json().then((p) => [p])) as [{ threshold: number }];
      assert.equal((await t.postJson(`/v1/admin/petitions/${PETITION}/paper-signatures`, { count: threshold }, AUTH)).status, 201);
      assert.equal((await t.postJson(`/v1/admin/petitions/${PETITION}/status`, { status: 'deposited' }, AUTH)).status, 200);
    });

    test('publishing the results of a consultation still open needs force, and says why; withdrawing never does', async () => {
      const path = `/v1/admin/consultations/${OPEN_CONSULTATION}/results-publication`;
      await t.db.query('UPDATE consultations SET results_published = false WHERE id = $1', [OPEN_CONSULTATION]);
      const refused = await errorOf(await t.postJson(path, { published: true }, AUTH), 422);
      assert.equal(refused.code, 'consultation_open');
      assert.match(refused.message, /open until .*"force": true/);
      const [row] = await t.db.query<{ results_published: boolean }>('SELECT results_published FROM consultations WHERE id = $1', [
        OPEN_CONSULTATION,
      ]);
      assert.equal(row!.results_published, false);
      assert.equal((await t.postJson(path, { published: true, force: true }, AUTH)).status, 200);
      assert.equal((await t.postJson(path, { published: false }, AUTH)).status, 200);
      // Once closed, no confirmation is needed.
      await t.db.query(
        `UPDATE consultations SET closes_at = now() - interval '1 day', opens_at = now() - interval '10 days' WHERE id = $1`,
        [OPEN_CONSULTATION],
      );
      assert.equal((await t.postJson(path, { published: true }, AUTH)).status, 200);
    });
  });
}
