import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { failModules, useModuleFaults } from '../../../test/support/module-faults.js';
import type { PetitionBackend } from '@mocharaka/core';
import '../src/mocharaka-petition.js';
import type { MocharakaPetition } from '../src/petition.element.js';
import { MINIMAL_PETITION } from './fixtures.js';

// In a file of its own: the receipt's view must not have been loaded yet on this page.
useModuleFaults();
const DRAFT_KEY = 'mocharaka:petition-draft:custom:p';

const backend = {
  getPetition: async () => MINIMAL_PETITION,
  signPetition: async () => ({ receipt: { reference: 'PTN-000042', signedAt: new Date().toISOString() } }),
} as unknown as PetitionBackend;

async function sign(element: MocharakaPetition) {
  const root = element.shadowRoot!;
  for (const [selector, value] of [
    ['#full-name', 'Amina Ait Lhaj'],
    ['#national-id', 'JB123456'],
    ['#address', 'Derb Bab Zorgan 12, Taroudant'],
  ]) {
    const input = root.querySelector<HTMLInputElement>(selector!)!;
    input.value = value!;
    input.dispatchEvent(new InputEvent('input'));
  }
  root.querySelector<HTMLInputElement>('#eligibility-resident')!.click();
  root.querySelector<HTMLInputElement>('#consent')!.click();
  await element.updateComplete;
  root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
}

describe('<mocharaka-petition> when the receipt’s view cannot be downloaded', () => {
  it('still shows the reference and time, takes the focus there and forgets the sent draft', async () => {
    await failModules('/packages/petition/src/signature-receipt.');
    const element = await fixture<MocharakaPetition>(
      html`<mocharaka-petition lang="fr" petition="p" .backend=${backend}></mocharaka-petition>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('[part=form]'), 'the form never appeared');
    await sign(element);

    await waitUntil(() => element.shadowRoot!.querySelector('#receipt'), 'no receipt was shown');
    const receipt = element.shadowRoot!.querySelector('#receipt')!;
    expect(receipt.querySelector('h3')!.textContent).to.equal('Votre signature est enregistrée');
    expect(receipt.querySelector('.reference')!.textContent).to.equal('PTN-000042');
    expect(receipt.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(receipt.querySelector('button'), 'printing came with the view that failed').to.equal(null);
    expect(element.shadowRoot!.querySelector('[part=form]'), 'the sent form is not offered again').to.equal(null);
    expect(sessionStorage.getItem(DRAFT_KEY), 'the sent draft is forgotten').to.equal(null);
    await waitUntil(() => element.shadowRoot!.activeElement === receipt, 'the receipt did not take the focus');
    await expect(element).to.be.accessible();
  });
});
