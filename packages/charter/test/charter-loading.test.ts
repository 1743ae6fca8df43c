import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import type { CharterBackend } from '@mocharaka/core';
import '../src/mocharaka-charter.js';
import type { MocharakaCharter } from '../src/charter.element.js';
import { CHARTER, DRAFT } from './fixtures.js';

describe('<mocharaka-charter> loading', () => {
  it('aborts a load superseded by another charter id, and shows only the newer one', async () => {
    const signals = new Map<string, AbortSignal>();
    let releaseFirst!: () => void;
    const first = new Promise<void>((resolve) => (releaseFirst = resolve));
    const backend: CharterBackend = {
      listCharters: async () => [],
      getCharter: async (id, options) => {
        signals.set(id, options!.signal!);
        if (id === 'slow') await first;
        return id === 'slow' ? CHARTER : { ...DRAFT, id: 'fast' };
      },
      getCharterVersion: async () => CHARTER,
      getCharterAdhesions: async () => ({ counts: { associations: 0, citizens: 0 }, items: [] }),
      adhereToCharter: async () => {
        throw new Error('not in this test');
      },
    };
    const element = await fixture<MocharakaCharter>(
      html`<mocharaka-charter lang="fr" charter="slow" .backend=${backend}></mocharaka-charter>`,
    );
    await element.localeLoaded();
    await waitUntil(() => signals.has('slow'));
    element.charter = 'fast';
    await waitUntil(() => element.shadowRoot!.querySelector('[part=document]'), 'the second charter never showed');
    expect(signals.get('slow')!.aborted).to.be.true;
    releaseFirst();
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    // The first answer, arriving late, changes nothing: still the draft, which takes no adhesion.
    expect(element.shadowRoot!.querySelector('[part=form]')).to.be.null;
    expect(element.shadowRoot!.querySelector('article[id^="charter-fast-"]')).to.exist;
    await expect(element).to.be.accessible();
  });
});
