import { expect, waitUntil } from '../../../test/support/browser-testing.js';
import { startLoader } from '../src/loader.js';
import type { LoaderMap } from '../src/loader-map.js';

describe('the loader’s Intl warm-up', () => {
  const built: string[] = [];
  /** Which idle callback each formatter was built in. */
  const builtIn: number[] = [];
  let idleCallbacks = 0;
  const realIdle = window.requestIdleCallback;
  const OriginalDate = Intl.DateTimeFormat;
  const OriginalNumber = Intl.NumberFormat;
  const noting = <T extends typeof Intl.DateTimeFormat | typeof Intl.NumberFormat>(kind: string, Original: T): T =>
    new Proxy(Original, {
      construct(target, args: [string, { timeZone?: string }?]) {
        built.push(`${kind} ${args[0]}${args[1]?.timeZone ? ` ${args[1].timeZone}` : ''}`);
        builtIn.push(idleCallbacks);
        return Reflect.construct(target, args) as object;
      },
    });

  before(() => {
    window.requestIdleCallback = (run, options) =>
      realIdle((deadline) => {
        idleCallbacks += 1;
        run(deadline);
      }, options);
    Intl.DateTimeFormat = noting('date', OriginalDate);
    Intl.NumberFormat = noting('number', OriginalNumber);
  });

  after(() => {
    window.requestIdleCallback = realIdle;
    Intl.DateTimeFormat = OriginalDate;
    Intl.NumberFormat = OriginalNumber;
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

  it('builds the date and number formatters core uses in the element’s language, one per idle callback, while the modules download', async () => {
    loadTag('mocharaka-warm-up', true);
    await waitUntil(() => built.length > 1, 'the loader built no date and number formatters');
    expect(built).to.deep.equal(['date fr-MA Africa/Casablanca', 'number fr-MA']);
    expect(builtIn[1], 'each formatter in an idle callback of its own').to.be.greaterThan(builtIn[0]!);
  });
});
