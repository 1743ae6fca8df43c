import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { configureLocalization } from '@lit/localize';
import type { PetitionBackend } from '@mocharaka/core';
import '../src/mocharaka-petition.js';
import type { MocharakaPetition } from '../src/petition.element.js';
import { MINIMAL_PETITION as petition } from './fixtures.js';

// The page's own app set up @lit/localize before any Mocharaka element connected.
configureLocalization({ sourceLocale: 'en', targetLocales: ['de'], loadLocale: async () => ({ templates: {} }) });

const backend = { getPetition: async () => petition } as unknown as PetitionBackend;

describe('<mocharaka-petition> on a page whose app already configured @lit/localize', () => {
  it('still works, in English, and says why on screen', async () => {
    const element = await fixture<MocharakaPetition>(
      html`<mocharaka-petition lang="fr" petition="p" .backend=${backend}></mocharaka-petition>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('[part=form]'), 'the element never rendered its form');
    const base = element.shadowRoot!.querySelector('[part=base]')!;
    expect(base.getAttribute('lang')).to.equal('en');
    expect(base.getAttribute('dir')).to.equal('ltr');
    // The notice's text is downloaded when a page first needs it (core's rare notices).
    await waitUntil(() => element.shadowRoot!.querySelector('[part=locale-notice]'), 'no notice of the host’s setup');
    expect(element.shadowRoot!.querySelector('[part=locale-notice]')!.textContent).to.contain('shown in English');
    expect(element.shadowRoot!.textContent).to.contain('Sign this petition');
    await expect(element).to.be.accessible();
  });
});
