import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import type { Consultation, ConsultationBackend, ConsultationResults } from '@mocharaka/core';
import '../src/mocharaka-consultation.js';
import type { MocharakaConsultation } from '../src/consultation.element.js';
import { failModules, useModuleFaults } from '../../../test/support/module-faults.js';

// In a file of its own: the lazy views must not have been loaded yet on this page. The later
// steps' tests come first, since every consultation element asks for that module when connected.
const { unhandledRejections } = useModuleFaults();
afterEach(() => localStorage.clear());
const alertOf = (element: HTMLElement) => element.shadowRoot!.querySelector('.notice.error[role=alert]');

const CLOSED = {
  id: 'lazy-souk',
  status: 'closed',
  resultsPublished: true,
  title: { ar: 'توقيت السوق', fr: 'Horaires du souk' },
  opensAt: '2024-04-03T00:00:00Z',
  closesAt: '2024-04-15T23:00:00Z',
} as unknown as Consultation;
const backend = {
  getConsultation: async () => CLOSED,
  listConsultations: async () => [CLOSED],
  getConsultationResults: async () => ({ consultationId: 'lazy-souk', responseCount: 0, questions: [] }) as unknown as ConsultationResults,
} as unknown as ConsultationBackend;

const OPEN = {
  ...CLOSED,
  status: 'open',
  resultsPublished: false,
  introduction: { ar: 'نريد رأيكم.', fr: 'Nous voulons votre avis.' },
  opensAt: new Date(Date.now() - 86_400_000).toISOString(),
  closesAt: new Date(Date.now() + 864_000_000).toISOString(),
  survey: {
    sections: [
      {
        id: 'first',
        title: { ar: 'القسم الأول', fr: 'Première partie' },
        questions: [{ id: 'remarks', kind: 'long_text', required: false, maxLength: 200, title: { ar: 'ملاحظاتكم', fr: 'Vos remarques' } }],
      },
    ],
  },
  profile: { fields: [] },
} as unknown as Consultation;

const openBackend = { ...backend, getConsultation: async () => OPEN } as ConsultationBackend;

const NOTICE = {
  ar: 'تعذر تحميل جزء من هذه الأداة. تحقق من اتصالك ثم أعد تحميل الصفحة.',
  fr: 'Une partie de ce module n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.',
};

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-consultation> in ${lang} when the later steps' view cannot be downloaded`, () => {
    it('answers Next with the notice, focused, instead of doing nothing', async () => {
      await failModules('/packages/consultation/src/consultation-later-steps.');
      const element = await fixture<MocharakaConsultation>(
        html`<mocharaka-consultation .lang=${lang} .consultation=${'lazy-souk'} .backend=${openBackend}></mocharaka-consultation>`,
      );
      await waitUntil(() => element.shadowRoot!.querySelector('#start'), 'the introduction never showed');
      element.shadowRoot!.querySelector<HTMLButtonElement>('#start')!.click();
      await waitUntil(() => element.shadowRoot!.querySelector('#next'), 'the first section never showed');
      element.shadowRoot!.querySelector<HTMLButtonElement>('#next')!.click();
      await waitUntil(() => element.shadowRoot!.activeElement?.id === 'later-steps-failed', 'the notice was not focused');
      expect(element.shadowRoot!.querySelector('#later-steps-failed')!.textContent!.trim()).to.equal(NOTICE[lang]);
      expect(element.shadowRoot!.querySelector('#page-title')!.textContent).to.contain(lang === 'ar' ? 'القسم الأول' : 'Première partie');
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });

    it('shows the notice for a closed consultation instead of nothing', async () => {
      await failModules('/packages/consultation/src/consultation-later-steps.');
      const closedBackend = { ...backend, getConsultation: async () => ({ ...OPEN, status: 'closed' }) } as ConsultationBackend;
      const element = await fixture<MocharakaConsultation>(
        html`<mocharaka-consultation .lang=${lang} .consultation=${'lazy-souk'} .backend=${closedBackend}></mocharaka-consultation>`,
      );
      await waitUntil(() => element.shadowRoot!.querySelector('#later-steps-failed'), 'no notice was shown');
      expect(element.shadowRoot!.querySelector('#later-steps-failed')!.textContent!.trim()).to.equal(NOTICE[lang]);
      expect(element.shadowRoot!.querySelector('#title')!.textContent).to.contain(lang === 'ar' ? 'توقيت السوق' : 'Horaires du souk');
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });
  });

  describe(`<mocharaka-consultation> in ${lang} when the published results' view cannot be downloaded`, () => {
    it('says to check the connection and reload the page, without a "Try again" that cannot succeed', async () => {
      await failModules('/packages/consultation/src/consultation-results.');
      // Properties, the way React and Vue set them.
      const element = await fixture<MocharakaConsultation>(
        html`<mocharaka-consultation .lang=${lang} .consultation=${'lazy-souk'} .backend=${backend}></mocharaka-consultation>`,
      );
      await waitUntil(() => alertOf(element)?.textContent?.trim() === NOTICE[lang], 'no failure was shown');
      const alert = alertOf(element)!;
      expect(alert.querySelector('button'), 'a retry cannot load a module the browser keeps failed').to.equal(null);
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });
  });
}
