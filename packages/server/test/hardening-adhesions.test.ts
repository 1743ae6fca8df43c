/**
 * Issue 15 item 6: a citizen's name and every contact given with a charter adhesion are
 * sealed at rest (never in clear in the table, a dump or the WAL); staff still read
 * them; an association's name stays public; rows stored in clear by an older version
 * are sealed when the server starts (`migrate` with the secret key).
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { AdminAdhesionList, CharterAdhesions, type AdhesionInput } from '@mocharaka/core/contract';
import { seedDemo } from '@mocharaka/demo';
import { createApp } from '../src/app.js';
import { migrate } from '../src/db/migrate.js';
import { ADMIN_TOKEN, TEST_SECRET_KEY, useTestApp } from './support/test-app.js';
import { availableDatabases, openTestDatabase, type TestDatabase } from './support/test-db.js';

const CHARTER = 'taroudant-participation';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** A name and contact no other test writes, so finding them anywhere means they leaked. */
function canaryCitizen(): AdhesionInput & { kind: 'citizen' } {
  const tag = randomBytes(6).toString('hex');
  return { kind: 'citizen', name: `Canary Citizen ${tag}`, contact: `canary-${tag}@example.ma`, consent: true };
}

function canaryAssociation(): AdhesionInput & { kind: 'association' } {
  const tag = randomBytes(6).toString('hex');
  return {
    kind: 'association',
    name: `Association Canary ${tag}`,
    contact: `bureau-${tag}@example.ma`,
    consent: true,
    registrationNumber: '2021/77',
    city: 'Taroudant',
  };
}

interface RawAdhesion {
  name: string | null;
  contact: string | null;
  sealed: boolean;
  whole_row: string;
}

const rawRow = async (db: { query: TestDatabase['db']['query'] }, reference: string) => {
  const [row] = await db.query<RawAdhesion>(
    `SELECT name, contact, personal_data IS NOT NULL AS sealed, row_to_json(a)::text AS whole_row
     FROM charter_adhesions a WHERE reference = $1`,
    [reference],
  );
  assert.ok(row, `no row for ${reference}`);
  return row;
};

