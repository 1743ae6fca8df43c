import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import '../src/mocharaka-charter.js';
import type { MocharakaCharter } from '../src/charter.element.js';
import { readOnlyCharterBackend } from './fixtures.js';

const backend = readOnlyCharterBackend();

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-charter follow-up-href> (${lang})`, () => {
    it('links to the follow-up of its commitments only when the page gives the link', async () => {
      const element = await fixture<MocharakaCharter>(
        html`<mocharaka-charter lang=${lang} charter="taroudant-participation" follow-up-href="/suivi-de-la-charte" .backend=${backend}></mocharaka-charter>`,
      );
      await element.localeLoaded();
      await waitUntil(() => element.shadowRoot!.querySelector('[part=follow-up]'), 'no follow-up link');
      const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part=follow-up]')!;
      expect(link.getAttribute('href')).to.equal('/suivi-de-la-charte');
      expect(link.textContent).to.equal(lang === 'ar' ? 'تتبع تنفيذ الالتزامات' : 'Suivi des engagements');
      await expect(element).to.be.accessible();

      element.removeAttribute('follow-up-href');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part=follow-up]')).to.equal(null);
    });
  });
}
