/**
 * Browser tests of what an element shows when one of its lazy modules cannot download.
 * The test server's `/fault/modules?fail=<part of a path>` makes matching module
 * requests fail (web-test-runner.config.mjs), and Chromium keeps a failed import failed
 * for the page, so such tests live in a file of their own with the browser's cache off
 * (another file's page may have loaded the module already).
 *
 * `useModuleFaults()` registers the file's hooks: the cache off once, unhandled
 * rejections collected per test, and the fault lifted after each test.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Makes module requests whose path contains `part` fail; without `part`, lifts the fault. */
export const failModules = (part = '') => fetch(`/fault/modules${part ? `?fail=${encodeURIComponent(part)}` : ''}`);

export function useModuleFaults() {
  const unhandled: unknown[] = [];
  const collect = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  before(() => executeServerCommand('disable-browser-cache'));
  beforeEach(() => {
    unhandled.length = 0;
    addEventListener('unhandledrejection', collect);
  });
  afterEach(async () => {
    removeEventListener('unhandledrejection', collect);
    await failModules();
  });
  return {
    /** The test's unhandled rejections: Chromium reports them a few tasks late, and a round trip to the test server outlasts those. */
    async unhandledRejections(): Promise<unknown[]> {
      await failModules();
      return unhandled;
    },
  };
}
