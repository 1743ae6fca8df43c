import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import {
  AdminSuggestionDetail,
  AdminSuggestionList,
  AuditEntryList,
  Dashboard,
  PublicSuggestion,
  SuggestionBox,
  SuggestionList,
  SuggestionReceipt,
  SupportReceipt,
  normalizeSuggestionCode,
  type SuggestionBoxInput,
  type SuggestionInput,
} from '@mocharaka/core/contract';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; fields?: Record<string, string> } }).error;

/**
 * Whether `text` holds the test contact: its digits (spaces, '+' and '-' ignored, so a
 * reformatted number counts) or its name. Not a bare '661', which a timestamp's
 * milliseconds or a random code can hold.
 */
const showsContact = (text: string) => text.replace(/[\s+-]/g, '').includes('661234567') || text.includes('Amina');

const LIGHTING: SuggestionInput = {
  kind: 'suggestion',
  topic: 'test-lighting',
  neighbourhood: 'test-bab-zorgan',
  text: 'إنارة الزقاق المؤدي إلى باب الزرقان، فهو مظلم بعد المغرب.',
  contact: { name: 'Amina Ait Lhaj', value: '+212 661 23 45 67', purpose: 'follow_up' },
};

for (const kind of availableDatabases()) {
  describe(`suggestions on ${kind}`, () => {
    const t = useTestApp(kind);
    let keyCount = 0;
    const key = () => ({ 'Idempotency-Key': `suggestion-test-${++keyCount}` });
    const staffPost = (path: string, body: unknown) => t.postJson(path, body, { ...admin, ...key() });

    /** The demo's lists plus this test's own topic, neighbourhood and departments. */
    async function openBox(): Promise<SuggestionBox> {
      const current = SuggestionBox.parse(await (await t.app.request('/v1/suggestion-box')).json());
      const box: SuggestionBoxInput = {
        topics: [...current.topics, { id: 'test-lighting', label: { ar: 'الإنارة العمومية', fr: 'Éclairage public' } }],
        neighbourhoods: [...current.neighbourhoods, { id: 'test-bab-zorgan', label: { ar: 'باب الزرقان', fr: 'Bab Zorgan' } }],
        departments: [
          ...current.departments,
          { id: 'test-technical', label: { ar: 'المصلحة التقنية', fr: 'Service technique' } },
          { id: 'test-social', label: { ar: 'المصلحة الاجتماعية', fr: 'Service social' } },
        ],
      };
      const response = await staffPost('/v1/admin/suggestion-box', box);
      assert.equal(response.status, 200, await response.clone().text());
      return SuggestionBox.parse(await response.json());
    }

    async function submit(input: SuggestionInput = LIGHTING): Promise<string> {
      const response = await t.postJson('/v1/suggestions', input, key());
      assert.equal(response.status, 201, await response.clone().text());
      return SuggestionReceipt.parse(await response.json()).code;
    }

    const follow = async (code: string) => PublicSuggestion.parse(await (await t.app.request(`/v1/suggestions/${code}`)).json());
    const support = (code: string, supporterToken: string) => t.postJson(`/v1/suggestions/${code}/supports`, { supporterToken }, key());

    test('a suggestion is received with a follow-up code; its contact is sealed at rest and never public', async () => {
      await openBox();
      const response = await t.postJson('/v1/suggestions', LIGHTING, key());
      assert.equal(response.status, 201);
      const receipt = SuggestionReceipt.parse(await response.json());
      assert.equal(receipt.status, 'received');
      assert.equal(receipt.contactKept, true);
      assert.match(receipt.code, /^S-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

      const [row] = await t.db.query<{ personal_data: Uint8Array; text: string }>(
        'SELECT personal_data, text FROM suggestions WHERE code = $1',
        [receipt.code],
      );
      const stored = Buffer.from(row!.personal_data).toString('latin1');
      assert.ok(!showsContact(stored), 'the contact is not stored in clear');
      assert.equal(row!.text, LIGHTING.text);

      const followed = await follow(receipt.code);
      assert.equal(followed.status, 'received');
      assert.equal(followed.published, false);
      assert.ok(!showsContact(JSON.stringify(followed)));

      const detail = AdminSuggestionDetail.parse(
        await (await t.app.request(`/v1/admin/suggestions/${receipt.code}`, { headers: admin })).json(),
      );
      assert.deepEqual(detail.contact, { name: 'Amina Ait Lhaj', value: '+212 661 23 45 67', purpose: 'follow_up' });
    });

    test('the demo commune’s box is seeded: published answers, supports counted, a duplicate merged', async () => {
      const box = SuggestionBox.parse(await (await t.app.request('/v1/suggestion-box')).json());
      assert.ok(box.topics.some((topic) => topic.id === 'participatory-budget'));
      const { items } = SuggestionList.parse(await (await t.app.request('/v1/suggestions')).json());
      assert.ok(items.length >= 5);
      assert.ok(items.every((item) => item.published));
      const cleanliness = items.find((item) => item.code === 'S-TRD0-0001');
      assert.equal(cleanliness?.status, 'answered');
      assert.equal(cleanliness?.supportCount, 37);
      const merged = await follow('S-TRD0-0007');
      assert.deepEqual(merged.merged, { into: 'S-TRD0-0001' });
      assert.equal(merged.status, 'answered');
    });

    test('the code is found however it is typed: lower case, Arabic-Indic digits, without dashes', () => {
      assert.equal(normalizeSuggestionCode(' s-7q2k-m9xd '), 'S-7Q2K-M9XD');
      assert.equal(normalizeSuggestionCode('s ٧q٢k m٩xd'), 'S-7Q2K-M9XD');
      assert.equal(normalizeSuggestionCode('S-OIL2-0000'), 'S-0112-0000');
      assert.equal(normalizeSuggestionCode('hello'), 'HELLO');
    });

    test('a retried submission with the same Idempotency-Key is recorded once', async () => {
      await openBox();
      const headers = { 'Idempotency-Key': 'suggestion-retry-1' };
      const first = SuggestionReceipt.parse(await (await t.postJson('/v1/suggestions', LIGHTING, headers)).json());
      const again = await t.postJson('/v1/suggestions', LIGHTING, headers);
      assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(SuggestionReceipt.parse(await again.json()).code, first.code);
      const [count] = await t.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM suggestions WHERE text = $1', [LIGHTING.text]);
      assert.equal(count!.n, 1);
    });

    test('bad input gets a clear error and changes nothing', async () => {
      await openBox();
      const before = await t.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM suggestions');
      const cases: [unknown, string, string][] = [
        [{ ...LIGHTING, topic: 'no-such-topic' }, 'topic', 'invalid_value'],
        [{ ...LIGHTING, neighbourhood: 'atlantis' }, 'neighbourhood', 'invalid_value'],
        [{ ...LIGHTING, text: '   قصير  ' }, 'text', 'too_short'],
        [{ ...LIGHTING, contact: { value: 'not a contact', purpose: 'follow_up' } }, 'contact.value', 'invalid_format'],
        [{ ...LIGHTING, contact: { value: 'a@b.ma', purpose: 'marketing' } }, 'contact.purpose', 'invalid_value'],
      ];
      for (const [body, field, code] of cases) {
        const response = await t.postJson('/v1/suggestions', body, key());
        assert.equal(response.status, 422, field);
        assert.equal((await errorOf(response)).fields?.[field], code, field);
      }
      const after = await t.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM suggestions');
      assert.deepEqual(after, before);
    });

    test('before the commune lists its topics the box is closed', async () => {
      await t.db.query('DELETE FROM suggestions');
      await t.db.query('DELETE FROM suggestion_boxes');
      const response = await t.postJson('/v1/suggestions', LIGHTING, key());
      assert.equal(response.status, 409);
      assert.equal((await errorOf(response)).code, 'suggestion_box_closed');
      assert.deepEqual(SuggestionBox.parse(await (await t.app.request('/v1/suggestion-box')).json()), {
        topics: [],
        neighbourhoods: [],
        departments: [],
      });
    });

    test('follow-up: received → under study → answered, with the dated public answer; published ones are listed and filtered', async () => {
      await openBox();
      const code = await submit();
      const other = await submit({ kind: 'remark', topic: 'test-lighting', text: 'ملاحظة حول أعمدة الإنارة المعطلة قرب السوق.' });

      const assigned = await staffPost(`/v1/admin/suggestions/${code}/assignment`, { department: 'test-technical' });
      assert.equal(assigned.status, 200);
      assert.equal(AdminSuggestionDetail.parse(await assigned.json()).status, 'under_study');
      const studied = await follow(code);
      assert.equal(studied.department, 'test-technical');
      assert.ok(studied.studiedAt);

      const answer = { ar: 'برمجت الجماعة تركيب ستة أعمدة في ميزانية 2027.', fr: 'La commune a programmé six lampadaires au budget 2027.' };
      const answered = await staffPost(`/v1/admin/suggestions/${code}/answer`, { status: 'answered', answer });
      assert.equal(answered.status, 200);
      const followed = await follow(code);
      assert.equal(followed.status, 'answered');
      assert.deepEqual(followed.answer?.text, answer);
      assert.ok(Date.parse(followed.answer!.at) >= Date.parse(followed.submittedAt));

      const listTopic = async (query: string) =>
        SuggestionList.parse(await (await t.app.request(`/v1/suggestions?topic=test-lighting${query}`)).json()).items.map((s) => s.code);
      assert.deepEqual(await listTopic(''), [], 'nothing is public before staff publish it');
      assert.equal((await staffPost(`/v1/admin/suggestions/${code}/publication`, { published: true })).status, 200);
      assert.equal((await staffPost(`/v1/admin/suggestions/${other}/publication`, { published: true })).status, 200);
      assert.deepEqual(await listTopic(''), [other, code], 'newest first');
      assert.deepEqual(await listTopic('&status=answered'), [code]);
      assert.deepEqual(await listTopic('&status=received'), [other]);
      const [item] = SuggestionList.parse(await (await t.app.request(`/v1/suggestions?topic=test-lighting&status=answered`)).json()).items;
      assert.ok(!showsContact(JSON.stringify(item)), 'no contact in the public list');

      assert.equal((await staffPost(`/v1/admin/suggestions/${other}/publication`, { published: false })).status, 200);
      assert.deepEqual(await listTopic(''), [code], 'kept private again');
    });

    test('an unlisted department is refused; an unknown code is 404; a malformed one too', async () => {
      await openBox();
      const code = await submit();
      const response = await staffPost(`/v1/admin/suggestions/${code}/assignment`, { department: 'no-such-department' });
      assert.equal(response.status, 422);
      assert.equal((await errorOf(response)).fields?.department, 'invalid_value');
      assert.equal((await follow(code)).status, 'received');
      assert.equal((await t.app.request('/v1/suggestions/S-0000-0000')).status, 404);
      assert.equal((await t.app.request('/v1/suggestions/not-a-code')).status, 404);
    });

    test('"me too" counts once per browser token, in the counter column; only published suggestions take it', async () => {
      await openBox();
      const code = await submit();
      assert.equal((await support(code, 'browser-token-aaaaaaaaaaaa')).status, 404, 'not published yet');
      await staffPost(`/v1/admin/suggestions/${code}/publication`, { published: true });
      const first = SupportReceipt.parse(await (await support(code, 'browser-token-aaaaaaaaaaaa')).json());
      assert.deepEqual(first, { code, supportCount: 1, counted: true });
      const again = SupportReceipt.parse(await (await support(code, 'browser-token-aaaaaaaaaaaa')).json());
      assert.deepEqual(again, { code, supportCount: 1, counted: false });
      const second = SupportReceipt.parse(await (await support(code, 'browser-token-bbbbbbbbbbbb')).json());
      assert.equal(second.supportCount, 2);
      assert.equal((await follow(code)).supportCount, 2);
      const [row] = await t.db.query<{ support_count: number; rows: number }>(
        `SELECT support_count, (SELECT count(*)::integer FROM suggestion_supports p WHERE p.suggestion_id = s.id) AS rows
         FROM suggestions s WHERE code = $1`,
        [code],
      );
      assert.deepEqual({ ...row }, { support_count: 2, rows: 2 });
      const hashes = await t.db.query<{ token_hash: Uint8Array }>('SELECT token_hash FROM suggestion_supports');
      assert.ok(
        hashes.every((one) => !Buffer.from(one.token_hash).toString('latin1').includes('browser-token')),
        'only hashes are kept',
      );
      const bad = await support(code, 'short');
      assert.equal(bad.status, 422);
    });

    test('merging a duplicate moves its supports once per browser; its follow-up shows the answer it joined', async () => {
      await openBox();
      const original = await submit();
      const duplicate = await submit({ kind: 'suggestion', topic: 'test-lighting', text: 'نطلب إنارة الطريق قرب باب الزرقان من فضلكم.' });
      for (const code of [original, duplicate]) await staffPost(`/v1/admin/suggestions/${code}/publication`, { published: true });
      await support(original, 'browser-token-shared-000');
      await support(duplicate, 'browser-token-shared-000');
      await support(duplicate, 'browser-token-only-dup-0');

      const merged = await staffPost(`/v1/admin/suggestions/${duplicate}/merge`, { into: original });
      assert.equal(merged.status, 200);
      const target = AdminSuggestionDetail.parse(await merged.json());
      assert.equal(target.supportCount, 2, 'the shared browser counts once');
      assert.deepEqual(target.duplicates, [duplicate]);

      await staffPost(`/v1/admin/suggestions/${original}/answer`, { status: 'not_retained', answer: { ar: 'الطريق خارج نفوذ الجماعة.' } });
      const followed = await follow(duplicate);
      assert.equal(followed.status, 'not_retained');
      assert.equal(followed.answer?.text.ar, 'الطريق خارج نفوذ الجماعة.');
      assert.deepEqual(followed.merged, { into: original });
      assert.equal(followed.supportCount, 0);
      const listed = SuggestionList.parse(await (await t.app.request('/v1/suggestions?topic=test-lighting')).json()).items;
      assert.deepEqual(
        listed.map((s) => s.code),
        [original],
        'the duplicate leaves the public list',
      );

      const twice = await staffPost(`/v1/admin/suggestions/${duplicate}/merge`, { into: original });
      assert.equal((await errorOf(twice)).code, 'suggestion_merged');
      const self = await staffPost(`/v1/admin/suggestions/${original}/merge`, { into: original });
      assert.equal((await errorOf(self)).code, 'same_suggestion');
      assert.equal((await support(duplicate, 'browser-token-late-00000')).status, 404);
    });

    test('staff writes are audited without the citizen’s text or contact; a topic in use cannot be dropped', async () => {
      const box = await openBox();
      const code = await submit();
      await staffPost(`/v1/admin/suggestions/${code}/assignment`, { department: 'test-social' });
      await staffPost(`/v1/admin/suggestions/${code}/answer`, { status: 'answered', answer: { ar: 'تمت برمجة المشروع.' } });
      const audit = AuditEntryList.parse(
        await (await t.app.request(`/v1/admin/audit?resourceType=suggestion&resourceId=${code}`, { headers: admin })).json(),
      );
      assert.deepEqual(
        audit.items.map((entry) => [entry.action, entry.summary]),
        [
          ['answer', { status: 'answered' }],
          ['assign', { department: 'test-social' }],
        ],
      );
      assert.ok(!showsContact(JSON.stringify(audit)) && !JSON.stringify(audit).includes('باب الزرقان، فهو'));

      const dropped = await staffPost('/v1/admin/suggestion-box', {
        topics: [...box.topics.filter((topic) => topic.id !== 'test-lighting'), { id: 'test-other', label: { ar: 'أخرى' } }],
        neighbourhoods: box.neighbourhoods,
        departments: box.departments,
      });
      assert.equal(dropped.status, 422);
      assert.equal((await errorOf(dropped)).fields?.topics, 'invalid_value');
      const duplicateIds = await staffPost('/v1/admin/suggestion-box', { ...box, topics: [...box.topics, box.topics[0]] });
      assert.equal(duplicateIds.status, 422);
    });

    test('the triage queue lists oldest first without contacts; the CSV export opens them', async () => {
      await openBox();
      const first = await submit();
      const second = await submit({ kind: 'remark', topic: 'test-lighting', text: '=HYPERLINK("http://evil") أعمدة مكسورة' });
      const queue = AdminSuggestionList.parse(
        await (await t.app.request('/v1/admin/suggestions?topic=test-lighting&status=received', { headers: admin })).json(),
      );
      assert.deepEqual(
        queue.items.map((s) => s.code),
        [first, second],
      );
      assert.equal(queue.items[0]!.hasContact, true);
      assert.ok(!showsContact(JSON.stringify(queue)));

      const csv = await t.app.request('/v1/admin/suggestions.csv', { headers: admin });
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
      const rows = parse((await csv.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
      const byCode = new Map(rows.map((row) => [row.code, row]));
      assert.equal(byCode.get(first)?.contact, "'+212 661 23 45 67", 'a leading + is neutralised like any formula trigger');
      assert.equal(byCode.get(first)?.contact_purpose, 'follow_up');
      assert.ok(byCode.get(second)?.text.startsWith("'="), 'a formula is neutralised');
    });

    test('the dashboard gives time to answer per topic and what waits', async () => {
      await openBox();
      const answered = await submit();
      await submit();
      await t.db.query(`UPDATE suggestions SET submitted_at = now() - interval '4 days' WHERE code = $1`, [answered]);
      await staffPost(`/v1/admin/suggestions/${answered}/answer`, { status: 'answered', answer: { ar: 'تمت الإجابة.' } });
      const dashboard = Dashboard.parse(await (await t.app.request('/v1/admin/dashboard', { headers: admin })).json());
      const topic = dashboard.suggestions?.topics.find((one) => one.topic === 'test-lighting');
      assert.equal(topic?.answered, 1);
      assert.equal(topic?.waiting, 1);
      assert.equal(topic?.medianDays, 4);
      assert.equal(topic?.maxDays, 4);
      assert.ok((dashboard.suggestions?.received ?? 0) >= 1);
    });

    test('a viewer reads the queue but not contacts, and cannot answer', async () => {
      await openBox();
      const code = await submit();
      const { addAccount, signIn } = await import('./staff-helpers.js');
      await addAccount(t.db, 'viewer');
      const viewer = await signIn(t.app, 'viewer@commune.test');
      assert.equal((await t.app.request('/v1/admin/suggestions', { headers: viewer.headers() })).status, 200);
      assert.equal((await t.app.request(`/v1/admin/suggestions/${code}`, { headers: viewer.headers() })).status, 403);
      assert.equal((await t.app.request('/v1/admin/suggestions.csv', { headers: viewer.headers() })).status, 403);
      const answer = await t.app.request(`/v1/admin/suggestions/${code}/answer`, {
        method: 'POST',
        headers: { ...viewer.headers(true), 'Idempotency-Key': 'viewer-answer' },
        body: JSON.stringify({ status: 'answered', answer: { ar: 'لا' } }),
      });
      assert.equal(answer.status, 403);
      assert.equal((await follow(code)).status, 'received');
    });
  });
}
