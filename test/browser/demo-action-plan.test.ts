import { expect, waitUntil, scaled } from '../support/browser-testing.js';
import { closeDemoPages, openDemoPage, shadowOf, typeInto } from './support/demo-page.js';

afterEach(closeDemoPages);

for (const lang of ['ar', 'fr'] as const) {
  describe(`the action programme on the demo commune page (${lang})`, () => {
    it('shows Taroudant’s programme and charter follow-up from the real server; a citizen comments on a project', async function () {
      this.timeout(scaled(45_000));
      const page = await openDemoPage(lang, 800);
      const plan = () => shadowOf(page, 'mocharaka-action-plan')!;
      await waitUntil(() => plan()?.querySelector('#plan-title'), 'the programme never rendered', { timeout: 15_000 });
      const title = lang === 'ar' ? 'برنامج عمل جماعة تارودانت 2022-2027' : 'Programme d’action de la commune de Taroudant 2022-2027';
      await waitUntil(() => plan().querySelector('#plan-title')?.textContent?.trim() === title, `the title is not "${title}"`, {
        timeout: 10_000,
      });
      expect(plan().querySelectorAll('.project-list > li')).to.have.length(9);
      expect(plan().querySelectorAll('#by-axis tbody tr')).to.have.length(4);
      expect(plan().querySelector('[part=charter]')!.textContent).to.contain(
        lang === 'ar' ? 'التزامات الجماعة' : 'Engagements de la commune',
      );

      // The charter on the same page (it loads on its own, maybe after the programme) links to this follow-up.
      const followUp = () => shadowOf(page, 'mocharaka-charter')?.querySelector('[part=follow-up]');
      await waitUntil(followUp, 'the charter shows no link to the follow-up', { timeout: 15_000 });
      expect(followUp()!.getAttribute('href')).to.equal('#action-plan');

      await typeInto(plan(), '#search', lang === 'ar' ? 'حديقه' : 'jardin');
      await waitUntil(() => plan().querySelectorAll('.project-list > li').length === 1, 'the search did not find the garden');
      plan().querySelector<HTMLButtonElement>('[aria-controls="project-1-2-details"]')!.click();
      await waitUntil(() => plan().querySelector('.comments li'), 'the published comment never showed');
      expect(plan().querySelector('.comments')!.textContent).to.contain(lang === 'ar' ? 'كراسي مظللة' : 'bancs ombragés');

      await typeInto(plan(), '#comment-1-2-text', 'نقترح سقاية للماء الصالح للشرب قرب مدخل الحديقة');
      plan().querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await waitUntil(() => plan().querySelector('#comment-1-2-receipt'), 'the comment was not received', { timeout: 20_000 });
      expect(plan().querySelector('#comment-1-2-receipt')!.textContent).to.match(/COM-[0-9A-F]{4}-[0-9A-F]{4}/);
    });
  });
}
