import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { failModules, useModuleFaults } from '../../../test/support/module-faults.js';
import { ApiError, type Petition, type PetitionBackend } from '@mocharaka/core';
import '../src/mocharaka-petition.js';
import type { MocharakaPetition } from '../src/petition.element.js';
import { MINIMAL_PETITION } from './fixtures.js';

// In a file of its own: the lazy modules must not have been loaded yet on this page.
const { unhandledRejections } = useModuleFaults();
const CLOSED_VIEW = '/packages/petition/src/signing-closed.';
const ERROR_MESSAGES = '/packages/petition/src/signature-errors.';

const CLOSED: Petition = { ...MINIMAL_PETITION, closesAt: new Date(Date.now() - 60_000).toISOString() };
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

const UNAVAILABLE = {
  ar: 'تعذر تحميل جزء من هذه الأداة. تحقق من اتصالك ثم أعد تحميل الصفحة.',
  fr: 'Une partie de ce module n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.',
};
const REQUIRED = { ar: 'هذه الخانة إلزامية.', fr: 'Ce champ est obligatoire.' };

const backendOf = (petition: Petition, overrides: Partial<PetitionBackend> = {}) =>
  ({
    getPetition: async () => petition,
    signPetition: async () => ({ receipt: { reference: 'PTN-000042', signedAt: new Date().toISOString() } }),
    ...overrides,
  }) as unknown as PetitionBackend;

async function renderPetition(lang: 'ar' | 'fr', backend: PetitionBackend, ready: string) {
  const element = await fixture<MocharakaPetition>(
    html`<mocharaka-petition lang=${lang} petition="p" .backend=${backend}></mocharaka-petition>`,
  );
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector(ready), `${ready} never appeared`);
  return element;
}

const $ = (element: MocharakaPetition, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
const active = (element: MocharakaPetition) => element.shadowRoot!.activeElement;

async function fill(element: MocharakaPetition) {
  for (const [selector, value] of [
    ['#full-name', 'Amina Ait Lhaj'],
    ['#national-id', 'JB123456'],
    ['#address', 'Derb Bab Zorgan 12, Taroudant'],
  ] as const) {
    const input = $(element, selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new InputEvent('input'));
  }
  $(element, '#eligibility-resident')!.click();
  $(element, '#consent')!.click();
  await element.updateComplete;
}

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-petition> in ${lang} when a rare view cannot be downloaded`, () => {
    it('a closed petition still shows itself, no form, and says a part could not be loaded', async () => {
      await failModules(CLOSED_VIEW);
      const element = await renderPetition(lang, backendOf(CLOSED), '[role=alert]');
      expect($(element, '#petition-title')!.textContent).to.equal(lang === 'ar' ? 'عريضة' : 'Pétition');
      expect($(element, '.timeline'), 'the progress is in the main module').to.not.equal(null);
      expect($(element, '[part=form]'), 'a closed petition offers no form').to.equal(null);
      expect($(element, '[role=alert]')!.textContent!.trim()).to.equal(UNAVAILABLE[lang]);
      expect($(element, '[role=alert] button'), 'no "Try again": on this page it could not succeed').to.equal(null);
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });

    it('a signature refused with a 409 takes the form away and focuses the message that a part could not be loaded', async () => {
      await failModules(CLOSED_VIEW);
      const refused = backendOf(MINIMAL_PETITION, {
        signPetition: async () => {
          throw new ApiError(409, 'petition_closed', 'closed');
        },
      });
      const element = await renderPetition(lang, refused, '[part=form]');
      await fill(element);
      $(element, '[part=submit]')!.click();
      await waitUntil(() => active(element)?.id === 'failure', 'the failure did not take the focus');
      expect($(element, '#failure')!.getAttribute('role')).to.equal('alert');
      expect($(element, '#failure')!.textContent!.trim()).to.equal(UNAVAILABLE[lang]);
      expect($(element, '[part=form]')).to.equal(null);
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });

    it('a submit to correct still gets its focused summary and linked messages, in core’s general words', async () => {
      await failModules(ERROR_MESSAGES);
      const element = await renderPetition(lang, backendOf(MINIMAL_PETITION), '[part=form]');
      $(element, '#full-name')!.focus();
      $(element, '[part=submit]')!.click();
      await waitUntil(() => active(element)?.id === 'error-summary', 'the summary did not take the focus');
      expect(element.shadowRoot!.querySelectorAll('#error-summary li')).to.have.length(5);
      expect($(element, '#fullName-error')!.textContent).to.contain(REQUIRED[lang]);
      expect($(element, '#full-name')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });
  });
}
