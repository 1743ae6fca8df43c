import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import type { ActionPlanBackend } from '@mocharaka/core';
import '../src/mocharaka-action-plan.js';
import type { MocharakaActionPlan } from '../src/action-plan.element.js';
import { failModules, useModuleFaults } from '../../../test/support/module-faults.js';
import { COMMENTS, PLAN } from './fixtures.js';

// In a file of its own: the comments' view must not have been loaded yet on this page.
const { unhandledRejections } = useModuleFaults();

const backend = {
  getActionPlan: async () => PLAN,
  listProjectComments: async () => COMMENTS,
} as unknown as ActionPlanBackend;

const NOTICE = {
  ar: 'تعذر تحميل جزء من هذه الأداة. تحقق من اتصالك ثم أعد تحميل الصفحة.',
  fr: 'Une partie de ce module n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.',
};

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-action-plan> in ${lang} when the comments' view cannot be downloaded`, () => {
    it('shows the opened project, and says to check the connection and reload the page where its comments would be', async () => {
      await failModules('/packages/action-plan/src/project-comments.');
      const element = await fixture<MocharakaActionPlan>(
        html`<mocharaka-action-plan lang=${lang} plan="taroudant-2022-2027" .backend=${backend}></mocharaka-action-plan>`,
      );
      await element.localeLoaded();
      await waitUntil(() => element.shadowRoot!.querySelector('#plan-title'), 'the programme never appeared');
      element.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="project-1-2-details"]')!.click();
      const details = () => element.shadowRoot!.querySelector('#project-1-2-details')!;
      const alertOf = () => details().querySelector('.notice.error[role=alert]');
      await waitUntil(() => alertOf()?.textContent?.trim() === NOTICE[lang], 'no failure was shown');
      expect(alertOf()!.querySelector('button'), 'a retry cannot load a module the browser keeps failed').to.equal(null);
      expect(details().querySelector('form, [aria-busy]'), 'no comment form that could not work, nor a loading that never ends').to.equal(
        null,
      );
      expect(details().textContent, 'the updates come from the main module').to.contain(
        lang === 'ar' ? 'بدأ غرس الأشجار' : 'La plantation a commencé',
      );
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });
  });
}
