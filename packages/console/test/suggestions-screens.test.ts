import { expect, html } from '../../../test/support/browser-testing.js';
import { formatNumber } from '@mocharaka/core';
import type { AdminSuggestion, AdminSuggestionDetail, Dashboard, SuggestionBox } from '@mocharaka/core/contract';
import '../src/screens/dashboard/dashboard-screen.js';
import '../src/screens/suggestions/suggestion-queue.screen.js';
import '../src/screens/suggestions/suggestion.screen.js';
import '../src/screens/suggestions/suggestion-box.screen.js';
import type { ConsoleScreen } from '../src/shell/console-screen.js';
import { fromLines, toLines } from '../src/screens/suggestions/box-lines.js';
import { FakeStaffApi, sessionOf } from './fake-api.js';
import { dashboard } from './fixtures.js';
import { $, TEST_LOCALES, renderScreen, until, withLocale } from './helpers.js';

const BOX: SuggestionBox = {
  topics: [
    { id: 'cleanliness', label: { ar: 'النظافة وجمع النفايات', fr: 'Propreté et collecte des déchets' } },
    { id: 'lighting-roads', label: { ar: 'الإنارة العمومية والطرق', fr: 'Éclairage public et voirie' } },
  ],
  neighbourhoods: [{ id: 'medina', label: { ar: 'المدينة العتيقة', fr: 'Médina' } }],
  departments: [
    { id: 'hygiene', label: { ar: 'مكتب حفظ الصحة', fr: 'Bureau d’hygiène' } },
    { id: 'technical', label: { ar: 'المصلحة التقنية', fr: 'Service technique' } },
  ],
};

const RECEIVED: AdminSuggestion = {
  code: 'S-TRD0-0006',
  kind: 'remark',
  topic: 'cleanliness',
  neighbourhood: 'medina',
  text: 'الأزبال تتراكم أمام باب الخميس كل مساء.',
  status: 'received',
  submittedAt: '2026-11-28T09:00:00.000Z',
  supportCount: 0,
  published: false,
  hasContact: true,
  duplicates: [],
};
const DETAIL: AdminSuggestionDetail = { ...RECEIVED, contact: { name: 'Amina Ait Lhaj', value: '0661234567', purpose: 'follow_up' } };

function triageApi() {
  let current: AdminSuggestionDetail = DETAIL;
  const update = (patch: Partial<AdminSuggestionDetail>) => (current = { ...current, ...patch });
  return new FakeStaffApi({
    'GET /v1/suggestion-box': BOX,
    'GET /v1/admin/suggestions': (_body: unknown, query: Record<string, unknown> | undefined) => ({
      items: !query?.status || query.status === 'received' ? [RECEIVED] : [],
    }),
    [`GET /v1/admin/suggestions/${DETAIL.code}`]: () => current,
    [`POST /v1/admin/suggestions/${DETAIL.code}/assignment`]: (body: unknown) =>
      update({ department: (body as { department: string }).department, status: 'under_study' }),
    [`POST /v1/admin/suggestions/${DETAIL.code}/answer`]: (body: unknown) => {
      const { status, answer } = body as { status: 'answered'; answer: { ar: string } };
      return update({ status, answer: { text: answer, at: '2026-12-01T10:00:00.000Z' } });
    },
    [`POST /v1/admin/suggestions/${DETAIL.code}/publication`]: (body: unknown) =>
      update({ published: (body as { published: boolean }).published }),
    [`POST /v1/admin/suggestions/${DETAIL.code}/merge`]: () => ({ ...DETAIL, code: 'S-TRD0-0001', duplicates: [DETAIL.code] }),
    'GET /v1/admin/audit': { items: [] },
  });
}

