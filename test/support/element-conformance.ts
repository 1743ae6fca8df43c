import { expect, waitUntil } from './browser-testing.js';
import type { LitElement } from 'lit';

/** What the conformance suite needs to know of one Mocharaka element. */
export interface ConformingElement {
  /** The element's class, subclassed under fresh tag names to test upgrades. */
  element: CustomElementConstructor & { prototype: LitElement };
  /** The property (and attribute) naming what it shows: `petition`, `service`… */
  idProperty: string;
  /** A contract list answering `{ items: [{ id }] }` on the reference server. */
  listPath: string;
}

let tagCounter = 0;
/** A fresh tag for the element's class: not yet defined, so an element of it is not upgraded yet. */
function freshTag(base: CustomElementConstructor): { tag: string; define: () => void } {
  const tag = `conformance-${++tagCounter}-${Math.random().toString(36).slice(2, 7)}`;
  return { tag, define: () => customElements.define(tag, class extends (base as typeof HTMLElement) {}) };
}

async function firstId(listPath: string): Promise<string> {
  const list = (await (await fetch(listPath)).json()) as { items: { id: string }[] };
  expect(list.items.length, `${listPath} lists nothing`).to.be.greaterThan(0);
  return list.items[0].id;
}

const shown = (element: HTMLElement) =>
  !!element.shadowRoot?.querySelector('[part=base]') && !element.shadowRoot.querySelector('[aria-busy=true]');
const describeState = (element: HTMLElement) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 200) ?? '(no shadow root)';

async function loaded(element: HTMLElement, what: string) {
  await waitUntil(() => shown(element), `${what}: still "${describeState(element)}"`, { timeout: 8000 });
}

type Props = Record<string, unknown>;

/**
 * Properties and attributes are equal (the model is Shoelace's form-control base tests):
 * every element is configured the way React 19 and Vue 3 do it — properties, set before
 * the element is upgraded or after it is connected, in any order — and must load, follow
 * a changed property, and speak the language set by property.
 */
export function runConformance(name: string, spec: ConformingElement): void {
  describe(`<${name}> conformance: properties as frameworks set them`, () => {
    let id: string;
    before(async () => {
      id = await firstId(spec.listPath);
    });
    beforeEach(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    afterEach(() => {
      for (const element of document.querySelectorAll('[data-conformance]')) element.remove();
    });

    const mount = (tag: string, props: Props) => {
      const element = document.createElement(tag) as HTMLElement & Props;
      element.dataset.conformance = '';
      Object.assign(element, props);
      return element;
    };

    it('loads with properties set before the element is upgraded (a framework rendering before the script ran)', async () => {
      const { tag, define } = freshTag(spec.element);
      const element = mount(tag, { endpoint: '/v1', [spec.idProperty]: id, lang: 'fr' });
      document.body.append(element);
      define();
      await loaded(element, 'properties before upgrade');
      expect(element.getAttribute(spec.idProperty)).to.equal(id);
    });

    it('loads with properties set after connection, endpoint last', async () => {
      const { tag, define } = freshTag(spec.element);
      define();
      const element = mount(tag, { lang: 'fr' });
      document.body.append(element);
      await (element as unknown as LitElement).updateComplete;
      element[spec.idProperty] = id;
      await (element as unknown as LitElement).updateComplete;
      element.endpoint = '/v1';
      await loaded(element, 'endpoint set last');
    });

    it('loads with properties set after connection, id last', async () => {
      const { tag, define } = freshTag(spec.element);
      define();
      const element = mount(tag, { lang: 'fr' });
      document.body.append(element);
      element.endpoint = '/v1';
      await (element as unknown as LitElement).updateComplete;
      element[spec.idProperty] = id;
      await loaded(element, 'id set last');
    });

    it('reloads when the endpoint property changes (a wrong address, then the right one)', async () => {
      const { tag, define } = freshTag(spec.element);
      define();
      const element = mount(tag, { lang: 'fr', endpoint: '/no-such-api/v1', [spec.idProperty]: id });
      document.body.append(element);
      await waitUntil(() => element.shadowRoot?.querySelector('[role=alert]'), 'a wrong endpoint never said so', { timeout: 8000 });
      const events: string[] = [];
      element.addEventListener('mocharaka-loaded', (event) => events.push((event as CustomEvent<{ id?: string }>).detail.id ?? ''));
      element.endpoint = '/v1';
      await loaded(element, 'after the endpoint changed');
      await waitUntil(() => events.length > 0, 'no mocharaka-loaded after the change');
    });

    it('speaks the language set by the lang property, and follows a change', async () => {
      const { tag, define } = freshTag(spec.element);
      define();
      const element = mount(tag, { endpoint: '/v1', [spec.idProperty]: id, lang: 'fr' });
      document.body.append(element);
      await loaded(element, 'lang fr');
      const base = () => element.shadowRoot!.querySelector('[part=base]')!;
      expect(base().getAttribute('lang')).to.equal('fr');
      expect(base().getAttribute('dir')).to.equal('ltr');
      element.lang = 'ar';
      await waitUntil(() => base().getAttribute('lang') === 'ar', 'the element did not follow lang=ar');
      expect(base().getAttribute('dir')).to.equal('rtl');
    });
  });
}
