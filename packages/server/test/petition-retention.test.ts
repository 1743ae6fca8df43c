/**
 * Retention of signatories' personal data: once a petition closed more than
 * MOCHARAKA_SIGNATURE_RETENTION_DAYS days ago, the sealed data of its signatures is
 * erased; the rows, their ID hashes and dates stay, so the count is unchanged and an ID
 * still cannot sign twice; the exports say the data was erased.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Petition, type PetitionInput } from '@mocharaka/core/contract';
import { loadConfig } from '../src/config.js';
import { DEFAULT_SIGNATURE_RETENTION_DAYS, erasePersonalDataPastRetention } from '../src/petitions/retention.js';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const DAY = 24 * 60 * 60 * 1000;
const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const petitionInput = (id: string): PetitionInput => ({
  id,
  title: { ar: 'عريضة', fr: 'Pétition' },
  body: { ar: 'نص' },
  demands: [{ ar: 'طلب' }],
  agent: { name: 'Khadija Oubella' },
  opensAt: daysFromNow(-1),
  closesAt: daysFromNow(30),
});

const NAMES = ['Aicha Ait Baha', 'Brahim Oulhaj', 'Said Amzil'];
const IDS = ['JT111111', 'JT222222', 'JT333333'];

test('MOCHARAKA_SIGNATURE_RETENTION_DAYS defaults to 365 and accepts whole days only', (context) => {
  const cwd = mkdtempSync(join(tmpdir(), 'mocharaka-retention-'));
  context.after(() => rmSync(cwd, { recursive: true, force: true }));
  assert.equal(DEFAULT_SIGNATURE_RETENTION_DAYS, 365);
  assert.equal(loadConfig({}, cwd).signatureRetentionDays, 365);
  assert.equal(loadConfig({ MOCHARAKA_SIGNATURE_RETENTION_DAYS: '30' }, cwd).signatureRetentionDays, 30);
  assert.throws(() => loadConfig({ MOCHARAKA_SIGNATURE_RETENTION_DAYS: '-1' }, cwd), /MOCHARAKA_SIGNATURE_RETENTION_DAYS/);
  assert.throws(() => loadConfig({ MOCHARAKA_SIGNATURE_RETENTION_DAYS: 'a year' }, cwd), /MOCHARAKA_SIGNATURE_RETENTION_DAYS/);
});

for (const kind of availableDatabases()) {
  describe(`signature retention on ${kind}`, () => {
    const t = useTestApp(kind);
    const get = (path: string) => Promise.resolve(t.app.request(path, { headers: AUTH }));

    /** A petition signed by the three signatories, whose closing date is then moved `closedDaysAgo` into the past. */
    async function closedPetition(id: string, closedDaysAgo: number): Promise<void> {
      assert.equal((await t.postJson('/v1/admin/petitions', petitionInput(id), AUTH)).status, 201);
      for (const [index, fullName] of NAMES.entries()) {
        const body = { fullName, nationalId: IDS[index], address: 'Derb Zqaq, Taroudant', eligibility: 'resident', consent: true };
        assert.equal((await t.postJson(`/v1/petitions/${id}/signatures`, body)).status, 201);
      }
      await t.db.query(
        `UPDATE petitions SET opens_at = now() - make_interval(days => $2::integer + 60),
                              closes_at = now() - make_interval(days => $2::integer) WHERE id = $1`,
        [id, closedDaysAgo],
      );
      await t.db.query(
        `UPDATE petition_signatures SET signed_at = now() - make_interval(days => $2::integer + 30) WHERE petition_id = $1`,
        [id, closedDaysAgo],
      );
    }

    const rows = (id: string) =>
      t.db.query<{ hash: string; bytes: number; signed_at: Date | string }>(
        `SELECT encode(id_hash, 'hex') AS hash, octet_length(personal_data) AS bytes, signed_at FROM petition_signatures
         WHERE petition_id = $1 ORDER BY id`,
        [id],
      );
    const count = async (id: string) => Petition.parse(await (await get(`/v1/petitions/${id}`)).json()).signatureCount;

    test('erases only past the window, keeps the rows, the count and one signature per ID, and the exports say so', async () => {
      await closedPetition('old', 366);
      await closedPetition('recent', 364);
      const oldBefore = await rows('old');
      const recentBefore = await rows('recent');
      const counts = { old: await count('old'), recent: await count('recent') };
      assert.equal(counts.old, 3);

      const erased = await erasePersonalDataPastRetention(t.db, 365);
      assert.ok(erased >= 3, `${erased} erased`);
      const oldAfter = await rows('old');
      assert.equal(oldAfter.length, 3);
      assert.deepEqual(
        oldAfter.map((row) => row.bytes),
        [0, 0, 0],
      );
      assert.deepEqual(
        oldAfter.map((row) => [row.hash, String(row.signed_at)]),
        oldBefore.map((row) => [row.hash, String(row.signed_at)]),
      );
      assert.deepEqual(await rows('recent'), recentBefore, 'a petition closed 364 days ago keeps its data');
      assert.ok(recentBefore.every((row) => row.bytes > 0));
      assert.deepEqual({ old: await count('old'), recent: await count('recent') }, counts);

      // The unique ID hash still refuses a second row for the same ID.
      await assert.rejects(
        t.db.query(`INSERT INTO petition_signatures (petition_id, id_hash, personal_data) VALUES ('old', decode($1, 'hex'), ''::bytea)`, [
          oldAfter[0]!.hash,
        ]),
      );
      assert.equal(await erasePersonalDataPastRetention(t.db, 365), 0, 'a second run erases nothing more');

      const csv = await (await get('/v1/admin/petitions/old/signatures.csv?lang=fr')).text();
      const lines = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      assert.equal(lines.length, 4);
      for (const [index, line] of lines.slice(1).entries()) {
        assert.match(
          line,
          new RegExp(
            `^"${index + 1}","Données personnelles effacées .*MOCHARAKA_SIGNATURE_RETENTION_DAYS.*","","","","\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d","","1","0"$`,
          ),
        );
      }
      const page = await (await get('/v1/admin/petitions/old/signatures.html')).text();
      assert.equal(page.match(/<tr class="erased">/g)?.length, 3);
      assert.match(page, /معطيات شخصية محذوفة/);
      for (const text of [...NAMES, ...IDS]) {
        assert.ok(!csv.includes(text) && !page.includes(text), `${text} is still exported`);
      }
      const recentCsv = await (await get('/v1/admin/petitions/recent/signatures.csv')).text();
      for (const text of [...NAMES, ...IDS]) assert.ok(recentCsv.includes(text), `${text} is missing from the recent export`);

      // A shorter setting reaches the recent petition too.
      await erasePersonalDataPastRetention(t.db, 30);
      assert.deepEqual(
        (await rows('recent')).map((row) => row.bytes),
        [0, 0, 0],
      );
      assert.equal(await count('recent'), counts.recent);
    });
  });
}
