import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import {
  AdminPetitionList,
  AdminPetitionSummary,
  ELIGIBILITY_BASES,
  STAFF_ROLES,
  Petition,
  PetitionList,
  SignatureReceipt,
  type ErrorBody,
  type PetitionInput,
  type SignatureInput,
} from '@mocharaka/core/contract';
import { createApp } from '../src/app.js';
import { deriveKeys } from '../src/crypto/keys.js';
import { open } from '../src/crypto/sealed-box.js';
import { addMonths } from '../src/petitions/store.js';
import { createApiToken } from '../src/staff/api-tokens.js';
import { createAccount } from '../src/staff/accounts.js';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const SECRET_KEY = 'test-secret-key-0123456789abcdefghijklmnop';
const DAY = 24 * 60 * 60 * 1000;
const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };

const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const petitionInput = (overrides: Partial<PetitionInput> = {}): PetitionInput => ({
  id: 'souk-women-sellers',
  title: { ar: 'سوق مغطى للبائعات', fr: 'Un souk couvert pour les vendeuses' },
  body: { ar: 'نطلب سوقا مغطى للنساء البائعات قرب باب الخميس.' },
  demands: [{ ar: 'بناء سقف للسوق' }],
  agent: { name: 'Khadija Oubella' },
  opensAt: daysFromNow(-1),
  closesAt: daysFromNow(30),
  ...overrides,
});

const signature = (overrides: Partial<Record<keyof SignatureInput | 'phone', unknown>> = {}) => ({
  fullName: 'Aicha Ait Baha',
  nationalId: 'AB123456',
  address: '12 derb Zqaqxyz, Taroudant',
  eligibility: 'resident',
  consent: true,
  ...overrides,
});

