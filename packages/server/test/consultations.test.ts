import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  Consultation,
  ConsultationList,
  ConsultationReceipt,
  ConsultationResults,
  type ConsultationInput,
  type ErrorBody,
} from '@mocharaka/core/contract';
import { CHARTER_CONSULTATION, PROGRAMME_CONSULTATION, seedDemoConsultations } from '@mocharaka/demo';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const DAY = 24 * 60 * 60 * 1000;
const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const tokenOf = (n: number) => `participant-token-${String(n).padStart(6, '0')}`;

const consultationInput = (overrides: Partial<ConsultationInput> = {}): ConsultationInput => ({
  id: 'market-hours',
  title: { ar: 'مواقيت السوق', fr: 'Les horaires du souk' },
  introduction: { ar: 'رأيكم في مواقيت السوق الأسبوعي.' },
  opensAt: daysFromNow(-1),
  closesAt: daysFromNow(13),
  survey: {
    sections: [
      {
        id: 'one',
        title: { ar: 'القسم الأول' },
        questions: [
          {
            id: 'go',
            kind: 'single',
            required: true,
            title: { ar: 'هل تذهب إلى السوق؟' },
            options: [
              { id: 'yes', label: { ar: 'نعم' } },
              { id: 'no', label: { ar: 'لا' } },
            ],
          },
          {
            id: 'why-not',
            kind: 'text',
            required: true,
            maxLength: 20,
            title: { ar: 'لماذا؟' },
            showIf: { question: 'go', anyOf: ['no'] },
          },
          {
            id: 'days',
            kind: 'multiple',
            required: false,
            min: 1,
            max: 2,
            title: { ar: 'أي أيام؟' },
            options: [
              { id: 'mon', label: { ar: 'الإثنين' } },
              { id: 'thu', label: { ar: 'الخميس' } },
              { id: 'sun', label: { ar: 'الأحد' } },
            ],
          },
          { id: 'grade', kind: 'scale', required: false, min: 1, max: 5, title: { ar: 'تقييم' } },
        ],
      },
      {
        id: 'two',
        title: { ar: 'القسم الثاني' },
        questions: [
          {
            id: 'rank',
            kind: 'ranking',
            required: false,
            title: { ar: 'رتب' },
            options: [
              { id: 'a', label: { ar: 'أ' } },
              { id: 'b', label: { ar: 'ب' } },
            ],
          },
          {
            id: 'grid',
            kind: 'matrix',
            required: false,
            title: { ar: 'جدول' },
            rows: [
              { id: 'r1', label: { ar: '1' } },
              { id: 'r2', label: { ar: '2' } },
            ],
            columns: [
              { id: 'good', label: { ar: 'جيد' } },
              { id: 'bad', label: { ar: 'سيء' } },
            ],
          },
          { id: 'age', kind: 'number', required: false, min: 0, max: 120, integer: true, title: { ar: 'العمر' } },
          {
            id: 'draft',
            kind: 'passage',
            required: false,
            maxLength: 50,
            title: { ar: 'المسودة' },
            paragraphs: [
              { id: 'p1', label: { ar: 'فقرة 1' } },
              { id: 'p2', label: { ar: 'فقرة 2' } },
            ],
          },
          { id: 'remarks', kind: 'long_text', required: false, title: { ar: 'ملاحظات' } },
        ],
      },
    ],
  },
  profile: { fields: ['gender', 'neighbourhood'], neighbourhoods: [{ id: 'medina', label: { ar: 'المدينة' } }] },
  ...overrides,
});

