import { expect, waitUntil } from '../../../test/support/browser-testing.js';
import { failModules, useModuleFaults } from '../../../test/support/module-faults.js';
import { $, CODE, PAST, UPCOMING, fakeBackend, fill, render, text } from './fixtures.js';

// In a file of its own: the receipt's, the minutes' and cancelling's views must not have been loaded yet on this page.
const { unhandledRejections } = useModuleFaults();

afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

const NOTICE = {
  ar: 'تعذر تحميل جزء من هذه الأداة. تحقق من اتصالك ثم أعد تحميل الصفحة.',
  fr: 'Une partie de ce module n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.',
};

// First: every meeting shown downloads cancelling's view, and once loaded on this page it could not fail any more.
for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-meetings> in ${lang} when cancelling's view cannot be downloaded`, () => {
    it('still offers the registration form, and says where cancelling would be to check the connection and reload', async () => {
      await failModules('/packages/meetings/src/cancellation-view.');
      const element = await render(lang, fakeBackend().backend, UPCOMING.id, '.notice.error[role=alert]');
      const alert = $(element, '.notice.error[role=alert]');
      expect(alert.textContent!.trim()).to.equal(NOTICE[lang]);
      expect(alert.querySelector('button'), 'a retry cannot load a module the browser keeps failed').to.equal(null);
      expect(element.shadowRoot!.querySelector('#cancel-code'), 'no cancelling form that could not work').to.equal(null);
      expect(element.shadowRoot!.querySelector('[aria-busy]'), 'no loading that never ends').to.equal(null);
      expect($(element, '[part=form]'), 'the registration form comes from the main module').to.exist;
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });

    it('shows the meeting of a cancellation link with that failure in place of the cancelling form', async () => {
      history.replaceState(null, '', `${location.pathname}#mocharaka-meeting-cancel=${UPCOMING.id}.${CODE}`);
      await failModules('/packages/meetings/src/cancellation-view.');
      const element = await render(lang, fakeBackend().backend, undefined, '.notice.error[role=alert]');
      expect($(element, '.notice.error[role=alert]').textContent!.trim()).to.equal(NOTICE[lang]);
      expect($(element, '#meeting-title').textContent).to.contain(lang === 'ar' ? 'باب الزرقان' : 'Bab Zorgan');
      expect(element.shadowRoot!.querySelector('#cancel-code')).to.equal(null);
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });
  });
}

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-meetings> in ${lang} when a lazy view cannot be downloaded`, () => {
    it('still shows the registration’s reference and the code and link that cancel it, with the focus there', async () => {
      await failModules('/packages/meetings/src/registration-receipt.');
      const { backend, registrations } = fakeBackend();
      const element = await render(lang, backend, UPCOMING.id, '[part=form]');
      await fill(element);
      $(element, '[part=submit]').click();

      await waitUntil(() => element.shadowRoot!.querySelector('#receipt'), 'no receipt was shown');
      expect(registrations).to.have.length(1);
      const receipt = $(element, '#receipt');
      expect(receipt.querySelector('h3')!.textContent).to.equal(lang === 'ar' ? 'تم تسجيلك' : 'Vous êtes inscrit·e');
      expect(text(element)).to.contain('MTG-1A2B-3C4D-5E6F');
      expect($(element, '#cancellation-code').textContent).to.equal(CODE);
      expect($<HTMLAnchorElement>(element, '#cancel-link').href).to.contain(`#mocharaka-meeting-cancel=${UPCOMING.id}.${CODE}`);
      expect(receipt.querySelector('button'), 'printing came with the view that failed').to.equal(null);
      expect(element.shadowRoot!.querySelector('[part=form]'), 'the sent form is not offered again').to.equal(null);
      await waitUntil(() => element.shadowRoot!.activeElement === receipt, 'the receipt did not take the focus');
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });

    it('says the minutes could not be loaded and that reloading the page will bring them', async () => {
      await failModules('/packages/meetings/src/meeting-minutes.');
      const element = await render(lang, fakeBackend([PAST]).backend, PAST.id, '#minutes-failed');
      const failed = $(element, '#minutes-failed');
      expect(failed.getAttribute('role')).to.equal('alert');
      expect(failed.textContent!.trim()).to.equal(
        lang === 'ar'
          ? 'تعذر تحميل المحضر. تحقق من اتصالك ثم أعد تحميل الصفحة.'
          : 'Le compte rendu n’a pas pu être chargé. Vérifiez votre connexion, puis rechargez la page.',
      );
      expect(failed.querySelector('button'), 'no "Try again": on this page it could not succeed').to.equal(null);
      expect($(element, '#meeting-title').textContent).to.contain(lang === 'ar' ? 'الميزانية' : 'budget');
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });
  });
}

describe('why the minutes say "reload the page" rather than "Try again"', () => {
  it('a view whose download failed stays failed on this page once the connection is back', async () => {
    await failModules('/packages/meetings/src/meeting-minutes.');
    await render('fr', fakeBackend([PAST]).backend, PAST.id, '#minutes-failed');
    await failModules();
    const retried = await import('../src/meeting-minutes.js').then(
      () => 'loaded',
      () => 'failed',
    );
    // If a browser starts retrying failed module downloads, the minutes can offer "Try again".
    expect(retried).to.equal('failed');
  });
});
