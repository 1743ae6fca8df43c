import { expect, waitUntil } from '../../../test/support/browser-testing.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, CODE, UPCOMING, fakeBackend, fill, render, text } from './fixtures.js';

// In a file of its own: the receipt's view must not have been loaded yet on this page.
before(() => executeServerCommand('disable-browser-cache'));
const failModules = (part = '') => fetch(`/fault/modules${part ? `?fail=${encodeURIComponent(part)}` : ''}`);

const unhandled: unknown[] = [];
const collect = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
/** Chromium reports an unhandled rejection a few tasks later: a round trip to the test server outlasts them. */
async function unhandledRejections() {
  await failModules();
  return unhandled;
}

beforeEach(() => {
  unhandled.length = 0;
  addEventListener('unhandledrejection', collect);
});
afterEach(async () => {
  removeEventListener('unhandledrejection', collect);
  localStorage.clear();
  await failModules();
});

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-meetings> in ${lang} when the receipt’s view cannot be downloaded`, () => {
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
  });
}
