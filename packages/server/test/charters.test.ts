import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AdminAdhesionList,
  Charter,
  CharterAdhesions,
  CharterList,
  AdhesionReceipt,
  charterArticles,
  type AdhesionInput,
  type CharterInput,
} from '@mocharaka/core/contract';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const TAROUDANT = 'taroudant-participation';
const REMACTO = 'remacto-open-communes';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

const ASSOCIATION: AdhesionInput = {
  kind: 'association',
  name: 'جمعية أصدقاء باب الزرقان',
  contact: 'contact@amis-bab-zorgan.ma',
  consent: true,
  registrationNumber: '2019/148',
  city: 'تارودانت',
};
const CITIZEN: AdhesionInput = { kind: 'citizen', name: 'Amina Ait Lhaj', contact: '+212 661 23 45 67', consent: true };

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; fields?: Record<string, string> } }).error;

const SMALL: CharterInput = {
  id: 'youth-charter',
  title: { ar: 'ميثاق الشباب', fr: 'Charte des jeunes' },
  document: {
    parts: [
      {
        id: 'main',
        title: { ar: 'أحكام', fr: 'Dispositions' },
        articles: [
          { id: 'one', number: 1, blocks: [{ type: 'paragraph', text: { ar: 'المادة الأولى', fr: 'Article premier' } }] },
          { id: 'two', number: 2, blocks: [{ type: 'paragraph', text: { ar: 'المادة الثانية', fr: 'Article deux' } }] },
          { id: 'three', number: 3, blocks: [{ type: 'paragraph', text: { ar: 'المادة الثالثة' } }] },
        ],
      },
    ],
  },
};

