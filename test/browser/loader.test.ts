import { expect, waitUntil } from '../support/browser-testing.js';
import { appendPetitionTag } from './support/petition-tag.js';

/**
 * The one loader tag, `/elements/mocharaka.js`, from the standalone build the reference
 * server serves (the test runner proxies `/elements/` to it).
 */
const LOADER = '/elements/mocharaka.js';

const loadedFiles = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const preloads = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];

describe('the loader (mocharaka.js)', () => {
  before(async () => {
    document.documentElement.lang = 'fr';
    appendPetitionTag({ fallback: 'Signer la pétition' });
    await import(/* @vite-ignore */ LOADER);
  });

  it('defines the tags already on the page and loads nothing for the others', async () => {
    await waitUntil(() => customElements.get('mocharaka-petition'), 'mocharaka-petition never defined', { timeout: 20_000 });
    const petition = document.querySelector('mocharaka-petition')!;
    await waitUntil(() => petition.shadowRoot?.querySelector('[part=title]'), 'the petition never rendered', { timeout: 20_000 });
    expect(petition.shadowRoot!.querySelector('[part=title]')!.textContent).to.contain('Bab Zorgan');
    expect(customElements.get('mocharaka-charter')).to.equal(undefined);
    expect(loadedFiles().some((path) => path.includes('mocharaka-charter'))).to.equal(false);
  });

  it("sends the element's first read itself, and the element takes that answer instead of asking again", () => {
    const store = (globalThis as Record<symbol, unknown>)[Symbol.for('mocharaka.prefetched-reads')];
    expect(store, 'the loader left no prefetched reads').to.be.instanceOf(Map);
    expect((store as Map<string, unknown>).size, 'a prefetched read was never taken').to.equal(0);
    const reads = performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname === '/v1/petitions/bab-zorgan-lane-lighting');
    expect(reads).to.have.length(1);
  });

  it("preloads the element's whole module graph and the page's language, each with its integrity hash", async () => {
    const integrity = (await (await fetch('/elements/integrity.json')).json()) as Record<string, string>;
    const links = preloads();
    const files = links.map((link) => new URL(link.href).pathname.replace('/elements/', ''));
    expect(files).to.include('mocharaka-petition.js');
    expect(files.some((file) => /^chunks\/runtime-/.test(file))).to.equal(true);
    // French catalogues (the runtime's and the petition's), no other language.
    expect(files.filter((file) => /^chunks\/fr-/.test(file)).length).to.be.greaterThanOrEqual(2);
    expect(files.filter((file) => /^chunks\/(ar|zgh)-/.test(file))).to.deep.equal([]);
    for (const link of links) {
      const file = new URL(link.href).pathname.replace('/elements/', '');
      expect(link.integrity, file).to.equal(integrity[file]);
      expect(link.crossOrigin).to.equal('anonymous');
    }
  });

  it('defines a tag added later, as a CMS page builder or a single-page app would', async () => {
    const charter = document.createElement('mocharaka-charter');
    charter.setAttribute('charter', 'taroudant-participation');
    charter.setAttribute('endpoint', '/v1');
    document.body.append(charter);
    await waitUntil(() => customElements.get('mocharaka-charter'), 'mocharaka-charter never defined', { timeout: 20_000 });
    await waitUntil(() => charter.shadowRoot?.querySelector('h2, h3'), 'the charter never rendered', { timeout: 20_000 });
  });

  it("preloads the lazy modules a tag's attribute calls for: the satisfaction widget's floating button", async () => {
    const meter = document.createElement('mocharaka-satisfaction');
    Object.assign(meter, { mode: 'button', endpoint: '/v1' });
    meter.setAttribute('mode', 'button');
    document.body.append(meter);
    await waitUntil(() => meter.shadowRoot?.querySelector('[part=trigger]'), 'the floating button never rendered', { timeout: 20_000 });
    const integrity = (await (await fetch('/elements/integrity.json')).json()) as Record<string, string>;
    const button = preloads().find((link) => /\/chunks\/satisfaction-button-[^/]+\.js$/.test(link.href));
    expect(button, 'the floating button module was not preloaded').to.not.equal(undefined);
    expect(button!.integrity).to.equal(integrity[new URL(button!.href).pathname.replace('/elements/', '')]);
    // The scoreboard of `mode="results"` is not on this page.
    expect(preloads().some((link) => link.href.includes('/chunks/satisfaction-results-'))).to.equal(false);
    meter.remove();
  });

  it('publishes an SRI hash for every file of the folder, the loader included', async () => {
    const integrity = (await (await fetch('/elements/integrity.json')).json()) as Record<string, string>;
    expect(Object.keys(integrity)).to.include.members(['mocharaka.js', 'mocharaka-petition.js', 'mocharaka-charter.js']);
    for (const file of ['mocharaka.js', 'mocharaka-petition.js']) {
      const bytes = await (await fetch(`/elements/${file}`)).arrayBuffer();
      const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
      expect(integrity[file], file).to.equal(`sha384-${digest}`);
    }
  });
});