for (const kind of availableDatabases()) {
  describe(`petitions on ${kind}`, () => {
    const t = useTestApp(kind);
    const logs: string[] = [];
    let app: Hono;
    before(() => {
      app = createApp({
        db: t.db,
        config: { adminToken: ADMIN_TOKEN, allowedOrigins: [], secretKey: SECRET_KEY },
        log: (line) => logs.push(line),
      });
    });

    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      Promise.resolve(
        app.request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        }),
      );
    const get = (path: string, headers: Record<string, string> = {}) => Promise.resolve(app.request(path, { headers }));

    async function errorOf(response: Response, status: number): Promise<ErrorBody['error']> {
      assert.equal(response.status, status, await response.clone().text());
      return ((await response.json()) as ErrorBody).error;
    }

    async function createPetition(overrides: Partial<PetitionInput> = {}): Promise<Petition> {
      const response = await post('/v1/admin/petitions', petitionInput(overrides), AUTH);
      assert.equal(response.status, 201, await response.clone().text());
      return Petition.parse(await response.json());
    }

    async function petition(id = 'souk-women-sellers'): Promise<Petition> {
      const response = await get(`/v1/petitions/${id}`);
      assert.equal(response.status, 200);
      return Petition.parse(await response.json());
    }

    const sign = (body: unknown, headers: Record<string, string> = {}, id = 'souk-women-sellers') =>
      post(`/v1/petitions/${id}/signatures`, body, headers);

    const countRows = async () =>
      (await t.db.query<{ count: number }>('SELECT count(*)::integer AS count FROM petition_signatures'))[0]!.count;

    /** Moves every online signature before the current 10-second window, as if time had passed. */
    const ageSignatures = () => t.db.query(`UPDATE petition_signatures SET signed_at = now() - interval '1 minute'`);

    async function setStatus(id: string, status: string, extra: Record<string, unknown> = {}) {
      // These petitions are below their thresholds: a deposit is confirmed (hardening-staff-safeguards tests the refusal).
      return post(`/v1/admin/petitions/${id}/status`, { status, ...(status === 'deposited' ? { force: true } : {}), ...extra }, AUTH);
    }

    test('lists the demo petitions, filters by status and gets one', async () => {
      const list = PetitionList.parse(await (await get('/v1/petitions')).json());
      assert.deepEqual(list.items.map((p) => p.id).sort(), ['bab-zorgan-lane-lighting', 'provincial-hospital-commune']);
      const collecting = list.items.find((p) => p.status === 'collecting')!;
      assert.equal(collecting.threshold, 200, 'Taroudant is over 35 000 inhabitants');
      assert.deepEqual(collecting.eligibility, [...ELIGIBILITY_BASES]);
      assert.deepEqual(collecting.commune, { id: 'taroudant', name: collecting.commune.name });
      assert.equal(collecting.commune.name.fr, 'Commune de Taroudant');
      assert.equal(collecting.dataController.contact, 'petitions@commune-taroudant.ma');
      assert.equal(collecting.statusHistory.length, 1);
      assert.equal(collecting.statusHistory[0]!.at, collecting.opensAt);
      assert.ok(Date.parse(collecting.opensAt) < Date.now() && Date.parse(collecting.closesAt) > Date.now() + 50 * DAY);
      assert.ok(collecting.signatureCount > 0, 'paper signatures');
      assert.equal(collecting.answerDueAt, undefined);

      const rejected = PetitionList.parse(await (await get('/v1/petitions?status=rejected')).json()).items;
      assert.deepEqual(
        rejected.map((p) => p.id),
        ['provincial-hospital-commune'],
      );
      const history = rejected[0]!.statusHistory;
      assert.deepEqual(
        history.map((change) => change.status),
        ['collecting', 'deposited', 'under_review', 'rejected'],
      );
      assert.match(history.at(-1)!.note!.ar, /77/);
      assert.equal(rejected[0]!.answerDueAt, addMonths(new Date(history[1]!.at), 3).toISOString());

      assert.deepEqual(PetitionList.parse(await (await get('/v1/petitions?status=answered')).json()).items, []);
      const bad = await errorOf(await get('/v1/petitions?status=open'), 422);
      assert.deepEqual(bad.fields, { status: 'invalid_value' });
      assert.equal((await errorOf(await get('/v1/petitions/nope'), 404)).code, 'not_found');
      assert.deepEqual(await petition('bab-zorgan-lane-lighting'), collecting);
    });

    test('a signature is 201 with a receipt, stored once', async () => {
      await createPetition();
      const response = await sign(signature());
      assert.equal(response.status, 201);
      const body = SignatureReceipt.parse(await response.json());
      assert.deepEqual(Object.keys(body), ['receipt']);
      assert.deepEqual(Object.keys(body.receipt).sort(), ['reference', 'signedAt']);
      assert.match(body.receipt.reference, /^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
      assert.ok(Math.abs(Date.parse(body.receipt.signedAt) - Date.now()) < 60_000);
      assert.equal(await countRows(), 1);
      assert.equal((await errorOf(await sign(signature(), {}, 'nope'), 404)).code, 'not_found');
    });

    test('a second signature by the same ID, formatted differently, gets the same answer and is not counted', async () => {
      await createPetition();
      const first = await sign(signature({ nationalId: 'AB123456' }));
      const second = await sign(signature({ nationalId: 'ab 123-456', fullName: 'Someone Else', eligibility: 'economic' }));
      assert.equal(first.status, 201);
      assert.equal(second.status, second.status);
      assert.equal(second.status, 201);
      const [a, b] = [SignatureReceipt.parse(await first.json()), SignatureReceipt.parse(await second.json())];
      assert.deepEqual(Object.keys(b.receipt).sort(), Object.keys(a.receipt).sort());
      assert.notEqual(a.receipt.reference, b.receipt.reference);
      assert.deepEqual(
        [...first.headers.keys()].filter((h) => h !== 'date').sort(),
        [...second.headers.keys()].filter((h) => h !== 'date').sort(),
      );
      assert.equal(await countRows(), 1);
      await ageSignatures();
      assert.equal((await petition()).signatureCount, 1);
    });

    test('the public count lags: a signature in the current 10-second window is not counted yet', async () => {
      await createPetition();
      await sign(signature());
      await t.db.query(`UPDATE petition_signatures SET signed_at = now() + interval '5 seconds'`);
      assert.equal((await petition()).signatureCount, 0);
      await ageSignatures();
      assert.equal((await petition()).signatureCount, 1);
      // The window is a database computation: the same instant gives the same count everywhere.
      const [window] = await t.db.query<{ start: Date }>(
        `SELECT date_bin('10 seconds', timestamptz '2026-03-14 09:05:37.9+00', timestamptz '1970-01-01 00:00:00+00') AS start`,
      );
      assert.equal(new Date(window!.start).toISOString(), '2026-03-14T09:05:30.000Z');
    });

    test('20 concurrent signatures with the same ID make exactly one row', async () => {
      await createPetition();
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          sign(signature({ nationalId: i % 2 ? 'ab123456' : 'AB 123456' }), { 'Idempotency-Key': `concurrent-${i}-0123456789` }),
        ),
      );
      assert.deepEqual(
        responses.map((r) => r.status),
        Array(20).fill(201),
      );
      assert.equal(await countRows(), 1);
    });

    test('a retried request with the same key is counted once and answers the same body', async () => {
      await createPetition();
      const headers = { 'Idempotency-Key': 'sign-retry-0123456789abcdef' };
      const first = await sign(signature(), headers);
      const second = await sign(signature(), headers);
      assert.equal(second.status, 201);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await second.json(), await first.json());
      assert.equal(await countRows(), 1);
    });

    test('signing outside the window or once the petition left collecting is 409 petition_closed', async () => {
      await createPetition({ id: 'not-yet', opensAt: daysFromNow(1), closesAt: daysFromNow(30) });
      await createPetition({ id: 'too-late', opensAt: daysFromNow(-30), closesAt: daysFromNow(-1) });
      await createPetition({ id: 'decided' });
      for (const status of ['deposited', 'under_review', 'rejected']) assert.equal((await setStatus('decided', status)).status, 200);
      for (const id of ['not-yet', 'too-late', 'decided', 'provincial-hospital-commune']) {
        assert.equal((await errorOf(await sign(signature(), {}, id), 409)).code, 'petition_closed', id);
      }
      assert.equal(await countRows(), 0);
    });

    test('invalid signatures are 422 with field codes and record nothing', async () => {
      await createPetition({ eligibility: ['resident'] });
      const { consent: _consent, ...withoutConsent } = signature();
      const cases: Array<[unknown, Record<string, string>]> = [
        [signature({ nationalId: '123456' }), { nationalId: 'invalid_format' }],
        [signature({ nationalId: 'ABC123456' }), { nationalId: 'invalid_format' }],
        // A missing literal is reported as zod reports it (the field-errors helper maps `invalid_value` as is).
        [withoutConsent, { consent: 'required' }],
        [signature({ consent: false }), { consent: 'invalid_value' }],
        [signature({ phone: '0600000000' }), { phone: 'unknown_field' }],
        [signature({ fullName: 'A' }), { fullName: 'too_short' }],
        [signature({ eligibility: 'visitor' }), { eligibility: 'invalid_value' }],
        [signature({ eligibility: 'economic' }), { eligibility: 'invalid_value' }],
      ];
      for (const [body, fields] of cases) {
        const error = await errorOf(await sign(body), 422);
        assert.equal(error.code, 'validation_failed');
        assert.deepEqual(error.fields, fields, JSON.stringify(body));
      }
      assert.equal(await countRows(), 0);
    });

    test('personal data is encrypted at rest and decrypts with the derived key', async () => {
      await createPetition();
      await sign(signature({ contact: 'aicha@example.ma' }));
      const [raw] = await t.db.query<Record<string, unknown>>(
        `SELECT petition_id, encode(id_hash, 'hex') AS id_hash, encode(personal_data, 'hex') AS personal_data,
                encode(personal_data, 'escape') AS escaped, signed_at::text AS signed_at FROM petition_signatures`,
      );
      const dump = JSON.stringify(raw);
      for (const secret of ['Aicha', 'AB123456', 'Zqaqxyz', 'aicha@example.ma', 'resident']) {
        assert.ok(!dump.includes(secret), `${secret} in the raw row`);
        assert.ok(!dump.includes(Buffer.from(secret).toString('hex')), `${secret} (hex) in the raw row`);
      }
      const keys = deriveKeys(SECRET_KEY);
      assert.equal(raw!.id_hash, createHmac('sha256', keys.idHashKey).update('AB123456').digest('hex'));
      const sealed = Buffer.from(raw!.personal_data as string, 'hex');
      assert.deepEqual(JSON.parse(open(keys.encryptionKey, sealed, 'souk-women-sellers')), {
        fullName: 'Aicha Ait Baha',
        nationalId: 'AB123456',
        address: '12 derb Zqaqxyz, Taroudant',
        eligibility: 'resident',
        contact: 'aicha@example.ma',
      });
      assert.throws(() => open(keys.encryptionKey, sealed, 'another-petition'));
      assert.throws(() => open(deriveKeys(`${SECRET_KEY}x`).encryptionKey, sealed, 'souk-women-sellers'));
      assert.notDeepEqual(keys.idHashKey, keys.encryptionKey);
    });

    test('public answers and the log never carry personal data', async () => {
      await createPetition();
      logs.length = 0;
      const receipt = await (await sign(signature({ contact: '+212600112233' }))).text();
      await ageSignatures();
      const bodies = [receipt, await (await get('/v1/petitions')).text(), await (await get('/v1/petitions/souk-women-sellers')).text()];
      for (const text of [...bodies, ...logs]) {
        for (const secret of ['Aicha', 'AB123456', 'Zqaqxyz', '212600112233']) assert.ok(!text.includes(secret), `${secret} in ${text}`);
      }
      assert.equal((await petition()).signatureCount, 1);
    });

    test('staff read one petition: what their list gives for it, 404 for an unknown id, for every role', async () => {
      await createPetition({ threshold: 30 });
      await sign(signature());
      assert.equal((await post('/v1/admin/petitions/souk-women-sellers/paper-signatures', { count: 4 }, AUTH)).status, 201);
      const list = AdminPetitionList.parse(await (await get('/v1/admin/petitions', AUTH)).json()).items;
      assert.ok(list.length >= 3 && list.some((item) => item.answerDueAt), 'a deposited petition among those compared');
      for (const item of list) {
        const one = await get(`/v1/admin/petitions/${item.id}`, AUTH);
        assert.equal(one.status, 200, item.id);
        assert.deepEqual(AdminPetitionSummary.parse(await one.json()), item, item.id);
      }
      const created = list.find((item) => item.id === 'souk-women-sellers')!;
      assert.deepEqual([created.signatureCount, created.paperSignatureCount, created.threshold], [5, 4, 30]);

      for (const id of ['no-such-petition', 'Not_An_Id']) {
        assert.equal((await errorOf(await get(`/v1/admin/petitions/${id}`, AUTH), 404)).code, 'not_found', id);
      }
      assert.equal((await errorOf(await get('/v1/admin/petitions/souk-women-sellers'), 401)).code, 'unauthorized');
      for (const role of STAFF_ROLES) {
        const account = await createAccount(t.db, {
          email: `${role}@petitions.test`,
          displayName: role,
          role,
          passwordHash: 'scrypt$1$1$1$AA$AA',
        });
        const token = (await createApiToken(t.db, account!.id, { name: 'petitions' })).secret;
        assert.equal((await get('/v1/admin/petitions/souk-women-sellers', { authorization: `Bearer ${token}` })).status, 200, role);
      }
    });

    test('staff routes need the admin token', async () => {
      await createPetition();
      const routes: Array<[string, string]> = [
        ['POST', '/v1/admin/petitions'],
        ['POST', '/v1/admin/petitions/souk-women-sellers/status'],
        ['POST', '/v1/admin/petitions/souk-women-sellers/paper-signatures'],
        ['GET', '/v1/admin/petitions/souk-women-sellers/signatures.csv'],
        ['GET', '/v1/admin/petitions/souk-women-sellers/signatures.html'],
      ];
      for (const [method, path] of routes) {
        for (const headers of [{}, { authorization: 'Bearer wrong-token-0123456789abcdefghijkl' }] as Record<string, string>[]) {
          const response = await app.request(path, {
            method,
            headers: { 'content-type': 'application/json', ...headers },
            body: method === 'POST' ? '{}' : undefined,
          });
          assert.equal(response.status, 401, `${method} ${path}`);
        }
      }
    });

    test('staff create (201) and update (200) a petition; eligibility defaults to both bases', async () => {
      const created = await createPetition();
      assert.equal(created.status, 'collecting');
      assert.deepEqual(created.eligibility, ['resident', 'economic']);
      assert.deepEqual(created.statusHistory, [{ status: 'collecting', at: created.opensAt }]);
      const opensAt = daysFromNow(-2);
      const updated = await post('/v1/admin/petitions', petitionInput({ opensAt, threshold: 50, eligibility: ['economic'] }), AUTH);
      assert.equal(updated.status, 200);
      const body = Petition.parse(await updated.json());
      assert.equal(body.threshold, 50);
      assert.deepEqual(body.eligibility, ['economic']);
      assert.deepEqual(body.statusHistory, [{ status: 'collecting', at: new Date(opensAt).toISOString() }]);
      const error = await errorOf(await post('/v1/admin/petitions', petitionInput({ closesAt: daysFromNow(-3) }), AUTH), 422);
      assert.deepEqual(error.fields, { closesAt: 'invalid_value' });
    });

    test('thresholds default by the commune population category', async () => {
      await createPetition();
      const expected = { under_35000: 100, over_35000: 200, with_arrondissements: 400 };
      for (const [category, threshold] of Object.entries(expected)) {
        await t.db.query(`UPDATE communes SET settings = settings || jsonb_build_object('populationCategory', $1::text)`, [category]);
        assert.equal((await petition()).threshold, threshold, category);
      }
      await post('/v1/admin/petitions', petitionInput({ threshold: 30 }), AUTH);
      assert.equal((await petition()).threshold, 30);
    });

    test('status changes follow the procedure, dated; the answer is due three months after the deposit', async () => {
      await createPetition();
      for (const status of ['under_review', 'accepted', 'answered', 'collecting']) {
        assert.equal((await errorOf(await setStatus('souk-women-sellers', status), 409)).code, 'invalid_transition', status);
      }
      const depositedAt = '2026-01-31T10:00:00.000Z';
      // A change cannot predate the previous one (the opening).
      const early = await errorOf(await setStatus('souk-women-sellers', 'deposited', { at: daysFromNow(-10) }), 422);
      assert.deepEqual(early.fields, { at: 'invalid_value' });
      await post('/v1/admin/petitions', petitionInput({ opensAt: '2025-11-01T00:00:00.000Z', closesAt: '2026-01-30T00:00:00.000Z' }), AUTH);
      const deposited = Petition.parse(await (await setStatus('souk-women-sellers', 'deposited', { at: depositedAt })).json());
      assert.equal(deposited.answerDueAt, '2026-04-30T10:00:00.000Z');
      assert.equal((await errorOf(await setStatus('souk-women-sellers', 'accepted'), 409)).code, 'invalid_transition');
      assert.equal((await setStatus('souk-women-sellers', 'under_review')).status, 200);
      const note = { ar: 'قبلت العريضة', fr: 'Pétition acceptée' };
      assert.equal((await setStatus('souk-women-sellers', 'accepted', { note })).status, 200);
      const answered = Petition.parse(await (await setStatus('souk-women-sellers', 'answered')).json());
      assert.deepEqual(
        answered.statusHistory.map((c) => c.status),
        ['collecting', 'deposited', 'under_review', 'accepted', 'answered'],
      );
      assert.deepEqual(answered.statusHistory[3]!.note, note);
      assert.equal(answered.status, 'answered');
      assert.equal((await errorOf(await setStatus('souk-women-sellers', 'rejected'), 409)).code, 'invalid_transition');
      assert.equal((await errorOf(await setStatus('nope', 'deposited'), 404)).code, 'not_found');
      assert.equal(addMonths(new Date('2026-11-30T12:00:00Z'), 3).toISOString(), '2027-02-28T12:00:00.000Z');
    });

    test('paper signatures add to the count at once', async () => {
      await createPetition();
      await sign(signature());
      await ageSignatures();
      const response = await post(
        '/v1/admin/petitions/souk-women-sellers/paper-signatures',
        { count: 40, note: 'Sheets from the souk' },
        AUTH,
      );
      assert.equal(response.status, 201);
      assert.equal(Petition.parse(await response.json()).signatureCount, 41);
      await post('/v1/admin/petitions/souk-women-sellers/paper-signatures', { count: 2 }, AUTH);
      assert.equal((await petition()).signatureCount, 43);
      const closed = await post('/v1/admin/petitions/provincial-hospital-commune/paper-signatures', { count: 2 }, AUTH);
      assert.equal((await errorOf(closed, 409)).code, 'petition_closed');
      const invalid = await post('/v1/admin/petitions/souk-women-sellers/paper-signatures', { count: 0 }, AUTH);
      assert.deepEqual((await errorOf(invalid, 422)).fields, { count: 'too_small' });
    });

    test('the CSV export is decrypted, numbered and formula-neutralised', async () => {
      await createPetition();
      await sign(signature({ fullName: '=HYPERLINK("http://evil.example","x")', nationalId: 'J123456' }));
      await t.db.query(`UPDATE petition_signatures SET signed_at = '2026-05-14T09:05:00Z'`);
      await sign(signature({ fullName: 'Brahim Oulhaj', nationalId: 'JT7', eligibility: 'economic', address: 'Souk, Bab Lkhemis' }));
      const response = await get('/v1/admin/petitions/souk-women-sellers/signatures.csv?lang=fr', AUTH);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type')!, /^text\/csv/);
      assert.match(response.headers.get('content-disposition')!, /^attachment; filename="petition-souk-women-sellers-signatures.csv"$/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const lines = (await response.text())
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      assert.equal(
        lines[0],
        '"N°","Nom complet","N° de la CNIE","Adresse","Qualité","Date","Contact (uniquement pour informer le signataire des suites de la pétition)","Tentatives de signature avec ce N°","Tentatives aux données différentes (à vérifier sur CNIE)"',
      );
      assert.equal(
        lines[1],
        `"1","'=HYPERLINK(""http://evil.example"",""x"")","J123456","12 derb Zqaqxyz, Taroudant","Résident(e) de la commune","2026-05-14T10:05:00+01:00","","1","0"`,
      );
      assert.match(
        lines[2]!,
        /^"2","Brahim Oulhaj","JT7","Souk, Bab Lkhemis","Activité économique, commerciale ou professionnelle dans la commune","\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d","","1","0"$/,
      );
      assert.equal(lines.length, 3);
      const arabic = await (await get('/v1/admin/petitions/souk-women-sellers/signatures.csv', AUTH)).text();
      assert.match(arabic, /الاسم الكامل/);
      assert.equal((await get('/v1/admin/petitions/nope/signatures.csv', AUTH)).status, 404);
    });

    test('the printable list escapes every value, has an empty signature column and no script', async () => {
      await createPetition({ agent: { name: 'Agent <b>bold</b>' } });
      await sign(signature({ fullName: '<script>alert(1)</script> Said' }));
      const response = await get('/v1/admin/petitions/souk-women-sellers/signatures.html', AUTH);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type')!, /^text\/html/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.match(response.headers.get('content-security-policy')!, /style-src 'self'/);
      const page = await response.text();
      assert.ok(!page.includes('<script'), 'no script element');
      assert.ok(!page.includes('style='), 'no inline style');
      assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt; Said'));
      assert.ok(page.includes('Agent &lt;b&gt;bold&lt;/b&gt;'));
      assert.ok(page.includes('سوق مغطى للبائعات'));
      assert.ok(page.includes('جماعة تارودانت'));
      assert.match(page, /<td class="number">1<\/td>.*AB123456.*<td class="signature"><\/td><\/tr>/);
      assert.match(page, /<link rel="stylesheet" href="\/assets\/petition-print.css">/);
      assert.match(page, /<html lang="ar" dir="rtl">/);
      const css = await get('/assets/petition-print.css');
      assert.equal(css.status, 200);
      assert.match(css.headers.get('content-type')!, /^text\/css/);
    });
  });
}
