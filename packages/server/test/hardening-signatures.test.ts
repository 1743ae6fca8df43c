import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { csvRows } from './support/csv-cells.js';
import { availableDatabases } from './support/test-db.js';

const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };
const PETITION = 'bab-zorgan-lane-lighting';
const SIGNATURES = `/v1/petitions/${PETITION}/signatures`;
const REQUESTS = 15;

const signature = (nationalId: string, overrides: Record<string, string> = {}) => ({
  fullName: 'Aicha Ait Baha',
  nationalId,
  address: '12 derb Zqaqxyz, Taroudant',
  eligibility: 'resident',
  consent: true,
  ...overrides,
});

for (const kind of availableDatabases()) {
  describe(`signatures: equal writes and squatting visible to staff on ${kind}`, () => {
    const t = useTestApp(kind);
    /** Where the WAL ends (bytes): a transaction that wrote adds its records and a commit record, which a synchronous commit flushes. */
    const walPosition = async () =>
      BigInt((await t.db.query<{ n: string }>(`SELECT (pg_current_wal_insert_lsn() - '0/0')::text AS n`))[0]!.n);
    const rowVersion = async (nationalIdIndex: number) =>
      (
        await t.db.query<{ v: string }>(
          `SELECT xmin::text AS v FROM petition_signatures WHERE petition_id = $1 ORDER BY id OFFSET $2 LIMIT 1`,
          [PETITION, nationalIdIndex],
        )
      )[0]?.v;

    test('a duplicate signature without Idempotency-Key commits a write, as a first one does (both flush the WAL)', async () => {
      const firstBytes: bigint[] = [];
      const duplicateBytes: bigint[] = [];
      for (let index = 0; index < REQUESTS; index++) {
        const nationalId = `AB${300000 + index}`;
        let before = await walPosition();
        assert.equal((await t.postJson(SIGNATURES, signature(nationalId))).status, 201);
        firstBytes.push((await walPosition()) - before);
        const version = await rowVersion(index);
        before = await walPosition();
        assert.equal((await t.postJson(SIGNATURES, signature(nationalId))).status, 201);
        duplicateBytes.push((await walPosition()) - before);
        // The duplicate's transaction wrote the row (a new row version, deterministic whatever else runs),
        // so it has a transaction id and its commit is flushed like the first one's.
        assert.notEqual(await rowVersion(index), version, 'the duplicate wrote');
      }
      // Before: a duplicate ran a read-only transaction, no WAL at all (0 bytes on a quiet server).
      const fewest = (values: bigint[]) => values.reduce((a, b) => (b < a ? b : a));
      console.log(`WAL bytes per request on ${kind}: first ≥ ${fewest(firstBytes)}, duplicate ≥ ${fewest(duplicateBytes)}`);
      assert.ok(fewest(firstBytes) > 0n && fewest(duplicateBytes) > 0n);
      const [{ n }] = (await t.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM petition_signatures WHERE petition_id = $1', [
        PETITION,
      ])) as [{ n: number }];
      assert.equal(n, REQUESTS, 'still one signature per ID');
    });

    test('an ID used first by someone else: same public answers, the conflict shows in the staff export only', async () => {
      const squatter = await t.postJson(SIGNATURES, signature('JE345678', { fullName: 'Someone Else', address: 'Elsewhere 1' }));
      const victim = await t.postJson(SIGNATURES, signature('JE345678', { contact: '+212 661 00 00 01' }));
      const repeat = await t.postJson(SIGNATURES, signature('JE111111'));
      const repeatAgain = await t.postJson(SIGNATURES, signature('JE111111', { fullName: '  aicha  AIT baha ' }));
      const shapes = await Promise.all(
        [squatter, victim, repeat, repeatAgain].map(async (response) => {
          const body = (await response.json()) as { receipt: Record<string, string> };
          return [response.status, Object.keys(body.receipt).sort().join()];
        }),
      );
      assert.deepEqual(new Set(shapes.map((shape) => JSON.stringify(shape))).size, 1, 'identical public answers');
      const petition = (await (await t.app.request(`/v1/petitions/${PETITION}`)).json()) as Record<string, unknown>;
      assert.ok(!JSON.stringify(petition).match(/attempt|conflict/i), 'nothing public about attempts');

      const [header, ...rows] = csvRows(
        await (await t.app.request(`/v1/admin/petitions/${PETITION}/signatures.csv?lang=fr`, { headers: AUTH })).text(),
      );
      const column = (name: string) => header!.indexOf(name);
      const byId = new Map(rows.map((row) => [row[column('N° de la CNIE')], row]));
      const squatted = byId.get('JE345678')!;
      assert.equal(squatted[column('Nom complet')], 'Someone Else', 'the first signature stands');
      assert.equal(squatted[column('Tentatives de signature avec ce N°')], '2');
      assert.equal(squatted[column('Tentatives aux données différentes (à vérifier sur CNIE)')], '1');
      // The same person signing twice (case and spaces aside) is a repeat, not a conflict.
      const repeated = byId.get('JE111111')!;
      assert.equal(repeated[column('Tentatives de signature avec ce N°')], '2');
      assert.equal(repeated[column('Tentatives aux données différentes (à vérifier sur CNIE)')], '0');
    });

    test('the optional contact reaches staff in the export, for its stated purpose', async () => {
      assert.equal((await t.postJson(SIGNATURES, signature('JT77', { contact: 'amina@example.ma' }))).status, 201);
      const [header, ...rows] = csvRows(
        await (await t.app.request(`/v1/admin/petitions/${PETITION}/signatures.csv`, { headers: AUTH })).text(),
      );
      const contact = header!.findIndex((name) => name.startsWith('وسيلة الاتصال'));
      assert.ok(contact >= 0);
      assert.equal(rows.find((row) => row.includes('JT77'))![contact], 'amina@example.ma');
    });
  });
}
