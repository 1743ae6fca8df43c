import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Consultation, ConsultationBackend } from '@mocharaka/core';
import '../src/mocharaka-consultation.js';
import type { MocharakaConsultation } from '../src/consultation.element.js';

const DAY = 24 * 60 * 60 * 1000;
const c = (id: string, ar: string, fr: string) => ({ id, label: { ar, fr } });

const DATA: Consultation = {
  id: 'souk',
  title: { ar: 'تشاور حول السوق', fr: 'Consultation sur le souk' },
  introduction: { ar: 'نريد رأيكم.', fr: 'Nous voulons votre avis.' },
  opensAt: new Date(Date.now() - DAY).toISOString(),
  closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
  status: 'open',
  resultsPublished: false,
  survey: {
    sections: [
      {
        id: 'priorities',
        title: { ar: 'الأولويات', fr: 'Les priorités' },
        questions: [
          {
            id: 'rank',
            kind: 'ranking',
            required: true,
            title: { ar: 'رتبوا الأولويات', fr: 'Classez les priorités' },
            options: [c('roads', 'الطرق', 'Routes'), c('parks', 'الحدائق', 'Jardins'), c('souk', 'السوق', 'Souk')],
          },
        ],
      },
    ],
  },
};

const backend: ConsultationBackend = {
  listConsultations: async () => [DATA],
  getConsultation: async () => DATA,
  respondToConsultation: async () => ({ receipt: { reference: 'C-AB12-0001', submittedAt: new Date().toISOString() } }),
  getConsultationResults: async () => {
    throw new Error('not in this test');
  },
};

const $ = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)!;
const active = (element: HTMLElement) => element.shadowRoot!.activeElement as HTMLElement | null;
const labels = (element: HTMLElement) =>
  [...element.shadowRoot!.querySelectorAll('[part=rank-item] .rank-label')].map((one) => one.textContent!.trim());

async function ranking(lang: 'ar' | 'fr') {
  const element = await fixture<MocharakaConsultation>(
    html`<mocharaka-consultation lang=${lang} consultation="souk" .backend=${backend}></mocharaka-consultation>`,
  );
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector('#start'), 'never loaded');
  $(element, '#start').click();
  await waitUntil(() => element.shadowRoot!.querySelector('#q-rank-0'), 'no ranking question');
  return element;
}

beforeEach(() => localStorage.clear());
afterEach(() => setViewport({ width: 800, height: 600 }));

for (const lang of ['ar', 'fr'] as const) {
  const words = { ar: { souk: 'السوق', roads: 'الطرق' }, fr: { souk: 'Souk', roads: 'Routes' } }[lang];

  describe(`<mocharaka-consultation> with the keyboard (${lang})`, () => {
    it('the error summary’s link to a ranking question moves focus to a control that takes it', async () => {
      const element = await ranking(lang);
      $(element, '#next').click();
      await waitUntil(() => active(element)?.id === 'error-summary', 'the summary did not take focus');
      await expect(element).to.be.accessible();
      $(element, '#error-summary a').click();
      const focused = active(element) as HTMLButtonElement | null;
      expect(focused, 'nothing took focus').to.not.be.null;
      expect(focused!.disabled).to.be.false;
      expect(focused!.closest('[part=question]')).to.equal($(element, '[part=question]'));
    });

    it('after moving an item, focus follows the item (to its other button at either end)', async () => {
      const element = await ranking(lang);
      $(element, '#q-rank-4').click(); // the souk, third, up
      await waitUntil(() => labels(element)[1] === words.souk, 'the souk did not move up');
      await waitUntil(() => active(element)?.id === 'q-rank-2', 'focus did not follow the souk to the second place');
      expect(active(element)!.getAttribute('aria-label')).to.contain(words.souk);
      active(element)!.click(); // up again, to the top: its "move up" is now disabled
      await waitUntil(() => labels(element)[0] === words.souk, 'the souk did not reach the top');
      await waitUntil(() => active(element)?.id === 'q-rank-1', 'focus did not go to the souk’s "move down"');
      expect(active(element)!.getAttribute('aria-label')).to.contain(words.souk);
      $(element, '#q-rank-3').click(); // the roads, second, down to the end
      await waitUntil(() => labels(element)[2] === words.roads, 'the roads did not move down');
      await waitUntil(() => active(element)?.id === 'q-rank-4', 'focus did not go to the roads’ "move up"');
      expect(active(element)!.getAttribute('aria-label')).to.contain(words.roads);
      await expect(element).to.be.accessible();
    });

    it('Tab goes from Back to Next, in the order they are shown', async () => {
      const element = await ranking(lang);
      const back = $(element, '#back');
      const next = $(element, '#next');
      const [backBox, nextBox] = [back.getBoundingClientRect(), next.getBoundingClientRect()];
      // Shown Back then Next in the reading direction: left to right in French, right to left in Arabic.
      expect(lang === 'ar' ? backBox.left > nextBox.left : backBox.left < nextBox.left).to.be.true;
      back.focus();
      await sendKeys({ press: 'Tab' });
      expect(active(element)).to.equal(next);
      // The review page too: Back, then Submit.
      $(element, 'button.link').click();
      next.click();
      await waitUntil(() => element.shadowRoot!.querySelector('#submit'), 'no review page');
      $(element, '#back').focus();
      await sendKeys({ press: 'Tab' });
      expect(active(element)?.id).to.equal('submit');
    });

    it('shows each item’s position on a phone', async () => {
      await setViewport({ width: 360, height: 640 });
      const element = await ranking(lang);
      const positions = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part=rank-item] .rank-position')];
      expect(positions.map((one) => one.textContent!.trim())).to.deep.equal(['1', '2', '3']);
      for (const position of positions) {
        expect(position.checkVisibility()).to.be.true;
        expect(position.getBoundingClientRect().width).to.be.greaterThan(4);
      }
      await expect(element).to.be.accessible();
    });
  });
}
