import { expect, html } from '../../../test/support/browser-testing.js';
import { ApiError, type ActionPlan, type AdminProjectComment } from '@mocharaka/core';
import '../src/screens/action-plans/action-plan-list.screen.js';
import '../src/screens/action-plans/action-plan.screen.js';
import { FakeStaffApi, sessionOf } from './fake-api.js';
import { $, TEST_LOCALES, renderScreen, typeKeys, until, withLocale } from './helpers.js';
import type { ConsoleScreen } from '../src/shell/console-screen.js';

type Lit = ConsoleScreen;

const PLAN: ActionPlan = {
  id: 'taroudant-2022-2027',
  title: { ar: 'برنامج عمل جماعة تارودانت', fr: 'Programme d’action de Taroudant' },
  period: { from: 2022, to: 2027 },
  projectCount: 1,
  axes: [{ id: '1', title: { ar: 'النظافة', fr: 'Propreté' } }],
  projects: [
    {
      id: '1-2',
      axisId: '1',
      title: { ar: 'حديقة باب الزرقان', fr: 'Jardin de Bab Zorgane' },
      budget: 2_400_000,
      executed: 960_000,
      planned: { start: '2024-03-01' },
      actual: {},
      progress: 45,
      status: 'in_progress',
      updates: [],
      commentCount: 0,
    },
  ],
  totals: {
    projects: 1,
    byStatus: { planned: 0, in_progress: 1, completed: 0, delayed: 0, suspended: 0 },
    budget: 2_400_000,
    executed: 960_000,
  },
  commitments: [],
  evaluations: [],
  updatedAt: '2025-07-15T10:00:00.000Z',
};

const COMMENT: AdminProjectComment = {
  reference: 'COM-AAAA-0001',
  projectId: '1-2',
  submittedAt: '2025-03-20T10:15:00.000Z',
  text: 'نرجو تخصيص كراسي مظللة للمسنين',
  status: 'pending',
  contact: 'amina@example.ma',
};

function api(options: { badImport?: boolean } = {}) {
  const state = { comment: { ...COMMENT } };
  return new FakeStaffApi({
    'GET /v1/admin/action-plans': { items: [{ id: PLAN.id, title: PLAN.title, period: PLAN.period, projectCount: 1 }] },
    'GET /v1/action-plans/taroudant-2022-2027': PLAN,
    'POST /v1/admin/action-plans': (body: unknown) => ({ ...PLAN, ...(body as object) }),
    'GET /v1/admin/action-plans/taroudant-2022-2027/comments': () => ({ items: [state.comment] }),
    'POST /v1/admin/action-plans/taroudant-2022-2027/import': () => {
      if (options.badImport) {
        throw new ApiError(422, 'invalid_csv', 'lines 3, 5', { 'line.5.status': 'invalid_value', 'line.3.budget_mad': 'invalid_format' });
      }
      return { axes: 1, created: 2, updated: 1 };
    },
    'POST /v1/admin/action-plans/taroudant-2022-2027/projects/1-2/updates': () => PLAN.projects[0],
    'POST /v1/admin/action-plan-comments/COM-AAAA-0001/moderation': (body: unknown) => {
      state.comment = { ...state.comment, ...(body as Partial<AdminProjectComment>) };
      return state.comment;
    },
  });
}

