import { expect, waitUntil } from '../../../test/support/browser-testing.js';
import { ApiError } from '@mocharaka/core';
import { failModules, useModuleFaults } from '../../../test/support/module-faults.js';
import { $, UPCOMING, fakeBackend, fill, render } from './fixtures.js';

// In a file of its own: the receipt's view must not have been downloaded yet on this page.
const { unhandledRejections } = useModuleFaults();

const PRINT = { ar: 'طباعة هذا الوصل', fr: 'Imprimer ce reçu' };

describe('<mocharaka-meetings> registering while offline', () => {
  let offline = false;
  before(() => Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline }));
  after(() => delete (navigator as { onLine?: boolean }).onLine);
  afterEach(() => localStorage.clear());

  for (const lang of ['ar', 'fr'] as const) {
    it(`shows the whole receipt once the queued registration is sent (${lang}): its view was not asked for offline, where its download would have failed for good`, async () => {
      offline = true;
      // Offline, any module request fails, and Chromium would keep that failure for the page.
      await failModules('/packages/meetings/src/registration-receipt.');
      const { backend, registrations } = fakeBackend();
      const register = backend.registerForMeeting;
      backend.registerForMeeting = async (...args) => {
        if (offline) throw ApiError.network(new TypeError('Failed to fetch'));
        return register(...args);
      };
      const element = await render(lang, backend, UPCOMING.id, '[part=form]');
      await fill(element);
      $(element, '[part=submit]').click();
      await waitUntil(() => element.shadowRoot!.querySelector('#queued'), 'the registration was not queued');
      await failModules();
      offline = false;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => element.shadowRoot!.querySelector('#receipt'), 'no receipt once back online');
      expect(registrations).to.have.length(1);
      await waitUntil(
        () => $(element, '#receipt').textContent!.includes(PRINT[lang]),
        'the receipt came without its view (print, calendar)',
      );
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });
  }
});
