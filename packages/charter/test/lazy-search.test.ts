import { expect, waitUntil } from '../../../test/support/browser-testing.js';
import { failModules, useModuleFaults } from '../../../test/support/module-faults.js';
import '../src/mocharaka-charter.js';
import type { MocharakaCharter } from '../src/charter.element.js';
import { DRAFT, readOnlyCharterBackend } from './fixtures.js';

// In a file of its own: the search's chunk is asked for as soon as a charter is shown, so it
// must not have been loaded on this page before its download is made to fail.
const { unhandledRejections } = useModuleFaults();

let element: MocharakaCharter | undefined;
afterEach(() => element?.remove());

const $ = (selector: string) => element!.shadowRoot!.querySelector<HTMLElement>(selector);

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-charter> in ${lang} when the search cannot be downloaded`, () => {
    it('says the search could not be loaded, and still shows every article unmarked', async () => {
      await failModules('/packages/charter/src/charter-search.');
      // Set up the way React and Vue do: created, attached, then given its properties.
      element = document.createElement('mocharaka-charter');
      element.setAttribute('lang', lang);
      document.body.append(element);
      element.backend = { ...readOnlyCharterBackend(), getCharter: async () => DRAFT };
      element.charter = 'taroudant-participation';
      await element.localeLoaded();
      await waitUntil(() => $('[part=document]'), 'the charter never appeared');
      const input = $('#search') as HTMLInputElement;
      input.value = lang === 'ar' ? 'المشاركه' : 'participation';
      input.dispatchEvent(new InputEvent('input'));
      const count = $('#search-count')!;
      await waitUntil(() => /تعذر|pas pu/.test(count.textContent!), 'the failure was not said');
      expect(count.getAttribute('role')).to.equal('status');
      expect(count.textContent!.trim()).to.equal(
        lang === 'ar'
          ? 'تعذر تحميل البحث. تحقق من اتصالك ثم أعد تحميل الصفحة.'
          : 'La recherche n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.',
      );
      expect(element.shadowRoot!.querySelectorAll('mark, ul.results')).to.have.length(0);
      expect(element.shadowRoot!.querySelectorAll('article')).to.have.length(12);
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });
  });
}