for (const kind of availableDatabases()) {
  describe(`charters on ${kind}`, () => {
    const t = useTestApp(kind);

    test('lists the three demo charters with their status, languages and version', async () => {
      const response = await t.app.request('/v1/charters');
      assert.equal(response.status, 200);
      const { items } = CharterList.parse(await response.json());
      assert.deepEqual(
        items.map((charter) => [charter.id, charter.status, charter.version, charter.languages.join('+')]),
        [
          [TAROUDANT, 'adopted', 2, 'ar+fr'],
          [REMACTO, 'revised', 2, 'ar+fr'],
          ['national-participatory-democracy', 'draft', 1, 'ar'],
        ],
      );
      assert.deepEqual(items[0]!.adoption, {
        date: '2025-02-03',
        session: { ar: 'الدورة العادية لشهر فبراير 2025', fr: 'Session ordinaire de février 2025' },
      });
    });

    test('gets the current version of a charter, valid against the shared schema', async () => {
      const response = await t.app.request(`/v1/charters/${TAROUDANT}`);
      assert.equal(response.status, 200);
      const charter = Charter.parse(await response.json());
      assert.equal(charter.version.number, 2);
      assert.equal(charter.currentVersion, 2);
      assert.equal(charter.commune.id, 'taroudant');
      assert.equal(charter.consultation?.url, 'https://forms.gle/6RiM1JnQmGPJz7qS6');
      const articles = charterArticles(charter.document);
      assert.equal(articles.length, 22);
      assert.deepEqual(
        articles.map((article) => article.number),
        Array.from({ length: 22 }, (_, i) => i + 1),
      );
      const parties = articles.flatMap((article) => article.blocks.flatMap((block) => (block.type === 'commitments' ? [block.party] : [])));
      assert.deepEqual(parties, ['commune', 'associations', 'citizens']);
      assert.match(JSON.stringify(charter.document), /الفصل 139/);
    });

    test('gets an earlier version, with the version list and what changed', async () => {
      const response = await t.app.request(`/v1/charters/${TAROUDANT}/versions/1`);
      assert.equal(response.status, 200);
      const first = Charter.parse(await response.json());
      assert.equal(first.version.number, 1);
      assert.equal(first.currentVersion, 2);
      assert.equal(first.versions.length, 2);
      assert.equal(first.versions[0]!.changes, undefined);
      assert.deepEqual(first.versions[1]!.changes, {
        added: ['entry-into-force'],
        removed: ['draft-consultation'],
        changed: ['where-to-participate', 'petitions'],
      });
      assert.ok(charterArticles(first.document).some((article) => article.id === 'draft-consultation'));
      const remacto = Charter.parse(await (await t.app.request(`/v1/charters/${REMACTO}`)).json());
      assert.deepEqual(remacto.version.changes, { added: ['membership'], removed: [], changed: ['values'] });
    });

    test('unknown charters and versions are 404 not_found', async () => {
      for (const path of [
        '/v1/charters/nope',
        `/v1/charters/${TAROUDANT}/versions/3`,
        `/v1/charters/${TAROUDANT}/versions/0`,
        `/v1/charters/${TAROUDANT}/versions/one`,
        '/v1/charters/nope/versions/1',
        '/v1/charters/nope/adhesions',
      ]) {
        const response = await t.app.request(path);
        assert.equal(response.status, 404, path);
        assert.equal((await errorOf(response)).code, 'not_found');
      }
      const post = await t.postJson('/v1/charters/nope/adhesions', CITIZEN);
      assert.equal(post.status, 404);
    });

    test('an association and a citizen adhere: 201 with a receipt', async () => {
      for (const adhesion of [ASSOCIATION, CITIZEN]) {
        const response = await t.postJson(`/v1/charters/${TAROUDANT}/adhesions`, adhesion, { 'Idempotency-Key': `key-${adhesion.kind}` });
        assert.equal(response.status, 201);
        const { receipt } = AdhesionReceipt.parse(await response.json());
        assert.match(receipt.reference, /^ADH-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
        assert.equal(receipt.kind, adhesion.kind);
      }
    });

    test('adhesions are validated field by field', async () => {
      const cases: Array<[unknown, Record<string, string>]> = [
        [
          { ...ASSOCIATION, registrationNumber: undefined, city: undefined },
          { registrationNumber: 'required', city: 'required' },
        ],
        [{ ...CITIZEN, consent: false }, { consent: 'invalid_value' }],
        [{ ...CITIZEN, contact: 'not a contact' }, { contact: 'invalid_format' }],
        [{ ...CITIZEN, name: ' A ' }, { name: 'too_short' }],
        [{ ...CITIZEN, registrationNumber: '12' }, { registrationNumber: 'unknown_field' }],
      ];
      for (const [body, fields] of cases) {
        const response = await t.postJson(`/v1/charters/${TAROUDANT}/adhesions`, body);
        assert.equal(response.status, 422, JSON.stringify(body));
        const error = await errorOf(response);
        assert.equal(error.code, 'validation_failed');
        for (const [field, code] of Object.entries(fields))
          assert.equal(error.fields?.[field], code, `${field} in ${JSON.stringify(error.fields)}`);
      }
      const kindless = await t.postJson(`/v1/charters/${TAROUDANT}/adhesions`, { name: 'x', contact: 'a@b.ma', consent: true });
      assert.equal(kindless.status, 422);
      const [{ count }] = await t.db.query<{ count: number | string }>('SELECT count(*) AS count FROM charter_adhesions');
      assert.equal(Number(count), 0);
    });

    test('a retried adhesion with the same Idempotency-Key is recorded once; another body with it is refused', async () => {
      const path = `/v1/charters/${TAROUDANT}/adhesions`;
      const first = await t.postJson(path, ASSOCIATION, { 'Idempotency-Key': 'retry-1' });
      const again = await t.postJson(path, ASSOCIATION, { 'Idempotency-Key': 'retry-1' });
      assert.equal(first.status, 201);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await again.json(), await first.json());
      const reused = await t.postJson(path, CITIZEN, { 'Idempotency-Key': 'retry-1' });
      assert.equal(reused.status, 422);
      assert.equal((await errorOf(reused)).code, 'idempotency_key_reused');
      const counts = CharterAdhesions.parse(await (await t.app.request(`${path}`)).json()).counts;
      assert.deepEqual(counts, { associations: 1, citizens: 0 });
    });

    test('a charter not yet adopted cannot be adhered to (409)', async () => {
      const created = await t.postJson('/v1/admin/charters', SMALL, admin);
      assert.equal(created.status, 201);
      const response = await t.postJson('/v1/charters/youth-charter/adhesions', CITIZEN);
      assert.equal(response.status, 409);
      assert.equal((await errorOf(response)).code, 'charter_not_adopted');
    });

    test('the public list shows association names and counts, never citizens or contacts', async () => {
      const path = `/v1/charters/${TAROUDANT}/adhesions`;
      await t.postJson(path, ASSOCIATION);
      await t.postJson(path, CITIZEN);
      await t.postJson(path, { ...CITIZEN, name: 'Youssef Oubella', contact: 'youssef@example.ma' });
      const response = await t.app.request(path);
      assert.equal(response.status, 200);
      const text = await response.text();
      const body = CharterAdhesions.parse(JSON.parse(text));
      assert.deepEqual(body.counts, { associations: 1, citizens: 2 });
      assert.deepEqual(
        body.items.map((item) => Object.keys(item).sort()),
        [['adheredAt', 'name']],
      );
      assert.equal(body.items[0]!.name, ASSOCIATION.name);
      for (const secret of ['Amina', 'Youssef', '661', '@', '2019/148']) assert.ok(!text.includes(secret), secret);
    });

    test('staff hide an association: out of the public list and counts, kept for staff', async () => {
      const path = `/v1/charters/${TAROUDANT}/adhesions`;
      const { receipt } = AdhesionReceipt.parse(await (await t.postJson(path, ASSOCIATION)).json());
      await t.postJson(path, { ...ASSOCIATION, name: 'Association Tifawin', registrationNumber: '88', city: 'Taroudant' });
      const hide = await t.postJson(`/v1/admin/charter-adhesions/${receipt.reference}/hide`, {}, admin);
      assert.equal(hide.status, 200);
      assert.equal(((await hide.json()) as { hidden: boolean }).hidden, true);
      const shown = CharterAdhesions.parse(await (await t.app.request(path)).json());
      assert.deepEqual(
        shown.items.map((item) => item.name),
        ['Association Tifawin'],
      );
      assert.deepEqual(shown.counts, { associations: 1, citizens: 0 });
      const staff = AdminAdhesionList.parse(
        await (await t.app.request(`/v1/admin/charters/${TAROUDANT}/adhesions`, { headers: admin })).json(),
      );
      assert.deepEqual(
        staff.items.map((item) => [item.name, item.hidden]),
        [
          [ASSOCIATION.name, true],
          ['Association Tifawin', false],
        ],
      );
      assert.equal(staff.items[0]!.contact, ASSOCIATION.contact);
      assert.equal(staff.items[0]!.registrationNumber, '2019/148');
      const unhide = await t.postJson(`/v1/admin/charter-adhesions/${receipt.reference}/unhide`, {}, admin);
      assert.equal(unhide.status, 200);
      assert.equal(CharterAdhesions.parse(await (await t.app.request(path)).json()).items.length, 2);
      const unknown = await t.postJson('/v1/admin/charter-adhesions/ADH-0000-0000-0000/hide', {}, admin);
      assert.equal(unknown.status, 404);
    });

    test('staff export adhesions as CSV, formulas neutralised', async () => {
      const path = `/v1/charters/${TAROUDANT}/adhesions`;
      await t.postJson(path, { ...ASSOCIATION, name: '=HYPERLINK("http://evil")' });
      await t.postJson(path, CITIZEN);
      const response = await t.app.request(`/v1/admin/charters/${TAROUDANT}/adhesions.csv`, { headers: admin });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
      assert.match(response.headers.get('content-disposition') ?? '', /adhesions-taroudant-participation-\d{4}-\d{2}-\d{2}\.csv/);
      const csv = await response.text();
      const lines = csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines[0], '"reference","kind","name","registration_number","city","contact","hidden","adhered_at"');
      assert.equal(lines.length, 3);
      assert.ok(lines[1]!.includes(`"'=HYPERLINK(""http://evil"")"`), lines[1]);
      assert.ok(lines[2]!.includes('Amina Ait Lhaj'));
    });

    test('admin routes need the admin token (401)', async () => {
      const checks: Array<[string, RequestInit]> = [
        ['/v1/admin/charters', { method: 'POST', body: JSON.stringify(SMALL), headers: { 'content-type': 'application/json' } }],
        [`/v1/admin/charters/${TAROUDANT}/versions`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }],
        [`/v1/admin/charters/${TAROUDANT}/status`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }],
        [`/v1/admin/charters/${TAROUDANT}/adhesions`, {}],
        [`/v1/admin/charters/${TAROUDANT}/adhesions.csv`, { headers: { authorization: 'Bearer wrong' } }],
        ['/v1/admin/charter-adhesions/ADH-0000-0000-0000/hide', { method: 'POST' }],
      ];
      for (const [path, init] of checks) {
        const response = await t.app.request(path, init);
        assert.equal(response.status, 401, path);
        assert.equal((await errorOf(response)).code, 'unauthorized');
      }
    });

    test('staff create a charter, publish a version and move it through its life cycle', async () => {
      const created = await t.postJson('/v1/admin/charters', SMALL, admin);
      assert.equal(created.status, 201);
      const draft = Charter.parse(await created.json());
      assert.deepEqual([draft.status, draft.version.number, draft.languages], ['draft', 1, ['ar']]);
      const duplicate = await t.postJson('/v1/admin/charters', SMALL, admin);
      assert.equal(duplicate.status, 409);

      const [one, two] = charterArticles(SMALL.document as Charter['document']);
      const v2 = await t.postJson(
        '/v1/admin/charters/youth-charter/versions',
        {
          note: { ar: 'مراجعة', fr: 'Révision' },
          document: {
            parts: [
              {
                id: 'main',
                title: { ar: 'أحكام', fr: 'Dispositions' },
                articles: [
                  one,
                  { ...two, blocks: [{ type: 'paragraph', text: { ar: 'المادة الثانية المعدلة', fr: 'Article deux modifié' } }] },
                  { id: 'four', number: 3, blocks: [{ type: 'paragraph', text: { ar: 'مادة جديدة', fr: 'Nouvel article' } }] },
                ],
              },
            ],
          },
        },
        admin,
      );
      assert.equal(v2.status, 201);
      const revised = Charter.parse(await v2.json());
      assert.equal(revised.version.number, 2);
      assert.deepEqual(revised.version.changes, { added: ['four'], removed: ['three'], changed: ['two'] });
      assert.deepEqual(revised.languages, ['ar', 'fr']);
      assert.deepEqual(revised.title, SMALL.title);

      const consultation = await t.postJson(
        '/v1/admin/charters/youth-charter/status',
        {
          status: 'consultation',
          consultation: { opensAt: '2026-03-01T00:00:00Z', closesAt: '2026-03-15T00:00:00Z', url: 'https://taroudant.ma/concertation' },
        },
        admin,
      );
      assert.equal(consultation.status, 200);
      const adopted = await t.postJson(
        '/v1/admin/charters/youth-charter/status',
        { status: 'adopted', adoption: { date: '2026-05-04', session: { ar: 'دورة ماي 2026' } } },
        admin,
      );
      const body = Charter.parse(await adopted.json());
      assert.equal(body.status, 'adopted');
      assert.equal(body.consultation?.url, 'https://taroudant.ma/concertation');
      assert.equal(body.adoption?.date, '2026-05-04');
      const badWindow = await t.postJson(
        '/v1/admin/charters/youth-charter/status',
        { status: 'consultation', consultation: { opensAt: '2026-03-15T00:00:00Z', closesAt: '2026-03-01T00:00:00Z' } },
        admin,
      );
      assert.equal(badWindow.status, 422);
      const unknown = await t.postJson('/v1/admin/charters/nope/status', { status: 'adopted' }, admin);
      assert.equal(unknown.status, 404);
    });

    test('a document with duplicate article numbers or HTML-like fields is refused', async () => {
      const duplicate = structuredClone(SMALL) as { document: { parts: Array<{ articles: Array<{ number: number }> }> } };
      duplicate.document.parts[0]!.articles[1]!.number = 1;
      const response = await t.postJson('/v1/admin/charters', duplicate, admin);
      assert.equal(response.status, 422);
      const extra = structuredClone(SMALL) as { document: { parts: Array<{ articles: Array<Record<string, unknown>> }> } };
      extra.document.parts[0]!.articles[0]!.html = '<b>x</b>';
      const refused = await t.postJson('/v1/admin/charters', extra, admin);
      assert.equal(refused.status, 422);
      assert.equal((await errorOf(refused)).fields?.['document.parts.0.articles.0.html'], 'unknown_field');
    });

    test('the OpenAPI document describes the charter routes', async () => {
      const document = (await (await t.app.request('/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
      for (const path of [
        '/v1/charters',
        '/v1/charters/{id}',
        '/v1/charters/{id}/versions/{n}',
        '/v1/charters/{id}/adhesions',
        '/v1/admin/charters',
        '/v1/admin/charters/{id}/versions',
        '/v1/admin/charters/{id}/status',
        '/v1/admin/charters/{id}/adhesions.csv',
      ]) {
        assert.ok(document.paths[path], path);
      }
    });
  });
}
