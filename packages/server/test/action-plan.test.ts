import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  ActionPlan,
  ActionPlanImportResult,
  ActionPlanList,
  ActionPlanProject,
  AdminProjectComment,
  AdminProjectCommentList,
  AuditEntryList,
  ProjectCommentList,
  ProjectCommentReceipt,
  type ActionPlanInput,
} from '@mocharaka/core/contract';
import { csvRows } from './support/csv-cells.js';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const DEMO = 'taroudant-2022-2027';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const fixture = (name: string) => readFileSync(new URL(`./fixtures/action-plan/${name}`, import.meta.url), 'utf8');
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;

const NEW_PLAN: ActionPlanInput = {
  id: 'oulad-teima-2023-2028',
  title: { ar: 'برنامج عمل الجماعة 2023-2028', fr: 'Programme d’action 2023-2028' },
  period: { from: 2023, to: 2028 },
};

let keys = 0;
const key = () => ({ 'Idempotency-Key': `action-plan-${++keys}` });

for (const kind of availableDatabases()) {
  describe(`action programme on ${kind}`, () => {
    const t = useTestApp(kind);
    const staffPost = (path: string, body: unknown) => t.postJson(path, body, { ...admin, ...key() });
    const plan = async (id = DEMO) => ActionPlan.parse(await (await t.app.request(`/v1/action-plans/${id}`)).json());
    const newPlanWith = async (csv: string) => {
      assert.equal((await staffPost('/v1/admin/action-plans', NEW_PLAN)).status, 201);
      return staffPost(`/v1/admin/action-plans/${NEW_PLAN.id}/import`, { csv });
    };

    test('lists the demo programme and serves it with axes, projects, totals, commitments and evaluations', async () => {
      const list = ActionPlanList.parse(await (await t.app.request('/v1/action-plans')).json());
      assert.deepEqual(
        list.items.map((item) => [item.id, item.charterId, item.projectCount]),
        [[DEMO, 'taroudant-participation', 9]],
      );
      const demo = await plan();
      assert.equal(demo.axes.length, 4);
      assert.deepEqual(demo.totals.byStatus, { planned: 2, in_progress: 4, completed: 1, delayed: 1, suspended: 1 });
      assert.equal(
        demo.totals.budget,
        demo.projects.reduce((sum, project) => sum + project.budget, 0),
      );
      assert.equal(demo.totals.executed, 3_505_000);
      const garden = demo.projects.find((project) => project.id === '1-2')!;
      assert.deepEqual(garden.planned, { start: '2024-03-01', end: '2025-06-30' });
      assert.deepEqual(garden.actual, { start: '2024-05-20' });
      assert.deepEqual(
        garden.updates.map((update) => update.date),
        ['2025-03-12', '2024-05-20'],
      );
      assert.equal(garden.commentCount, 1);
      assert.ok(demo.commitments.some((commitment) => commitment.party === 'associations' && commitment.indicators.length > 0));
      assert.deepEqual(
        demo.evaluations.map((report) => report.date),
        ['2025-07-15', '2025-02-28'],
      );
    });

    test('unknown programmes and projects are 404', async () => {
      assert.equal((await t.app.request('/v1/action-plans/nowhere')).status, 404);
      assert.equal((await t.app.request(`/v1/action-plans/${DEMO}/projects/9-9/comments`)).status, 404);
      const comment = await t.postJson(`/v1/action-plans/${DEMO}/projects/9-9/comments`, { text: 'تعليق على مشروع غير موجود' }, key());
      assert.equal(comment.status, 404);
    });

    test('a comment waits for moderation, its contact sealed; once published with an answer, everyone reads both', async () => {
      const path = `/v1/action-plans/${DEMO}/projects/2-1/comments`;
      const contact = 'amina@example.ma';
      const sent = await t.postJson(path, { text: '  زقاق درب القايد ما زال بدون إنارة  ', contact }, key());
      assert.equal(sent.status, 201);
      const { receipt } = ProjectCommentReceipt.parse(await sent.json());
      assert.equal(receipt.status, 'pending');

      const before = ProjectCommentList.parse(await (await t.app.request(path)).json());
      assert.ok(!before.items.some((item) => item.reference === receipt.reference));
      const [stored] = await t.db.query<{ personal_data: Uint8Array | null; text: string }>(
        'SELECT personal_data, text FROM action_plan_comments WHERE reference = $1',
        [receipt.reference],
      );
      assert.ok(stored!.personal_data && !Buffer.from(stored!.personal_data).toString('latin1').includes(contact));
      assert.equal(stored!.text, 'زقاق درب القايد ما زال بدون إنارة');

      const staffList = AdminProjectCommentList.parse(
        await (await t.app.request(`/v1/admin/action-plans/${DEMO}/comments`, { headers: admin })).json(),
      );
      assert.equal(staffList.items[0]!.reference, receipt.reference);
      assert.equal(staffList.items[0]!.contact, contact);

      const answer = {
        date: '2025-05-02',
        text: { ar: 'سيشمل المشروع الزقاق في الشطر الثاني.', fr: 'La ruelle est dans la deuxième tranche.' },
      };
      const moderated = await staffPost(`/v1/admin/action-plan-comments/${receipt.reference}/moderation`, { status: 'published', answer });
      assert.equal(moderated.status, 200);
      assert.equal(AdminProjectComment.parse(await moderated.json()).status, 'published');
      const after = ProjectCommentList.parse(await (await t.app.request(path)).json());
      const shown = after.items.find((item) => item.reference === receipt.reference)!;
      assert.deepEqual(shown.answer, answer);
      assert.equal('contact' in shown, false);
      assert.equal((await plan()).projects.find((project) => project.id === '2-1')!.commentCount, 2);

      const audit = AuditEntryList.parse(
        await (await t.app.request(`/v1/admin/audit?resourceType=action-plan-comment`, { headers: admin })).json(),
      );
      assert.equal(audit.items[0]!.resourceId, receipt.reference);
      assert.equal(JSON.stringify(audit.items[0]!.summary).includes('درب القايد'), false);
    });

    test('a comment too short, with a bad contact or an unknown field changes nothing', async () => {
      const path = `/v1/action-plans/${DEMO}/projects/2-1/comments`;
      for (const [body, field] of [
        [{ text: 'قصير' }, 'text'],
        [{ text: 'تعليق طويل بما يكفي', contact: 'not a contact' }, 'contact'],
        [{ text: 'تعليق طويل بما يكفي', name: 'x' }, 'name'],
      ] as const) {
        const response = await t.postJson(path, body, key());
        assert.equal(response.status, 422);
        assert.ok((await errorOf(response)).fields?.[field], field);
      }
      const [count] = await t.db.query<{ count: string | number }>(
        "SELECT count(*) AS count FROM action_plan_comments WHERE status = 'pending'",
      );
      assert.equal(Number(count!.count), 0);
    });

    test('imports a semicolon CSV with a BOM, Arabic headings and Arabic-Indic digits', async () => {
      const response = await newPlanWith(fixture('good-semicolon-arabic.csv'));
      assert.equal(response.status, 200);
      assert.deepEqual(ActionPlanImportResult.parse(await response.json()), { axes: 2, created: 3, updated: 0 });
      const imported = await plan(NEW_PLAN.id);
      assert.deepEqual(
        imported.axes.map((axis) => [axis.id, axis.title.fr]),
        [
          ['1', 'Propreté et espaces verts'],
          ['2', 'Voirie et éclairage public'],
        ],
      );
      const [bins, garden, lights] = imported.projects;
      assert.deepEqual(
        [bins!.id, bins!.budget, bins!.executed, bins!.planned, bins!.actual, bins!.progress, bins!.status],
        [
          '1-1',
          1_800_000,
          1_650_000,
          { start: '2023-01-15', end: '2023-12-31' },
          { start: '2023-02-01', end: '2024-02-15' },
          100,
          'completed',
        ],
      );
      assert.equal(garden!.title.ar, 'تهيئة حديقة باب الزرقان; فضاء الأطفال');
      assert.equal(garden!.budget, 2_400_000.5);
      assert.deepEqual(garden!.neighbourhood, { ar: 'باب الزرقان' });
      assert.deepEqual([garden!.progress, garden!.status], [45, 'in_progress']);
      assert.deepEqual([lights!.budget, lights!.status, lights!.progress], [1_200_000, 'planned', 0]);
    });

    test('imports a comma CSV with column ids and French statuses; a second import updates by project id', async () => {
      const first = await newPlanWith(fixture('good-comma-ids.csv'));
      assert.deepEqual(ActionPlanImportResult.parse(await first.json()), { axes: 2, created: 3, updated: 0 });
      const projects = (await plan(NEW_PLAN.id)).projects;
      assert.deepEqual(
        projects.map((project) => [project.id, project.budget, project.status]),
        [
          ['3-1', 350_000, 'in_progress'],
          ['3-2', 120_000, 'in_progress'],
          ['4-1', 1_000_000, 'planned'],
        ],
      );
      assert.equal(projects[0]!.title.fr, 'Site web modèle, outils numériques');
      const again = await staffPost(`/v1/admin/action-plans/${NEW_PLAN.id}/import`, {
        csv: fixture('good-comma-ids.csv').replace('1000000,,2025-10-01', '1100000,,2025-10-01'),
      });
      assert.deepEqual(ActionPlanImportResult.parse(await again.json()), { axes: 2, created: 0, updated: 3 });
      assert.equal((await plan(NEW_PLAN.id)).projects[2]!.budget, 1_100_000);
    });

    test('a CSV with bad lines is refused whole, each bad cell named by its line, and nothing is imported', async () => {
      const response = await newPlanWith(fixture('bad-lines.csv'));
      assert.equal(response.status, 422);
      const error = await errorOf(response);
      assert.equal(error.code, 'invalid_csv');
      assert.deepEqual(error.fields, {
        'line.3.budget_mad': 'invalid_format',
        'line.4.planned_start': 'invalid_value',
        'line.5.planned_end': 'invalid_value',
        'line.5.progress': 'too_big',
        'line.5.status': 'invalid_value',
        'line.6.project_id': 'invalid_value',
        'line.7.title_ar': 'required',
        'line.7.axis_ar': 'invalid_value',
      });
      assert.match(error.message, /3, 4, 5, 6, 7/);
      const unchanged = await plan(NEW_PLAN.id);
      assert.deepEqual([unchanged.axes.length, unchanged.projects.length], [0, 0]);
    });

    test('a CSV with an unknown or missing column, or an unclosed quote, is refused', async () => {
      const heading = await newPlanWith(fixture('bad-heading.csv'));
      assert.equal(heading.status, 422);
      assert.deepEqual((await errorOf(heading)).fields, {
        'line.1.4': 'unknown_field',
        'line.1.title_ar': 'required',
        'line.1.budget_mad': 'required',
      });
      const quote = await staffPost(`/v1/admin/action-plans/${NEW_PLAN.id}/import`, { csv: fixture('bad-unclosed-quote.csv') });
      assert.equal(quote.status, 422);
      assert.deepEqual(Object.values((await errorOf(quote)).fields ?? {}), ['invalid_format']);
      assert.equal((await plan(NEW_PLAN.id)).projects.length, 0);
    });

    test('exports the projects in the import format, which imports back unchanged', async () => {
      const response = await t.app.request(`/v1/admin/action-plans/${DEMO}/projects.csv?lang=fr`, { headers: admin });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /text\/csv/);
      const csv = await response.text();
      const rows = csvRows(csv);
      assert.equal(rows[0]![0], 'code_axe');
      assert.equal(rows.length, 10);
      assert.equal(rows.find((row) => row[3] === '1-2')![15], 'en cours');
      const demo = await plan();
      const reimport = await staffPost(`/v1/admin/action-plans/${DEMO}/import`, { csv });
      assert.deepEqual(ActionPlanImportResult.parse(await reimport.json()), { axes: 4, created: 0, updated: 9 });
      const after = await plan();
      assert.deepEqual(
        after.projects.map(({ updates: _u, ...project }) => project),
        demo.projects.map(({ updates: _u, ...project }) => project),
      );
    });

    test('staff edit a project and post a dated update that moves its progress and status; both are audited', async () => {
      const edit = await staffPost(`/v1/admin/action-plans/${DEMO}/projects/2-2`, {
        axisId: '2',
        title: { ar: 'تبليط الطريق المؤدية إلى سوق الخميس', fr: 'Revêtement de la route du souk' },
        budget: 4_600_000,
        executed: 100_000,
        planned: { start: '2025-09-01', end: '2026-06-30' },
        actual: { start: '2025-09-15' },
        progress: 5,
        status: 'in_progress',
      });
      assert.equal(edit.status, 200);
      assert.equal(ActionPlanProject.parse(await edit.json()).budget, 4_600_000);
      const update = await staffPost(`/v1/admin/action-plans/${DEMO}/projects/2-2/updates`, {
        date: '2025-10-01',
        text: { ar: 'انتهاء الشطر الأول من الأشغال', fr: 'Première tranche achevée' },
        progress: 35,
      });
      assert.equal(update.status, 201);
      const project = ActionPlanProject.parse(await update.json());
      assert.deepEqual([project.progress, project.status, project.updates[0]!.date], [35, 'in_progress', '2025-10-01']);
      const noAxis = await staffPost(`/v1/admin/action-plans/${DEMO}/projects/9-1`, { ...NEW_PROJECT, axisId: '9' });
      assert.deepEqual((await errorOf(noAxis)).fields, { axisId: 'invalid_value' });
      const audit = AuditEntryList.parse(
        await (await t.app.request('/v1/admin/audit?resourceType=action-plan', { headers: admin })).json(),
      );
      assert.deepEqual(
        audit.items.slice(0, 2).map((entry) => [entry.action, entry.resourceId]),
        [
          ['update', `${DEMO}/2-2`],
          ['update', `${DEMO}/2-2`],
        ],
      );
    });

    test('staff set the charter commitments and evaluation reports; a period that ends before it starts is refused', async () => {
      const demo = await plan();
      const report = {
        date: '2026-01-10',
        title: { ar: 'تقرير التقييم السنوي', fr: 'Rapport annuel' },
        summary: { ar: 'تحقق 70٪ من المؤشرات', fr: '70 % des indicateurs atteints' },
      };
      const response = await staffPost('/v1/admin/action-plans', {
        id: DEMO,
        title: demo.title,
        period: demo.period,
        charterId: demo.charterId,
        evaluations: [...demo.evaluations, report],
      });
      assert.equal(response.status, 200);
      const updated = ActionPlan.parse(await response.json());
      assert.equal(updated.evaluations[0]!.date, '2026-01-10');
      assert.equal(updated.commitments.length, demo.commitments.length);
      const badPeriod = await staffPost('/v1/admin/action-plans', { ...NEW_PLAN, period: { from: 2028, to: 2023 } });
      assert.equal(badPeriod.status, 422);
    });
  });
}

const NEW_PROJECT = {
  axisId: '1',
  title: { ar: 'مشروع' },
  budget: 1000,
  progress: 0,
  status: 'planned',
};
