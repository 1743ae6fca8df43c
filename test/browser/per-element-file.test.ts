import { expect, waitUntil } from '../support/browser-testing.js';
import { appendPetitionTag } from './support/petition-tag.js';

/**
 * A page that pastes an element's own file (`/elements/mocharaka-petition.js`, the older
 * embed docs/embedding.*.md still supports) instead of the loader: the element works by
 * itself, in the page's language, and nothing of the loader is involved.
 */
const PETITION_FILE = '/elements/mocharaka-petition.js';

describe('an element pasted by its own file, without the loader', () => {
  before(async () => {
    document.documentElement.lang = 'fr';
    appendPetitionTag({ fallback: 'Signer la pétition' });
    await import(/* @vite-ignore */ PETITION_FILE);
  });

  it('renders in the page’s language, asks the API itself and downloads nothing for other elements', async () => {
    const petition = document.querySelector('mocharaka-petition')!;
    await waitUntil(() => petition.shadowRoot?.querySelector('[part=submit]'), 'the petition never rendered', { timeout: 20_000 });
    expect(petition.shadowRoot!.querySelector('[part=title]')!.textContent).to.contain('Bab Zorgan');
    expect(petition.shadowRoot!.querySelector('[part=submit]')!.textContent).to.match(/Signer/);
    const paths = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(paths).to.not.include('/elements/mocharaka.js');
    expect(paths.filter((path) => path === '/v1/petitions/bab-zorgan-lane-lighting')).to.have.length(1);
    expect(paths.some((path) => /mocharaka-(charter|consultation|satisfaction)/.test(path))).to.equal(false);
    await expect(petition).to.be.accessible();
  });
});
