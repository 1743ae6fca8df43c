import { expect, waitUntil } from '../../../test/support/browser-testing.js';
import { appendPetitionTag } from '../../../test/browser/support/petition-tag.js';

/**
 * The standalone build (served by the reference server, proxied at `/elements/`) has the
 * Arabic strings in its code (build/inline-default-locale.ts): an Arabic page downloads no
 * catalogue, and the other languages still come from theirs, English included.
 */
const LOADER = '/elements/mocharaka.js';
const catalogueFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /^\/elements\/chunks\/(ar|fr|zgh|en)-/.test(path));

const addPetition = (lang?: string) => appendPetitionTag({ lang });

const submitLabel = (petition: HTMLElement) => petition.shadowRoot?.querySelector('[part=submit]')?.textContent?.trim();

describe('the standalone build’s languages', () => {
  before(async () => {
    document.documentElement.lang = 'ar';
    addPetition();
    await import(/* @vite-ignore */ LOADER);
  });

  it('speaks Arabic without downloading a catalogue', async () => {
    const petition = document.querySelector<HTMLElement>('mocharaka-petition')!;
    await waitUntil(() => submitLabel(petition), 'the petition never rendered its form');
    expect(submitLabel(petition)).to.equal('وقع العريضة');
    expect(petition.shadowRoot!.querySelector('#count-title')!.textContent).to.equal('التوقيعات');
    expect(catalogueFiles()).to.deep.equal([]);
  });

  for (const [lang, label] of [
    ['fr', 'Signer la pétition'],
    ['zgh', 'ⵙⴳⵎⵉ ⵜⴰⵙⵓⵜⵔⵜ'],
    ['en', 'Sign the petition'],
    ['ar', 'وقع العريضة'],
  ] as const) {
    it(`speaks ${lang} from its catalogues when asked`, async () => {
      document.querySelector('mocharaka-petition')?.remove();
      const petition = addPetition(lang);
      await waitUntil(() => submitLabel(petition) === label, `the ${lang} petition never said “${label}”`);
      if (lang !== 'ar')
        expect(catalogueFiles().filter((path) => path.startsWith(`/elements/chunks/${lang}-`)).length).to.be.greaterThanOrEqual(2);
    });
  }
});
