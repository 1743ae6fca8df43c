import { TIME_LIMITS } from '../support/time-limits.mjs';
import {
  expect,
  html,
  fixture,
  waitUntil,
  scaled,
  TEST_TIMEOUT_MS,
  TIME_SCALE,
  WAIT_TIMEOUT_MS,
  reportable,
} from '../support/browser-testing.js';

describe('the browser tests’ own helpers', () => {
  it('a failed assertion about an element carries it as markup, so the runner can report the failure', async () => {
    const element = await fixture(html`<p class="note">Bonjour</p>`);
    let failure: { actual?: unknown; expected?: unknown } | undefined;
    try {
      expect(element).to.equal(null);
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure?.actual).to.equal('<p class="note">Bonjour</p>');
    expect(failure?.expected).to.equal(null);
  });

  it('keeps plain data for the diff and describes what cannot be written as JSON', () => {
    expect(reportable({ a: [1, 'x'] })).to.deep.equal({ a: [1, 'x'] });
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(reportable(cyclic)).to.equal('[object Object]');
    expect(reportable(document.createTextNode('نص'))).to.equal('نص');
    expect((reportable(Object.assign(document.createElement('div'), { textContent: 'x'.repeat(5000) })) as string).length).to.equal(2001);
  });

  it('waits, by default, most of the scaled per-test limit rather than one second', async () => {
    expect(TEST_TIMEOUT_MS).to.be.at.least(10_000);
    expect(WAIT_TIMEOUT_MS).to.equal(Math.round(TEST_TIMEOUT_MS * 0.8));
    let ready = false;
    setTimeout(() => (ready = true), 1_500);
    // @open-wc's own default (1 s) would give up before this condition holds.
    await waitUntil(() => ready, 'never ready');
  });

  it('scales an explicit wait like every other limit: it is an idle-machine duration', async () => {
    expect(TIME_SCALE).to.equal(TEST_TIMEOUT_MS / TIME_LIMITS.browserTest);
    expect(TIME_SCALE).to.be.at.least(1);
    expect(scaled(30_000)).to.equal(Math.round(30_000 * TIME_SCALE));
    const start = performance.now();
    let failed = false;
    await waitUntil(() => false, 'never', { timeout: 200, interval: 20 }).catch(() => (failed = true));
    expect(failed).to.equal(true);
    // A timer never fires early: the wait lasted at least its scaled length.
    expect(performance.now() - start).to.be.at.least(scaled(200) - 5);
  });
});