async function chooseFile(el: Lit, content: string) {
  const input = $<HTMLInputElement>(el, '#csv-file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], 'programme.csv', { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await until(() => !$<HTMLButtonElement>(el, '#csv-file ~ button, form button[type=submit]').disabled, 'the file to be read');
}

for (const locale of TEST_LOCALES) {
  describe(`action programme screens (${locale})`, () => {
    before(() => withLocale(locale));

    it('lists the programmes, and offers editors a new one', async () => {
      const el = await renderScreen<Lit>(html`<console-action-plans .api=${api()} .session=${sessionOf('editor')}></console-action-plans>`);
      expect($(el, 'tbody a').getAttribute('href')).to.equal('/console/action-plans/taroudant-2022-2027');
      expect($(el, '#new-title')).to.exist;
      await expect(el).to.be.accessible();
      const viewer = await renderScreen<Lit>(
        html`<console-action-plans .api=${api()} .session=${sessionOf('viewer')}></console-action-plans>`,
      );
      expect(viewer.shadowRoot!.querySelector('#new-title')).to.equal(null);
    });

    it('creates a programme from years typed on an Arabic keyboard', async () => {
      const fake = api();
      const el = await renderScreen<Lit>(html`<console-action-plans .api=${fake} .session=${sessionOf('editor')}></console-action-plans>`);
      await typeKeys(el, '#id', 'taroudant-2028-2033');
      await typeKeys(el, '#title-ar', 'برنامج عمل الجماعة');
      await typeKeys(el, '#from', '٢٠٢٨');
      await typeKeys(el, '#to', '٢٠٣٣');
      expect($<HTMLInputElement>(el, '#from').value).to.equal('٢٠٢٨', 'the digits stay as typed');
      $<HTMLButtonElement>(el, 'form button[type=submit]').click();
      await until(() => fake.calls.some((call) => call.method === 'POST'), 'the programme to be sent');
      const sent = fake.calls.find((call) => call.method === 'POST')!;
      expect(sent.path).to.equal('/v1/admin/action-plans');
      expect(sent.body).to.deep.equal({ id: 'taroudant-2028-2033', title: { ar: 'برنامج عمل الجماعة' }, period: { from: 2028, to: 2033 } });
      await expect(el).to.be.accessible();
    });

    it('imports a CSV file and reports the counts', async () => {
      const fake = api();
      const el = await renderScreen<Lit>(
        html`<console-action-plan .api=${fake} .session=${sessionOf('editor')} .params=${{ id: PLAN.id }}></console-action-plan>`,
      );
      await chooseFile(el, 'axis_id,axis_ar,project_id,title_ar,budget_mad,status\n1,النظافة,1-2,حديقة,1000,planned\n');
      $<HTMLButtonElement>(el, 'section[aria-labelledby=import-title] button[type=submit]').click();
      await until(() => el.shadowRoot!.querySelector('#import-notice'), 'the import notice');
      expect($(el, '#import-notice').getAttribute('role')).to.equal('status');
      expect(fake.calls.find((call) => call.path.endsWith('/import'))!.body).to.deep.equal({
        csv: 'axis_id,axis_ar,project_id,title_ar,budget_mad,status\n1,النظافة,1-2,حديقة,1000,planned\n',
      });
      await expect(el).to.be.accessible();
    });

    it('lists each refused line of a bad CSV, in line order', async () => {
      const el = await renderScreen<Lit>(
        html`<console-action-plan .api=${api({ badImport: true })} .session=${sessionOf('editor')} .params=${{ id: PLAN.id }}></console-action-plan>`,
      );
      await chooseFile(el, 'bad');
      $<HTMLButtonElement>(el, 'section[aria-labelledby=import-title] button[type=submit]').click();
      await until(() => el.shadowRoot!.querySelector('#import-problems'), 'the list of bad lines');
      const lines = [...el.shadowRoot!.querySelectorAll('#import-problems li')].map((li) => li.textContent!);
      expect(lines).to.have.length(2);
      expect(lines[0]).to.contain('3').and.contain('budget_mad');
      expect(lines[1]).to.contain('5').and.contain('status');
      expect($(el, '#import-notice').getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
    });

    it('posts a dated update and moderates a comment with the commune’s answer', async () => {
      const fake = api();
      const el = await renderScreen<Lit>(
        html`<console-action-plan .api=${fake} .session=${sessionOf('admin')} .params=${{ id: PLAN.id }}></console-action-plan>`,
      );
      $<HTMLTextAreaElement>(el, '#update-ar').value = 'انتهاء أشغال السقي';
      await typeKeys(el, '#update-progress', '٦٠');
      $<HTMLButtonElement>(el, 'section[aria-labelledby=update-title] button[type=submit]').click();
      await until(() => fake.calls.some((call) => call.path.endsWith('/updates')), 'the update to be posted');
      await until(() => el.shadowRoot!.querySelector('section[aria-labelledby=update-title] [role=status]'), 'the update notice');
      await until(
        () => !el.shadowRoot!.querySelector('.loading') && el.shadowRoot!.querySelector('#answer-ar-COM-AAAA-0001'),
        'the screen to settle',
      );
      const update = fake.calls.find((call) => call.path.endsWith('/updates'))!.body as { text: { ar: string }; progress: number };
      expect(update.text.ar).to.equal('انتهاء أشغال السقي');
      expect(update.progress).to.equal(60);

      expect(el.shadowRoot!.textContent).to.contain('amina@example.ma');
      $<HTMLTextAreaElement>(el, '#answer-ar-COM-AAAA-0001').value = 'شكرا، أضيفت الكراسي';
      const publish = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.comments button')][0]!;
      publish.click();
      await until(() => fake.calls.some((call) => call.path.endsWith('/moderation')), 'the moderation');
      const moderation = fake.calls.find((call) => call.path.endsWith('/moderation'))!.body as {
        status: string;
        answer: { text: { ar: string } };
      };
      expect(moderation.status).to.equal('published');
      expect(moderation.answer.text.ar).to.equal('شكرا، أضيفت الكراسي');
      await until(() => !el.shadowRoot!.querySelector('#answer-ar-COM-AAAA-0001'), 'the comment to leave the queue');
      await expect(el).to.be.accessible();
    });
  });
}
