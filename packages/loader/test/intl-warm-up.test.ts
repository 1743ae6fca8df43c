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

  it('builds a date formatter in the element’s language while the element’s modules download', async () => {
    const tag = document.createElement('mocharaka-warm-up');
    tag.setAttribute('lang', 'fr');
    document.body.append(tag);
    const map: LoaderMap = {
      elements: { 'mocharaka-warm-up': { entry: 'data:text/javascript,', preload: [], locales: {} } },
      defaultLocale: 'ar',
      integrity: {},
    };
    startLoader(map, location.href);
    await waitUntil(() => built.length > 0, 'the loader built no date formatter');
    expect(built).to.deep.equal(['fr']);
  });
});