for (const kind of availableDatabases()) {
  describe(`consultations on ${kind}`, () => {
    const t = useTestApp(kind);
    const get = (path: string, headers: Record<string, string> = {}) => Promise.resolve(t.app.request(path, { headers }));

    async function errorOf(response: Response, status: number): Promise<ErrorBody['error']> {
      assert.equal(response.status, status, await response.clone().text());
      return ((await response.json()) as ErrorBody).error;
    }

    async function create(overrides: Partial<ConsultationInput> = {}): Promise<Consultation> {
      const response = await t.postJson('/v1/admin/consultations', consultationInput(overrides), AUTH);
      assert.ok([200, 201].includes(response.status), await response.clone().text());
      return Consultation.parse(await response.json());
    }

    const respond = (
      answers: Record<string, unknown>,
      token = tokenOf(1),
      extra: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) => t.postJson('/v1/consultations/market-hours/responses', { participantToken: token, answers, ...extra }, headers);

    test('the demo seed holds the closed Taroudant charter consultation and an open one', async () => {
      const list = ConsultationList.parse(await (await get('/v1/consultations')).json());
      const charter = list.items.find((one) => one.id === CHARTER_CONSULTATION.id)!;
      assert.equal(charter.status, 'closed');
      assert.equal(charter.resultsPublished, true);
      assert.equal(list.items[0]!.id, 'action-programme-priorities');
      assert.equal(list.items[0]!.status, 'open');
      const kinds = new Set(list.items[0]!.survey.sections.flatMap((section) => section.questions.map((question) => question.kind)));
      assert.deepEqual([...kinds].sort(), ['long_text', 'matrix', 'multiple', 'number', 'passage', 'ranking', 'scale', 'single', 'text']);
    });

    test('sample responses give published results, with free text only where staff published it', async () => {
      await t.db.query('DELETE FROM consultations');
      await t.db.transaction((tx) => seedDemoConsultations(tx, 'taroudant', { sampleResponses: true }));
      const results = ConsultationResults.parse(await (await get(`/v1/consultations/${CHARTER_CONSULTATION.id}/results`)).json());
      assert.equal(results.responseCount, 42);
      const read = results.questions.find((one) => one.questionId === 'read-draft')!;
      assert.equal(
        read.counts!.reduce((sum, one) => sum + one.count, 0),
        42,
      );
      const suggestions = results.questions.find((one) => one.questionId === 'suggestions')!;
      assert.ok(suggestions.answered > 4);
      assert.equal(suggestions.texts!.length, 4);
      assert.equal(results.profile, undefined, 'profile statistics are for staff only');
      const open = await errorOf(await get('/v1/consultations/action-programme-priorities/results'), 404);
      assert.equal(open.code, 'results_not_published');
    });

    test('a valid response is recorded once; a retry with the same key replays the receipt', async () => {
      await create();
      const body = {
        go: 'yes',
        days: ['mon', 'thu'],
        grade: 4,
        rank: ['b', 'a'],
        grid: { r1: 'good' },
        age: 34,
        draft: { p2: 'واضحة' },
        remarks: '  شكرا  ',
      };
      const first = await respond(
        body,
        tokenOf(1),
        { profile: { gender: 'woman', neighbourhood: 'medina' } },
        { 'Idempotency-Key': 'k-1' },
      );
      assert.equal(first.status, 201, await first.clone().text());
      const receipt = ConsultationReceipt.parse(await first.json());
      assert.match(receipt.receipt.reference, /^C-[0-9A-F]{4}-\d{4,}$/);
      const again = await respond(
        body,
        tokenOf(1),
        { profile: { gender: 'woman', neighbourhood: 'medina' } },
        { 'Idempotency-Key': 'k-1' },
      );
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      const [row] = await t.db.query<{ count: number; answers: Record<string, unknown>; token_hash: Buffer }>(
        'SELECT count(*) OVER ()::integer AS count, answers, token_hash FROM consultation_responses',
      );
      assert.equal(row!.count, 1);
      assert.equal(row!.answers.remarks, 'شكرا');
      assert.ok(!Buffer.from(row!.token_hash).toString('utf8').includes('participant'), 'only the hash is stored');
    });

    test('a second response with the same token is refused (409 already_responded)', async () => {
      await create();
      assert.equal((await respond({ go: 'yes' }, tokenOf(2), {}, { 'Idempotency-Key': 'a' })).status, 201);
      const error = await errorOf(await respond({ go: 'no', 'why-not': 'بعيد' }, tokenOf(2), {}, { 'Idempotency-Key': 'b' }), 409);
      assert.equal(error.code, 'already_responded');
      assert.equal((await respond({ go: 'yes' }, tokenOf(3))).status, 201);
    });

    test('answers are validated against the consultation’s own survey', async () => {
      await create();
      const cases: Array<[Record<string, unknown>, Record<string, string>]> = [
        [{}, { go: 'required' }],
        [{ go: 'maybe' }, { go: 'invalid_value' }],
        [{ go: 'yes', nope: 'x' }, { nope: 'unknown_field' }],
        [{ go: 'yes', days: ['mon', 'thu', 'sun'] }, { days: 'too_big' }],
        [{ go: 'yes', days: ['fri'] }, { days: 'invalid_value' }],
        [{ go: 'yes', grade: 6 }, { grade: 'invalid_value' }],
        [{ go: 'yes', grade: 'high' }, { grade: 'invalid_value' }],
        [{ go: 'yes', rank: ['a'] }, { rank: 'invalid_value' }],
        [{ go: 'yes', grid: { r3: 'good' } }, { grid: 'invalid_value' }],
        [{ go: 'yes', age: 3.5 }, { age: 'invalid_format' }],
        [{ go: 'yes', age: 150 }, { age: 'too_big' }],
        [{ go: 'yes', draft: { p1: 'x'.repeat(51) } }, { draft: 'too_long' }],
        [{ go: 'yes', age: '34' }, { age: 'invalid' }],
      ];
      for (const [answers, fields] of cases) {
        const error = await errorOf(await respond(answers), 422);
        assert.deepEqual(error.fields, fields, JSON.stringify(answers));
      }
      const profile = await errorOf(await respond({ go: 'yes' }, tokenOf(1), { profile: { ageBand: '25-34' } }), 422);
      assert.deepEqual(profile.fields, { 'profile.ageBand': 'unknown_field' });
      const rows = await t.db.query('SELECT 1 FROM consultation_responses');
      assert.equal(rows.length, 0);
    });

    test('conditions: a hidden question is neither required nor accepted; a shown one is required', async () => {
      await create();
      assert.deepEqual((await errorOf(await respond({ go: 'no' }), 422)).fields, { 'why-not': 'required' });
      assert.deepEqual((await errorOf(await respond({ go: 'no', 'why-not': 'x'.repeat(21) }), 422)).fields, { 'why-not': 'too_long' });
      assert.deepEqual((await errorOf(await respond({ go: 'yes', 'why-not': 'بعيد' }), 422)).fields, { 'why-not': 'invalid' });
      assert.equal((await respond({ go: 'no', 'why-not': 'بعيد' })).status, 201);
    });

    test('responses are refused before the opening and after the closing (409 consultation_closed)', async () => {
      await create({ opensAt: daysFromNow(2), closesAt: daysFromNow(10) });
      assert.equal((await errorOf(await respond({ go: 'yes' }), 409)).code, 'consultation_closed');
      await create({ opensAt: daysFromNow(-10), closesAt: daysFromNow(-2) });
      assert.equal((await errorOf(await respond({ go: 'yes' }), 409)).code, 'consultation_closed');
      const one = Consultation.parse(await (await get('/v1/consultations/market-hours')).json());
      assert.equal(one.status, 'closed');
    });

    test('results: counted in the database, published on demand, texts published one by one', async () => {
      await create();
      const answers = [
        {
          go: 'yes',
          days: ['mon'],
          grade: 5,
          rank: ['a', 'b'],
          grid: { r1: 'good', r2: 'bad' },
          age: 30,
          draft: { p1: 'جيد' },
          remarks: 'ملاحظة أولى',
        },
        { go: 'yes', days: ['mon', 'thu'], grade: 3, rank: ['b', 'a'], grid: { r1: 'good' }, age: 50, remarks: 'ملاحظة خاصة' },
        { go: 'no', 'why-not': 'بعيد' },
      ];
      for (const [index, one] of answers.entries()) assert.equal((await respond(one, tokenOf(10 + index))).status, 201);
      assert.equal((await errorOf(await get('/v1/consultations/market-hours/results'), 404)).code, 'results_not_published');

      const publish = await t.postJson('/v1/admin/consultations/market-hours/results-publication', { published: true, force: true }, AUTH);
      assert.equal(publish.status, 200);
      const exported = (await (await get('/v1/admin/consultations/market-hours/responses', AUTH)).json()) as {
        items: Array<{ id: string; answers: Record<string, unknown> }>;
      };
      const first = exported.items[0]!;
      assert.equal(
        (
          await t.postJson(
            '/v1/admin/consultations/market-hours/published-texts',
            { responseId: first.id, questionId: 'remarks', published: true },
            AUTH,
          )
        ).status,
        200,
      );
      assert.equal(
        (
          await t.postJson(
            '/v1/admin/consultations/market-hours/published-texts',
            { responseId: first.id, questionId: 'draft', paragraphId: 'p1', published: true },
            AUTH,
          )
        ).status,
        200,
      );
      assert.equal(
        (
          await t.postJson(
            '/v1/admin/consultations/market-hours/published-texts',
            { responseId: first.id, questionId: 'go', published: true },
            AUTH,
          )
        ).status,
        422,
      );
      assert.equal(
        (
          await t.postJson(
            '/v1/admin/consultations/market-hours/published-texts',
            { responseId: exported.items[2]!.id, questionId: 'remarks', published: true },
            AUTH,
          )
        ).status,
        404,
      );

      const results = ConsultationResults.parse(await (await get('/v1/consultations/market-hours/results')).json());
      const byId = Object.fromEntries(results.questions.map((one) => [one.questionId, one]));
      assert.equal(results.responseCount, 3);
      assert.deepEqual(byId.go!.counts, [
        { key: 'yes', count: 2 },
        { key: 'no', count: 1 },
      ]);
      assert.deepEqual(byId.days!.counts, [
        { key: 'mon', count: 2 },
        { key: 'thu', count: 1 },
        { key: 'sun', count: 0 },
      ]);
      assert.equal(byId.grade!.mean, 4);
      assert.deepEqual(byId.rank!.ranks, [
        { key: 'a', meanRank: 1.5, first: 1 },
        { key: 'b', meanRank: 1.5, first: 1 },
      ]);
      assert.deepEqual(byId.grid!.rows, [
        {
          key: 'r1',
          counts: [
            { key: 'good', count: 2 },
            { key: 'bad', count: 0 },
          ],
        },
        {
          key: 'r2',
          counts: [
            { key: 'good', count: 0 },
            { key: 'bad', count: 1 },
          ],
        },
      ]);
      assert.deepEqual([byId.age!.mean, byId.age!.min, byId.age!.max], [40, 30, 50]);
      assert.deepEqual(byId.remarks!.texts, ['ملاحظة أولى']);
      assert.equal(byId.remarks!.answered, 2);
      assert.deepEqual(byId.draft!.paragraphs, [
        { key: 'p1', count: 1, texts: ['جيد'] },
        { key: 'p2', count: 0, texts: [] },
      ]);
      assert.ok(!JSON.stringify(results).includes('ملاحظة خاصة'), 'unpublished text never leaves');
      assert.ok(!JSON.stringify(results).includes('بعيد'));

      await t.postJson(
        '/v1/admin/consultations/market-hours/published-texts',
        { responseId: first.id, questionId: 'remarks', published: false },
        AUTH,
      );
      const after = ConsultationResults.parse(await (await get('/v1/consultations/market-hours/results')).json());
      assert.deepEqual(after.questions.find((one) => one.questionId === 'remarks')!.texts, []);
      await t.postJson('/v1/admin/consultations/market-hours/results-publication', { published: false }, AUTH);
      assert.equal((await get('/v1/consultations/market-hours/results')).status, 404);
    });

    test('staff export every response as CSV and JSON, with profile statistics', async () => {
      await create();
      assert.equal(
        (
          await respond({ go: 'yes', days: ['mon', 'thu'], grid: { r2: 'bad' }, remarks: '=HYPERLINK("x")' }, tokenOf(1), {
            profile: { gender: 'man' },
          })
        ).status,
        201,
      );
      assert.equal((await respond({ go: 'no', 'why-not': 'بعيد, جدا' }, tokenOf(2))).status, 201);
      const csvResponse = await get('/v1/admin/consultations/market-hours/responses.csv', AUTH);
      assert.equal(csvResponse.status, 200);
      assert.match(csvResponse.headers.get('content-type')!, /^text\/csv/);
      const csv = await csvResponse.text();
      const lines = csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines.length, 3);
      assert.ok(
        lines[0]!.startsWith(
          '"response_id","submitted_at","go","why-not","days","grade","rank","grid.r1","grid.r2","age","draft.p1","draft.p2","remarks","profile.gender","profile.neighbourhood"',
        ),
      );
      assert.ok(lines[1]!.includes('الإثنين | الخميس'), 'choices by their label');
      assert.ok(lines[1]!.includes(`"'=HYPERLINK(""x"")"`), 'formulas are neutralised');
      assert.ok(lines[2]!.includes('"بعيد, جدا"'));
      const json = (await (await get('/v1/admin/consultations/market-hours/responses', AUTH)).json()) as { items: unknown[] };
      assert.equal(json.items.length, 2);
      const staff = ConsultationResults.parse(await (await get('/v1/admin/consultations/market-hours/results', AUTH)).json());
      assert.deepEqual(staff.profile!.gender, [
        { key: 'man', count: 1 },
        { key: 'unanswered', count: 1 },
      ]);
    });

    test('staff routes need the admin token (401)', async () => {
      await create();
      for (const path of [
        '/v1/admin/consultations/market-hours/responses',
        '/v1/admin/consultations/market-hours/responses.csv',
        '/v1/admin/consultations/market-hours/results',
      ]) {
        assert.equal((await errorOf(await get(path), 401)).code, 'unauthorized');
        assert.equal((await get(path, { authorization: 'Bearer wrong' })).status, 401);
      }
      assert.equal((await t.postJson('/v1/admin/consultations', consultationInput())).status, 401);
      assert.equal((await t.postJson('/v1/admin/consultations/market-hours/results-publication', { published: true })).status, 401);
    });

    test('staff definitions are checked: unique ids, conditions on earlier questions, dates', async () => {
      const input = consultationInput();
      const broken = structuredClone(input);
      broken.survey.sections[0]!.questions[1]!.showIf = { question: 'grade', anyOf: ['5'] };
      assert.equal((await t.postJson('/v1/admin/consultations', broken, AUTH)).status, 422);
      const duplicate = structuredClone(input);
      duplicate.survey.sections[1]!.questions[0]!.id = 'go';
      assert.equal((await t.postJson('/v1/admin/consultations', duplicate, AUTH)).status, 422);
      assert.equal((await t.postJson('/v1/admin/consultations', { ...input, closesAt: input.opensAt }, AUTH)).status, 422);
      const html = await t.postJson(
        '/v1/admin/consultations',
        {
          ...input,
          survey: {
            sections: [{ id: 'x', title: { ar: 'x' }, questions: [{ id: 'q', kind: 'html', required: false, title: { ar: 'x' } }] }],
          },
        },
        AUTH,
      );
      assert.equal(html.status, 422);
      const created = await t.postJson('/v1/admin/consultations', input, AUTH);
      assert.equal(created.status, 201);
      const updated = await t.postJson('/v1/admin/consultations', { ...input, title: { ar: 'عنوان جديد' } }, AUTH);
      assert.equal(updated.status, 200);
      assert.equal(Consultation.parse(await updated.json()).title.ar, 'عنوان جديد');
      assert.equal(PROGRAMME_CONSULTATION(Date.now()).survey.sections.length, 3);
    });
  });
}