for (const kind of availableDatabases()) {
  describe(`charter adhesions sealed at rest on ${kind}`, () => {
    const t = useTestApp(kind);

    const adhere = async (input: AdhesionInput) => {
      const response = await t.postJson(`/v1/charters/${CHARTER}/adhesions`, input);
      assert.equal(response.status, 201);
      return ((await response.json()) as { receipt: { reference: string } }).receipt.reference;
    };

    test("a citizen's name and contact are never in clear in the table; staff read them, the public does not", async () => {
      const citizen = canaryCitizen();
      const reference = await adhere(citizen);

      const row = await rawRow(t.db, reference);
      assert.equal(row.name, null);
      assert.equal(row.contact, null);
      assert.equal(row.sealed, true);
      assert.ok(!row.whole_row.includes(citizen.name) && !row.whole_row.includes(citizen.contact), row.whole_row);
      const [{ dump }] = await t.db.query<{ dump: string }>(`SELECT string_agg(row_to_json(a)::text, '') AS dump FROM charter_adhesions a`);
      assert.ok(!dump.includes(citizen.name) && !dump.includes(citizen.contact));

      const staff = AdminAdhesionList.parse(
        await (await t.app.request(`/v1/admin/charters/${CHARTER}/adhesions`, { headers: admin })).json(),
      );
      const listed = staff.items.find((item) => item.reference === reference);
      assert.deepEqual([listed?.name, listed?.contact], [citizen.name, citizen.contact]);

      const csv = await (await t.app.request(`/v1/admin/charters/${CHARTER}/adhesions.csv`, { headers: admin })).text();
      assert.ok(csv.includes(citizen.name) && csv.includes(citizen.contact), csv);

      const hidden = await t.postJson(`/v1/admin/charter-adhesions/${reference}/hide`, {}, admin);
      assert.equal(hidden.status, 200);
      const moderated = (await hidden.json()) as { name: string; contact: string; hidden: boolean };
      assert.deepEqual([moderated.name, moderated.contact, moderated.hidden], [citizen.name, citizen.contact, true]);

      const publicList = await (await t.app.request(`/v1/charters/${CHARTER}/adhesions`)).text();
      assert.ok(!publicList.includes(citizen.name) && !publicList.includes(citizen.contact));
    });

    test("an association's name stays public and in clear; its contact is sealed", async () => {
      const association = canaryAssociation();
      const reference = await adhere(association);

      const row = await rawRow(t.db, reference);
      assert.equal(row.name, association.name);
      assert.equal(row.contact, null);
      assert.ok(!row.whole_row.includes(association.contact), row.whole_row);

      const list = CharterAdhesions.parse(await (await t.app.request(`/v1/charters/${CHARTER}/adhesions`)).json());
      assert.deepEqual(
        list.items.map((item) => item.name),
        [association.name],
      );
      assert.equal(list.counts.associations, 1);

      const staff = AdminAdhesionList.parse(
        await (await t.app.request(`/v1/admin/charters/${CHARTER}/adhesions`, { headers: admin })).json(),
      );
      const listed = staff.items.find((item) => item.reference === reference);
      assert.deepEqual([listed?.name, listed?.contact, listed?.registrationNumber], [association.name, association.contact, '2021/77']);
    });

    test('adhesions an older version stored in clear are sealed when the server starts, and stay readable by staff', async () => {
      const citizen = canaryCitizen();
      const association = canaryAssociation();
      for (const [reference, input] of [
        ['ADH-CLEA-R000-0001', citizen],
        ['ADH-CLEA-R000-0002', association],
      ] as const) {
        await t.db.query(
          `INSERT INTO charter_adhesions (reference, charter_id, kind, name, contact, registration_number, city)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [reference, CHARTER, input.kind, input.name, input.contact, input.kind === 'association' ? input.registrationNumber : null, null],
        );
      }

      await migrate(t.db, undefined, { secretKey: TEST_SECRET_KEY });

      const sealedCitizen = await rawRow(t.db, 'ADH-CLEA-R000-0001');
      assert.deepEqual([sealedCitizen.name, sealedCitizen.contact, sealedCitizen.sealed], [null, null, true]);
      assert.ok(!sealedCitizen.whole_row.includes(citizen.name) && !sealedCitizen.whole_row.includes(citizen.contact));
      const sealedAssociation = await rawRow(t.db, 'ADH-CLEA-R000-0002');
      assert.deepEqual([sealedAssociation.name, sealedAssociation.contact, sealedAssociation.sealed], [association.name, null, true]);

      // A second start finds nothing left in clear and leaves the sealed values alone.
      const [before] = await t.db.query<{ data: string }>(
        `SELECT encode(personal_data, 'hex') AS data FROM charter_adhesions WHERE reference = 'ADH-CLEA-R000-0001'`,
      );
      await migrate(t.db, undefined, { secretKey: TEST_SECRET_KEY });
      const [again] = await t.db.query<{ data: string }>(
        `SELECT encode(personal_data, 'hex') AS data FROM charter_adhesions WHERE reference = 'ADH-CLEA-R000-0001'`,
      );
      assert.equal(again?.data, before?.data);

      const staff = AdminAdhesionList.parse(
        await (await t.app.request(`/v1/admin/charters/${CHARTER}/adhesions`, { headers: admin })).json(),
      );
      const byReference = new Map(staff.items.map((item) => [item.reference, [item.name, item.contact]]));
      assert.deepEqual(byReference.get('ADH-CLEA-R000-0001'), [citizen.name, citizen.contact]);
      assert.deepEqual(byReference.get('ADH-CLEA-R000-0002'), [association.name, association.contact]);
      const publicNames = CharterAdhesions.parse(await (await t.app.request(`/v1/charters/${CHARTER}/adhesions`)).json()).items.map(
        (item) => item.name,
      );
      assert.deepEqual(publicNames, [association.name]);
    });
  });
}

describe('charter adhesions in the PGlite data folder', () => {
  let testDb: TestDatabase | undefined;
  after(async () => {
    await testDb?.dispose();
  });

  test("a citizen's name and contact are in no file of the data folder (table, indexes, WAL) after a checkpoint", async () => {
    testDb = await openTestDatabase('pglite', { onDisk: true });
    const { db, dataDir } = testDb;
    assert.ok(dataDir);
    await migrate(db, undefined, { secretKey: TEST_SECRET_KEY });
    await seedDemo(db);
    const app = createApp({ db, config: { adminToken: ADMIN_TOKEN, allowedOrigins: [], secretKey: TEST_SECRET_KEY }, log: () => {} });
    const citizen = canaryCitizen();
    const association = canaryAssociation();
    for (const input of [citizen, association]) {
      const response = await app.request(`/v1/charters/${CHARTER}/adhesions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      assert.equal(response.status, 201);
    }
    await db.query('CHECKPOINT');

    const files = readdirSync(dataDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    const containing = (needle: string) => files.filter((file) => readFileSync(file).includes(Buffer.from(needle, 'utf8')));
    // The check can see what it looks for: the public association name is written in clear.
    assert.notDeepEqual(containing(association.name), []);
    assert.deepEqual(containing(citizen.name), []);
    assert.deepEqual(containing(citizen.contact), []);
    assert.deepEqual(containing(association.contact), []);
  });
});
