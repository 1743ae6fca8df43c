import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import type { AdminConsultationList } from '@mocharaka/core/contract';
import '../src/screens/consultations/consultation-list.screen.js';
import { FakeStaffApi, inLocale, sessionAs } from './consultations-fake-api.js';

const LIST: AdminConsultationList = {
  items: [
    {
      id: 'souk',
      title: { ar: 'تشاور السوق', fr: 'Consultation du souk' },
      status: 'open',
      opensAt: '2026-11-01T09:00:00Z',
      closesAt: '2026-12-31T18:00:00Z',
      responseCount: 42,
      resultsPublished: false,
    },
    {
      id: 'budget-2026',
      title: { ar: 'الميزانية' },
      status: 'closed',
      opensAt: '2026-01-01T09:00:00Z',
      closesAt: '2026-02-01T18:00:00Z',
      responseCount: 310,
      resultsPublished: true,
    },
  ],
};

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

for (const locale of ['ar', 'fr'] as const) {
  describe(`consultation list (${locale})`, () => {
    before(() => inLocale(locale));

    it('lists every consultation with its status, responses and results, with the editor’s links', async () => {
      const el = await fixture(
        html`<console-consultations
          .api=${new FakeStaffApi({ '/v1/admin/consultations': LIST })}
          .session=${sessionAs('editor')}
        ></console-consultations>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('table'), 'the list is shown');
      expect($$(el, 'tbody tr')).to.have.length(2);
      const links = $$(el, 'a').map((link) => link.getAttribute('href'));
      expect(links).to.include.members(['/console/consultations/new', '/console/consultations/souk', '/console/consultations/souk/edit']);
      const title = $$(el, 'tbody a')[2]!;
      expect(title.getAttribute('lang')).to.equal('ar', 'a title without a French text is shown in Arabic');
      await expect(el).to.be.accessible();
    });

    it('says so when there is none, and offers a viewer no editing', async () => {
      const el = await fixture(
        html`<console-consultations
          .api=${new FakeStaffApi({ '/v1/admin/consultations': { items: [] } })}
          .session=${sessionAs('viewer')}
        ></console-consultations>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('p'), 'the empty list is shown');
      expect($$(el, 'a')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });
}
