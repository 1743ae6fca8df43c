import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { msg } from '@lit/localize';
import { registerCatalog, type CatalogLoaders } from '../src/localization/catalogs.js';
import { MocharakaElement } from '../src/element/mocharaka-element.js';
import { defineElement } from '../src/element/define.js';
import { formatMonth } from '../src/localization/format.js';

type Templates = Awaited<ReturnType<CatalogLoaders['fr']>>['templates'];

/** A catalogue whose French arrives when the test says so. */
function heldCatalog(templates: Templates) {
  let release!: () => void;
  const arrived = new Promise<{ templates: Templates }>((resolve) => (release = () => resolve({ templates })));
  const loaders: CatalogLoaders = { fr: () => arrived, ar: () => arrived, zgh: () => arrived };
  return { loaders, release };
}

const first = heldCatalog({ 'test-greeting': 'Bonjour' });
registerCatalog(first.loaders);

class GreetingElement extends MocharakaElement<unknown> {
  protected readonly httpBackend = () => ({});
  protected renderContent() {
    return html`<p>${msg('Hello', { id: 'test-greeting' })}</p>`;
  }
}
defineElement('test-greeting', GreetingElement);

describe('the elements’ languages', () => {
  it('show nothing, not English, while a French page’s catalogues load, even when another package’s arrive first', async () => {
    const element = await fixture<GreetingElement>(html`<test-greeting lang="fr"></test-greeting>`);
    // A second package (another element's script) registers while French is loading; its catalogue comes first.
    const second = heldCatalog({ 'test-other': 'Autre' });
    registerCatalog(second.loaders);
    second.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('p'), 'rendered before its French arrived').to.equal(null);
    await expect(element).to.be.accessible();

    first.release();
    await waitUntil(() => element.shadowRoot!.querySelector('p')?.textContent === 'Bonjour', 'the French string never showed');
    expect(element.shadowRoot!.querySelector('[part=locale-notice]')).to.equal(null);
    await expect(element).to.be.accessible();
  });
});

describe('formatMonth', () => {
  it('names the month in each language, Tifinagh included, whatever the time zone', () => {
    expect(formatMonth('ar', '2026-12')).to.equal('دجنبر 2026');
    expect(formatMonth('fr', '2026-01')).to.equal('janvier 2026');
    expect(formatMonth('en', '2026-03')).to.equal('March 2026');
    expect(formatMonth('zgh', '2026-12')).to.match(/^[\u2D30-\u2D7F]+ 2026$/);
  });
});
