import { expect, waitUntil } from '../../../test/support/browser-testing.js';
import { failModules, useModuleFaults } from '../../../test/support/module-faults.js';
import '../src/mocharaka-charter.js';
import type { MocharakaCharter } from '../src/charter.element.js';
import type { Charter } from '@mocharaka/core';
import { CHARTER, DRAFT, readOnlyCharterBackend } from './fixtures.js';

// In a file of its own: the charter's lazy views must not have been loaded yet on this page.
const { unhandledRejections } = useModuleFaults();

let element: MocharakaCharter | undefined;
afterEach(() => {
  element?.remove();
  history.replaceState(null, '', location.pathname + location.search);
});

/** Set up the way React and Vue do: created, attached, then given its properties. */
async function render(lang: 'ar' | 'fr', ready: string, charter: Charter = CHARTER) {
  element = document.createElement('mocharaka-charter');
  element.setAttribute('lang', lang);
  document.body.append(element);
  element.backend = { ...readOnlyCharterBackend({ associations: 2, citizens: 5 }), getCharter: async () => charter };
  element.charter = 'taroudant-participation';
  await element.localeLoaded();
  await waitUntil(() => element!.shadowRoot!.querySelector(ready), `${ready} never appeared`);
  return element;
}

const $ = (selector: string) => element!.shadowRoot!.querySelector<HTMLElement>(selector);
const reload = { ar: 'تحقق من اتصالك ثم أعد تحميل الصفحة.', fr: 'Vérifiez votre connexion, puis rechargez la page.' };

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-charter> in ${lang} when a lazy view cannot be downloaded`, () => {
    it('says the version history could not be loaded and that reloading the page will bring it', async () => {
      await failModules('/packages/charter/src/charter-version-history.');
      // In consultation, so that the adhesion form is not asked for (it would load, and then could not fail on this page).
      await render(lang, '#versions-failed', DRAFT);
      const failed = $('#versions-failed')!;
      expect(failed.textContent!.trim()).to.equal(
        `${lang === 'ar' ? 'تعذر تحميل سجل النسخ.' : 'L’historique des versions n’a pas pu être chargé.'} ${reload[lang]}`,
      );
      expect(failed.closest('section')!.querySelector('h3')!.textContent).to.equal(lang === 'ar' ? 'النسخ' : 'Versions');
      expect(failed.querySelector('button'), 'no "Try again": on this page it could not succeed').to.equal(null);
      expect(element!.shadowRoot!.querySelectorAll('article')).to.have.length(12);
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });

    it('says the adhesion form could not be loaded, with no form or button that could not work', async () => {
      await failModules('/packages/charter/src/adhesion-form.');
      await render(lang, '#adhesion-failed');
      const failed = $('#adhesion-failed')!;
      expect(failed.textContent!.trim()).to.equal(
        `${lang === 'ar' ? 'تعذر تحميل استمارة الانخراط.' : 'Le formulaire d’adhésion n’a pas pu être chargé.'} ${reload[lang]}`,
      );
      const section = failed.closest('section')!;
      expect(section.querySelector('button, form'), 'no form that could not be sent').to.equal(null);
      expect(section.textContent, 'the counts come from the main module').to.match(
        lang === 'ar' ? /الجمعيات المنخرطة:\s2/ : /Associations adhérentes\s:\s2/,
      );
      expect(section.textContent).to.not.contain(lang === 'ar' ? 'جارٍ التحميل' : 'Chargement');
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });

    it('says the print could not be prepared, each time the print button is pressed', async () => {
      await failModules('/packages/charter/src/charter-print.');
      await render(lang, '[part=document]');
      const printButton = () => [...element!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')].at(-1)!;
      for (let press = 0; press < 2; press++) {
        printButton().click();
        await waitUntil(() => element!.shadowRoot!.activeElement?.id === 'print-failed', 'the failure did not take the focus');
        printButton().focus();
      }
      const failed = $('#print-failed')!;
      expect(failed.getAttribute('role')).to.equal('alert');
      expect(failed.textContent!.trim()).to.equal(
        `${lang === 'ar' ? 'تعذر تجهيز الطباعة.' : 'L’impression n’a pas pu être préparée.'} ${reload[lang]}`,
      );
      expect($('iframe.print-frame')).to.equal(null);
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });

    it('still opens a deep-linked article when what holds it in place cannot be downloaded', async () => {
      await failModules('/packages/charter/src/scroll-hold.');
      history.replaceState(null, '', '#charter-taroudant-participation-article-9');
      await render(lang, '[part=document]');
      await waitUntil(
        () => element!.shadowRoot!.activeElement?.id === 'charter-taroudant-participation-article-9',
        'article 9 was not opened',
      );
      await element!.openArticle(3);
      element!.remove();
      expect(await unhandledRejections()).to.deep.equal([]);
    });
  });
}
