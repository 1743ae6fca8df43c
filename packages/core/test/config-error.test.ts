import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import type { HttpBackendFactory } from '../src/client/http-client.js';
import { MocharakaElement } from '../src/element/mocharaka-element.js';
import type { MocharakaErrorDetail } from '../src/element/events.js';

/** The smallest element with a required attribute, as the citizen elements check theirs. */
class ConfiguredHost extends MocharakaElement<object> {
  static override properties = { ...MocharakaElement.properties, item: {} };
  declare item?: string;
  protected override readonly httpBackend: HttpBackendFactory<object> = () => ({});
  protected override renderContent() {
    if (!this.item) return this.renderMissingAttribute('item');
    if (!this.client) return this.renderMissingEndpoint();
    return html`<p>configured</p>`;
  }
}
customElements.define('test-configured-host', ConfiguredHost);

async function mount(lang: string, attributes: { item?: string } = {}) {
  const reported: MocharakaErrorDetail[] = [];
  const warned: string[] = [];
  const warn = console.warn;
  console.warn = (line: string) => warned.push(line);
  try {
    const element = await fixture<ConfiguredHost>(
      html`<test-configured-host
        lang=${lang}
        item=${attributes.item ?? ''}
        @mocharaka-error=${(event: CustomEvent<MocharakaErrorDetail>) => reported.push(event.detail)}
      ></test-configured-host>`,
    );
    await element.localeLoaded();
    return { element, reported, warned, box: () => element.shadowRoot!.querySelector<HTMLElement>('[part=config-error]') };
  } finally {
    console.warn = warn;
  }
}

describe('a configuration mistake', () => {
  // The first test of the file runs before anything downloaded the rare notices: what it
  // checks on the first render does not wait for them (nor fails when they cannot come).
  it('is reported by its code and shown in the widget on the first render, then in a sentence for the admin (ar)', async () => {
    const { element, reported, warned, box } = await mount('ar', { item: '' });
    expect(reported).to.deep.equal([{ code: 'missing_item', message: '<test-configured-host>: missing_item' }]);
    expect(warned).to.deep.equal(['[mocharaka] <test-configured-host>: missing_item']);
    expect(box()?.getAttribute('role')).to.equal('alert');
    // The code, or already the sentence if it downloaded during the first render.
    expect(box()!.textContent!.trim()).to.satisfy(
      (shown: string) => shown === '<test-configured-host>: missing_item' || !shown.includes('missing_'),
    );
    await expect(element).to.be.accessible();
    await waitUntil(() => !box()?.textContent?.includes('missing_item'), 'the sentence never replaced the code');
    expect(box()!.textContent).to.contain('item');
    expect(box()!.closest('[dir]')?.getAttribute('dir')).to.equal('rtl');
    await expect(element).to.be.accessible();
    expect(reported).to.have.length(1);
  });

  it('names the missing endpoint in French once, however often the element renders', async () => {
    const { element, reported, box } = await mount('fr', { item: 'x' });
    await waitUntil(() => !box()?.textContent?.includes('missing_endpoint'), 'the sentence never replaced the code');
    expect(box()!.textContent).to.match(/endpoint/);
    expect(box()!.closest('[dir]')?.getAttribute('dir')).to.equal('ltr');
    element.requestUpdate();
    await element.updateComplete;
    expect(reported.map((detail) => detail.code)).to.deep.equal(['missing_endpoint']);
    await expect(element).to.be.accessible();
  });

  it('goes away once the tag is fixed', async () => {
    const { element, box } = await mount('ar');
    expect(box()).to.exist;
    element.item = 'x';
    element.endpoint = 'https://commune.example/v1';
    await element.updateComplete;
    expect(box()).to.equal(null);
    expect(element.shadowRoot!.textContent).to.contain('configured');
  });
});
