import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';
import { limit } from './timeouts.mjs';

/**
 * Debian's Chromium for web-test-runner, started once for the whole run when the runner
 * initialises (not by the first test file, whose start limit it would eat), and started
 * a second time if the first start does not finish within the browser-start limit.
 */
export function chromiumOnceWithRetry() {
  const launcher = chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS } });
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    await initialize(config, testFiles);
    await startBrowser(launcher, 1);
  };
  return launcher;
}

async function startBrowser(launcher, attempt) {
  const timeoutMs = limit('browserStart');
  const starting = launcher.getOrStartBrowser();
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    if ((await Promise.race([starting, timedOut])) !== 'timeout') return;
  } finally {
    clearTimeout(timer);
  }
  // ChromeLauncher keeps the pending start in __startBrowserPromise; a late start is closed, not reused.
  launcher.__startBrowserPromise = undefined;
  starting.then(({ browser }) => browser.close()).catch(() => {});
  if (attempt >= 2) throw new Error(`Chromium did not start within ${Math.round(timeoutMs / 1000)} s, twice.`);
  console.warn(`Chromium did not start within ${Math.round(timeoutMs / 1000)} s; starting it again.`);
  await startBrowser(launcher, attempt + 1);
}