async function type(el: HTMLElement & { updateComplete: Promise<unknown> }, selector: string, value: string) {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

for (const locale of TEST_LOCALES) {
  describe(`suggestions in the console (${locale})`, () => {
    before(() => withLocale(locale));

    it('the triage queue lists what was received, with the export for triage staff only', async () => {
      const api = triageApi();
      const el = await renderScreen<ConsoleScreen>(
        html`<console-suggestion-queue .api=${api} .session=${sessionOf('moderator')}></console-suggestion-queue>`,
      );
      await until(() => el.shadowRoot!.querySelector('tbody tr'), 'the queue');
      expect(el.shadowRoot!.textContent).to.include(locale === 'ar' ? 'النظافة وجمع النفايات' : 'Propreté et collecte des déchets');
      expect(el.shadowRoot!.querySelector('a[href="/v1/admin/suggestions.csv"]')).to.exist;
      expect(el.shadowRoot!.querySelector(`a[href="/console/suggestions/${RECEIVED.code}"]`)).to.exist;
      expect(el.shadowRoot!.textContent).not.to.include('0661234567');
      await expect(el).to.be.accessible();

      const viewer = await renderScreen<ConsoleScreen>(
        html`<console-suggestion-queue .api=${triageApi()} .session=${sessionOf('viewer')}></console-suggestion-queue>`,
      );
      await until(() => viewer.shadowRoot!.querySelector('tbody tr'), 'the queue for a viewer');
      expect(viewer.shadowRoot!.querySelector('a[href="/v1/admin/suggestions.csv"]')).to.be.null;
      expect(viewer.shadowRoot!.querySelector(`a[href="/console/suggestions/${RECEIVED.code}"]`)).to.be.null;
    });

    it('a suggestion: its contact for its purpose, then assign, answer, publish — each sent and shown', async () => {
      const api = triageApi();
      const el = await renderScreen<ConsoleScreen>(
        html`<console-suggestion .api=${api} .session=${sessionOf('moderator')} .params=${{ code: DETAIL.code }}></console-suggestion>`,
      );
      await until(() => el.shadowRoot!.querySelector('#message-title'), 'the suggestion');
      expect(el.shadowRoot!.textContent).to.include('0661234567');
      await expect(el).to.be.accessible();

      const select = $<HTMLSelectElement>(el, '#department');
      select.value = 'technical';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'form[aria-labelledby=assign-title] button').click();
      await until(() => api.calls.some((call) => call.path.endsWith('/assignment')), 'the assignment');
      expect(api.calls.find((call) => call.path.endsWith('/assignment'))!.body).to.deep.equal({ department: 'technical' });
      await until(() => el.shadowRoot!.textContent!.includes(locale === 'ar' ? 'قيد الدراسة' : 'À l’étude'), 'the new status');

      $<HTMLButtonElement>(el, 'form[aria-labelledby=answer-title] button').click();
      await until(() => el.shadowRoot!.querySelector('[role=alert]'), 'the missing answer refused');
      expect(api.calls.some((call) => call.path.endsWith('/answer'))).to.equal(false);
      await expect(el).to.be.accessible();
      await type(el, '#answer-ar', 'ستتدخل مصلحة النظافة يوميا.');
      $<HTMLButtonElement>(el, 'form[aria-labelledby=answer-title] button').click();
      await until(() => api.calls.some((call) => call.path.endsWith('/answer')), 'the answer');
      expect(api.calls.find((call) => call.path.endsWith('/answer'))!.body).to.deep.equal({
        status: 'answered',
        answer: { ar: 'ستتدخل مصلحة النظافة يوميا.' },
      });
      await until(() => el.shadowRoot!.textContent!.includes('ستتدخل مصلحة النظافة يوميا.'), 'the answer shown');

      $<HTMLButtonElement>(el, 'section[aria-labelledby=publication-title] button').click();
      await until(() => api.calls.some((call) => call.path.endsWith('/publication')), 'the publication');
      expect(api.calls.find((call) => call.path.endsWith('/publication'))!.body).to.deep.equal({ published: true });
      await expect(el).to.be.accessible();
    });

    it('merging asks for a real code, then sends it normalised', async () => {
      const api = triageApi();
      const el = await renderScreen<ConsoleScreen>(
        html`<console-suggestion .api=${api} .session=${sessionOf('editor')} .params=${{ code: DETAIL.code }}></console-suggestion>`,
      );
      await until(() => el.shadowRoot!.querySelector('#merge-into'), 'the merge form');
      await type(el, '#merge-into', 'S-12');
      $<HTMLButtonElement>(el, 'form[aria-labelledby=merge-title] button').click();
      await until(() => el.shadowRoot!.querySelector('section[aria-labelledby=merge-title] [role=alert]'), 'the bad code refused');
      await type(el, '#merge-into', 's-trd0-0001');
      $<HTMLButtonElement>(el, 'form[aria-labelledby=merge-title] button').click();
      await until(() => api.calls.some((call) => call.path.endsWith('/merge')), 'the merge');
      expect(api.calls.find((call) => call.path.endsWith('/merge'))!.body).to.deep.equal({ into: 'S-TRD0-0001' });
    });

    it('the box’s lists are edited one entry per line; a bad line is named and nothing is sent', async () => {
      const api = new FakeStaffApi({ 'GET /v1/suggestion-box': BOX, 'POST /v1/admin/suggestion-box': (body: unknown) => body });
      const el = await renderScreen<ConsoleScreen>(
        html`<console-suggestion-box .api=${api} .session=${sessionOf('editor')}></console-suggestion-box>`,
      );
      await until(() => el.shadowRoot!.querySelector('#list-topics'), 'the lists');
      expect($<HTMLTextAreaElement>(el, '#list-topics').value).to.include('cleanliness | النظافة وجمع النفايات | Propreté');
      await expect(el).to.be.accessible();
      await type(el, '#list-departments', 'hygiene | مكتب حفظ الصحة\nNot An Id');
      $<HTMLButtonElement>(el, 'button[type=submit]').click();
      await until(() => el.shadowRoot!.querySelector('[role=alert]'), 'the bad line');
      expect(api.calls.some((call) => call.method === 'POST')).to.equal(false);
      await expect(el).to.be.accessible();
      await type(el, '#list-departments', 'hygiene | مكتب حفظ الصحة | Bureau d’hygiène');
      $<HTMLButtonElement>(el, 'button[type=submit]').click();
      await until(() => api.calls.some((call) => call.method === 'POST'), 'the save');
      const sent = api.calls.find((call) => call.method === 'POST')!.body as SuggestionBox;
      expect(sent.departments).to.deep.equal([{ id: 'hygiene', label: { ar: 'مكتب حفظ الصحة', fr: 'Bureau d’hygiène' } }]);
      expect(sent.topics).to.deep.equal(BOX.topics);
    });

    it('the dashboard shows time to answer per topic', async () => {
      const figures: Dashboard = {
        ...dashboard,
        suggestions: {
          received: 3,
          underStudy: 2,
          topics: [{ topic: 'cleanliness', label: BOX.topics[0]!.label, answered: 4, medianDays: 9.5, maxDays: 21, waiting: 1 }],
        },
      };
      const api = new FakeStaffApi({ 'GET /v1/admin/dashboard': figures });
      const el = await renderScreen<ConsoleScreen>(
        html`<console-dashboard .api=${api} .session=${sessionOf('viewer')}></console-dashboard>`,
      );
      const table = el.shadowRoot!.querySelector('#answer-times-caption')!.closest('table')!;
      expect(table.textContent).to.include(locale === 'ar' ? 'النظافة وجمع النفايات' : 'Propreté et collecte des déchets');
      expect(table.textContent).to.include(formatNumber(locale, 9.5, { maximumFractionDigits: 1 }));
      expect(table.textContent).to.include(formatNumber(locale, 21));
      await expect(el).to.be.accessible();
    });
  });
}

describe('the box’s lines', () => {
  it('read back what they write, and name the lines that are not entries', () => {
    expect(fromLines(toLines(BOX.topics))).to.deep.equal({ list: BOX.topics, bad: [] });
    expect(fromLines('ok | نعم\n\nBad Id | x\nfine | جيد | Bien | extra').bad).to.deep.equal([3, 4]);
  });
});
