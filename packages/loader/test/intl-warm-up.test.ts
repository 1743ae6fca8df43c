import { expect, waitUntil } from '../../../test/support/browser-testing.js';
import { startLoader } from '../src/loader.js';
import type { LoaderMap } from '../src/loader-map.js';

describe('the loader’s Intl warm-up', () => {
  const built: unknown[] = [];
  const Original = Intl.DateTimeFormat;

  before(() => {
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built.push(args[0]);
        return Reflect.construct(target, args) as Intl.DateTimeFormat;
      },
    });
  });

  after(() => {
    Intl.DateTimeFormat = Original;
  });

  const loadTag = (name: string, formatsFirstView: boolean) => {
    const tag = document.createElement(name);
    tag.setAttribute('lang', 'fr');
    document.body.append(tag);
    const map: LoaderMap = {
      elements: {
        [name]: { entry: 'data:text/javascript,', preload: [], locales: {}, ...(formatsFirstView && { formatsFirstView: true }) },
      },
      defaultLocale: 'ar',
      integrity: {},
    };
    startLoader(map, location.href);
  };
  const idle = () => new Promise((resolve) => requestIdleCallback(resolve));

  it('builds nothing for an element whose first view shows no date or number', async () => {
    loadTag('mocharaka-no-formats', false);
    await idle();
    await idle();
    expect(built).to.deep.equal([]);
  });

  it('builds a date formatter in the element’s language while the element’s modules download', async () => {
    loadTag('mocharaka-warm-up', true);
    await waitUntil(() => built.length > 0, 'the loader built no date formatter');
    expect(built).to.deep.equal(['fr']);
  });
});
