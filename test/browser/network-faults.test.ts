import { expect, fixture, html, waitUntil, scaled } from '../support/browser-testing.js';
import '../../packages/satisfaction/src/mocharaka-satisfaction.js';

/**
 * The element against the real reference server behind injected network faults (see
 * web-test-runner.config.mjs): whatever happens on the wire, the server ends with
 * exactly one record per rating, and the citizen is told what is going on.
 */
const summaryCount = async () =>
  ((await (await fetch('/v1/services/civil-status/summary', { cache: 'no-store' })).json()) as { count: number }).count;

async function meterOn(endpoint: string) {
  const element = await fixture<HTMLElement & { localeLoaded(): Promise<void> }>(
    html`<mocharaka-satisfaction lang="fr" endpoint=${endpoint} service="civil-status"></mocharaka-satisfaction>`,
  );
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector('.faces'), 'no faces', { timeout: 8000 });
  return element;
}

const lastAttempts = async () => ((await (await fetch('/fault/last-attempts')).json()) as { attempts: number }).attempts;

const tap = (element: HTMLElement, level: number) => element.shadowRoot!.querySelector<HTMLButtonElement>(`#level-${level}`)!.click();

beforeEach(() => localStorage.clear());

describe('network faults between the meter and the reference server', () => {
  for (const kind of ['drop-after-commit', '502-after-commit', '500-after-commit', 'timeout-after-commit']) {
    it(`counts a rating once when the answer is lost after the commit (${kind})`, async function () {
      this.timeout(scaled(30_000)); // the timeout case waits for the client's 10 s per-attempt timeout
      const before = await summaryCount();
      const element = await meterOn(`/fault/${kind}/v1`);
      let rated = 0;
      element.addEventListener('mocharaka-satisfaction-rated', () => (rated += 1));
      tap(element, 4);
      await waitUntil(() => rated === 1, 'the retry never got the first answer', { timeout: 20_000 });
      expect(await lastAttempts()).to.equal(2);
      expect(await summaryCount()).to.equal(before + 1);
      expect(localStorage.length).to.equal(0);
    });
  }

  it('tells the citizen the rating is kept while the server is down, then sends it once', async () => {
    const before = await summaryCount();
    const element = await meterOn('/fault/down/v1');
    tap(element, 2);
    await waitUntil(() => element.shadowRoot!.textContent!.includes('gardée sur cet appareil'), 'no queued notice', { timeout: 8000 });
    expect(await summaryCount()).to.equal(before);
    expect(await lastAttempts()).to.equal(3);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => localStorage.length === 0, 'the queued rating was never sent', { timeout: 8000 });
    expect(await lastAttempts()).to.equal(4);
    expect(await summaryCount()).to.equal(before + 1);
  });

  it('sends a rating queued before the page was closed when the page is opened again', async () => {
    const before = await summaryCount();
    const first = await meterOn('/fault/down/v1');
    tap(first, 5);
    await waitUntil(() => first.shadowRoot!.textContent!.includes('gardée sur cet appareil'), 'no queued notice', { timeout: 8000 });
    first.remove();
    expect(localStorage.length).to.equal(1);

    await meterOn('/fault/down/v1');
    await waitUntil(() => localStorage.length === 0, 'the queued rating was never sent', { timeout: 8000 });
    expect(await summaryCount()).to.equal(before + 1);
  });
});
