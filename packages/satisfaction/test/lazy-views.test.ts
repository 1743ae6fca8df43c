import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import type { SatisfactionBackend, Service } from '@mocharaka/core';
import '../src/mocharaka-satisfaction.js';
import type { MocharakaSatisfaction } from '../src/satisfaction.element.js';
import { failModules, useModuleFaults } from '../../../test/support/module-faults.js';

// In a file of its own: the results' view must not have been loaded yet on this page.
const { unhandledRejections } = useModuleFaults();

const SERVICE: Service = { id: 'civil-status', name: { ar: 'مكتب الحالة المدنية', fr: 'Bureau de l’état civil' } };
const backend = {
  getService: async () => SERVICE,
  listServices: async () => [SERVICE],
  getServiceSummary: async () => ({ serviceId: SERVICE.id, count: 0, mean: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } }),
} as unknown as SatisfactionBackend;

const NOTICE = {
  ar: 'تعذر تحميل جزء من هذه الأداة. تحقق من اتصالك ثم أعد تحميل الصفحة.',
  fr: 'Une partie de ce module n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.',
};

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-satisfaction mode="results"> in ${lang} when the results' view cannot be downloaded`, () => {
    it('says to check the connection and reload the page, without a "Try again" that cannot succeed', async () => {
      await failModules('/packages/satisfaction/src/satisfaction-results.');
      // Properties, the way React and Vue set them.
      const element = await fixture<MocharakaSatisfaction>(
        html`<mocharaka-satisfaction .lang=${lang} .mode=${'results'} .service=${SERVICE.id} .backend=${backend}></mocharaka-satisfaction>`,
      );
      const alertOf = () => element.shadowRoot!.querySelector('.notice.error[role=alert]');
      await waitUntil(() => alertOf()?.textContent?.trim() === NOTICE[lang], 'no failure was shown');
      const alert = alertOf()!;
      expect(alert.querySelector('button'), 'a retry cannot load a module the browser keeps failed').to.equal(null);
      expect(element.shadowRoot!.querySelector('[part=results]')).to.equal(null);
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });
  });
}

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-satisfaction mode="button"> in ${lang} when the floating button's module cannot be downloaded`, () => {
    it('says to check the connection and reload the page, in place of the button', async () => {
      await failModules('/packages/satisfaction/src/satisfaction-button.');
      const element = await fixture<MocharakaSatisfaction>(
        html`<mocharaka-satisfaction .lang=${lang} .mode=${'button'} .service=${SERVICE.id} .backend=${backend}></mocharaka-satisfaction>`,
      );
      const alertOf = () => element.shadowRoot!.querySelector('.notice.error[role=alert]');
      await waitUntil(() => alertOf()?.textContent?.trim() === NOTICE[lang], 'no failure was shown');
      expect(alertOf()!.querySelector('button')).to.equal(null);
      expect(element.shadowRoot!.querySelector('[part=trigger]')).to.equal(null);
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });
  });
}
