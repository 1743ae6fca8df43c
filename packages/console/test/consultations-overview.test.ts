import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import type { AdminConsultationResponse, Consultation, ConsultationResults } from '@mocharaka/core';
import '../src/screens/consultations/consultation-results.screen.js';
import type { ConsoleConsultationOverview } from '../src/screens/consultations/consultation-results.screen.js';
import { FakeStaffApi, inLocale, sessionAs } from './consultations-fake-api.js';

const DAY = 24 * 60 * 60 * 1000;

function consultation(status: Consultation['status'], resultsPublished = false): Consultation {
  return {
    id: 'souk',
    title: { ar: 'تشاور السوق', fr: 'Consultation du souk' },
    introduction: { ar: 'مقدمة' },
    opensAt: new Date(Date.now() - 2 * DAY).toISOString(),
    closesAt: new Date(Date.now() + (status === 'open' ? DAY : -DAY)).toISOString(),
    status,
    resultsPublished,
    responseCount: 2,
    survey: {
      sections: [
        {
          id: 's1',
          title: { ar: 'قسم' },
          questions: [
            {
              id: 'go',
              kind: 'single',
              required: true,
              title: { ar: 'هل تذهب؟', fr: 'Y allez-vous ?' },
              options: [
                { id: 'yes', label: { ar: 'نعم', fr: 'Oui' } },
                { id: 'no', label: { ar: 'لا', fr: 'Non' } },
              ],
            },
            { id: 'remarks', kind: 'long_text', required: false, title: { ar: 'ملاحظات', fr: 'Remarques' } },
            {
              id: 'draft',
              kind: 'passage',
              required: false,
              title: { ar: 'المسودة', fr: 'Le projet' },
              paragraphs: [{ id: 'p1', label: { ar: 'الفقرة الأولى', fr: 'Premier paragraphe' } }],
            },
          ],
        },
      ],
    },
    profile: { fields: ['gender'] },
  };
}

const RESULTS: ConsultationResults = {
  consultationId: 'souk',
  responseCount: 2,
  questions: [
    {
      questionId: 'go',
      kind: 'single',
      answered: 2,
      counts: [
        { key: 'yes', count: 1 },
        { key: 'no', count: 1 },
      ],
    },
    { questionId: 'remarks', kind: 'long_text', answered: 2, texts: ['نظفوا السوق'] },
    { questionId: 'draft', kind: 'passage', answered: 1, paragraphs: [{ key: 'p1', count: 1, texts: [] }] },
  ],
  profile: {
    gender: [
      { key: 'woman', count: 1 },
      { key: 'man', count: 1 },
    ],
  },
};

const RESPONSES: AdminConsultationResponse[] = [
  {
    id: '1',
    submittedAt: new Date().toISOString(),
    answers: { go: 'yes', remarks: 'نظفوا السوق', draft: { p1: 'Trop vague' } },
    profile: { gender: 'woman' },
  },
  { id: '2', submittedAt: new Date().toISOString(), answers: { go: 'no', remarks: 'Plus de bancs' }, profile: { gender: 'man' } },
];

function api(status: Consultation['status'], published = false) {
  const state = { published };
  return new FakeStaffApi(
    {
      '/v1/consultations/souk': () => consultation(status, state.published),
      '/v1/admin/consultations/souk/results': RESULTS,
      '/v1/admin/consultations/souk/responses': { consultation: consultation(status), items: RESPONSES },
      '/v1/admin/audit': {
        items: [
          {
            id: '7',
            at: new Date().toISOString(),
            actor: { id: 'acc-2', displayName: 'Nadia Editor', via: 'session' },
            action: 'create',
            resourceType: 'consultation',
            resourceId: 'souk',
            summary: { title: 'تشاور السوق' },
          },
        ],
      },
    },
    {
      'POST /v1/admin/consultations/souk/results-publication': (body: unknown) => {
        state.published = (body as { published: boolean }).published;
        return consultation(status, state.published);
      },
      'POST /v1/admin/consultations/souk/published-texts': (body: unknown) => body,
    },
  );
}

async function overview(fake: FakeStaffApi, role: Parameters<typeof sessionAs>[0] = 'admin') {
  const el = await fixture<ConsoleConsultationOverview>(
    html`<console-consultation .api=${fake} .session=${sessionAs(role)} .params=${{ id: 'souk' }}></console-consultation>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('#publication-title'), 'the overview is loaded');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

for (const locale of ['ar', 'fr'] as const) {
  describe(`consultation overview (${locale})`, () => {
    before(() => inLocale(locale));

    it('asks for an explicit confirmation before publishing the results of an open consultation', async () => {
      const fake = api('open');
      const el = await overview(fake);
      await waitUntil(
        () => el.shadowRoot!.querySelector('console-audit-trail')?.shadowRoot?.textContent?.includes('Nadia Editor'),
        'the consultation’s audit trail is shown',
      );
      expect(fake.reads).to.include('/v1/admin/audit');
      await expect(el).to.be.accessible();
      $(el, '#publish')!.click();
      await el.updateComplete;
      expect(fake.sent).to.have.length(0);
      expect(el.shadowRoot!.activeElement?.id).to.equal('publish-warning');
      expect($<HTMLButtonElement>(el, '#publish-confirm')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
      $(el, '#publish-understood')!.click();
      await el.updateComplete;
      $(el, '#publish-confirm')!.click();
      await waitUntil(() => $(el, '#unpublish'), 'the results are published');
      expect(fake.sent.map((one) => one.body)).to.deep.equal([{ published: true, force: true }]);
      await expect(el).to.be.accessible();
    });

    it('publishes a closed consultation’s results at once, and withdraws them', async () => {
      const fake = api('closed');
      const el = await overview(fake);
      $(el, '#publish')!.click();
      await waitUntil(() => $(el, '#unpublish'), 'the results are published');
      $(el, '#unpublish')!.click();
      await waitUntil(() => $(el, '#publish'), 'the results are withdrawn');
      expect(fake.sent.map((one) => one.body)).to.deep.equal([{ published: true }, { published: false }]);
    });
  });
}

describe('consultation overview: free texts and exports', () => {
  before(() => inLocale('ar'));

  it('shows which free texts are published and publishes another', async () => {
    const fake = api('closed');
    const el = await overview(fake, 'moderator');
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('section[aria-labelledby=texts-title] input[type=checkbox]')];
    expect(boxes.map((box) => box.checked)).to.deep.equal([true, false, false]);
    boxes[2]!.click();
    await waitUntil(() => fake.sent.length === 1, 'the choice is sent');
    expect(fake.sent[0]!.body).to.deep.equal({ responseId: '1', questionId: 'draft', paragraphId: 'p1', published: true });
    expect($<HTMLButtonElement>(el, '#publish')!.disabled).to.equal(true, 'a moderator does not publish results');
  });

  it('shows a viewer the results without the responses themselves', async () => {
    const fake = api('closed');
    const el = await overview(fake, 'viewer');
    expect(fake.reads).not.to.include('/v1/admin/consultations/souk/responses');
    expect($(el, 'section[aria-labelledby=texts-title]')).to.equal(null);
    expect($(el, 'section[aria-labelledby=exports-title]')).to.equal(null);
    expect($<HTMLButtonElement>(el, '#publish')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('links the CSV and JSON exports', async () => {
    const el = await overview(api('closed'));
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('section[aria-labelledby=exports-title] a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      '/v1/admin/consultations/souk/responses.csv',
      '/v1/admin/consultations/souk/responses',
    ]);
  });
});
