import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import type { PetitionBackend } from '@mocharaka/core';
import '../src/mocharaka-petition.js';
import type { MocharakaPetition } from '../src/petition.element.js';
import { MINIMAL_PETITION as petition } from './fixtures.js';

const backend = { getPetition: async () => petition } as unknown as PetitionBackend;

describe('two Mocharaka elements asking for different languages on one page', () => {
  it('both work; the one not in its language says so, visibly and in the language it speaks', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <mocharaka-petition id="ar" lang="ar" petition="p" .backend=${backend}></mocharaka-petition>
      <mocharaka-petition id="fr" lang="fr" petition="p" .backend=${backend}></mocharaka-petition>
    </div>`);
    const [arabic, french] = ['#ar', '#fr'].map((id) => page.querySelector<MocharakaPetition>(id)!);
    for (const element of [arabic, french]) {
      await waitUntil(() => element.shadowRoot!.querySelector('[part=form]'), 'an element never rendered');
    }
    await waitUntil(() => [arabic, french].some((element) => element.shadowRoot!.querySelector('[part=locale-notice]')));
    const base = (element: MocharakaPetition) => element.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang');
    expect(base(arabic)).to.equal(base(french));
    const odd = base(arabic) === 'ar' ? french : arabic;
    expect(odd.shadowRoot!.querySelector('[part=locale-notice]')).to.exist;
    await expect(odd).to.be.accessible();
  });
});
