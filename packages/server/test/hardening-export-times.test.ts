import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { csvRows } from './support/csv-cells.js';
import { availableDatabases } from './support/test-db.js';

const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;
const CONSULTATION = 'taroudant-participation-charter-2024';

for (const kind of availableDatabases()) {
  describe(`export times and labels on ${kind}`, () => {
    const t = useTestApp(kind);
    const rows = async (path: string) => {
      const response = await t.app.request(path, { headers: AUTH });
      assert.equal(response.status, 200, path);
      return csvRows(await response.text());
    };

    test('every export gives its times in ISO 8601 with the offset of Africa/Casablanca; the consultation shows labels', async () => {
      assert.equal((await t.postJson('/v1/services/civil-status/ratings', { level: 4 })).status, 201);
      const adhesion = { kind: 'citizen', name: 'Amina Ait Lhaj', contact: '+212 661 23 45 67', consent: true };
      assert.equal((await t.postJson('/v1/charters/taroudant-participation/adhesions', adhesion)).status, 201);
      const signature = {
        fullName: 'Amina El Idrissi',
        nationalId: 'AB123456',
        address: 'Derb 3, Taroudant',
        eligibility: 'resident',
        consent: true,
      };
      assert.equal((await t.postJson('/v1/petitions/bab-zorgan-lane-lighting/signatures', signature)).status, 201);
      await t.db.query(
        `INSERT INTO consultation_responses (consultation_id, token_hash, answers, submitted_at)
         VALUES ($1, '\\x01', $2::jsonb, '2026-01-15T10:00:00Z')`,
        [CONSULTATION, { 'read-draft': 'partly', clarity: 3, 'priority-mechanisms': ['petitions', 'youth-council'] }],
      );
      const dated: Array<[string, string]> = [
        ['/v1/admin/services/civil-status/ratings.csv', 'date'],
        ['/v1/admin/charters/taroudant-participation/adhesions.csv', 'adhered_at'],
        ['/v1/admin/petitions/bab-zorgan-lane-lighting/signatures.csv?lang=fr', 'Date'],
        [`/v1/admin/consultations/${CONSULTATION}/responses.csv`, 'submitted_at'],
      ];
      for (const [path, column] of dated) {
        const [header, ...body] = await rows(path);
        const index = header!.indexOf(column);
        assert.ok(index >= 0, `${path} has ${column}`);
        assert.ok(body.length > 0, path);
        for (const row of body) assert.match(row[index]!, ISO_WITH_OFFSET, `${path} ${column}`);
      }
      const [header, response] = await rows(`/v1/admin/consultations/${CONSULTATION}/responses.csv`);
      const cell = (id: string) => response![header!.indexOf(id)];
      assert.equal(cell('submitted_at'), '2026-01-15T11:00:00+01:00');
      assert.equal(cell('read-draft'), 'جزئيا');
      assert.doesNotMatch(cell('priority-mechanisms')!, /petitions|youth-council/, 'labels, not ids');
      assert.match(cell('priority-mechanisms')!, / \| /);
    });
  });
}
