import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { setViewport } from '@web/test-runner-commands';
import '../src/mocharaka-charter.js';
import type { MocharakaCharter } from '../src/charter.element.js';
import { readOnlyCharterBackend } from './fixtures.js';

const backend = readOnlyCharterBackend();

const heading = (element: MocharakaCharter, number: number) =>
  element.shadowRoot!.querySelector<HTMLElement>(`#charter-taroudant-participation-article-${number}-title`);
const atTop = (element: MocharakaCharter, number: number) => {
  const box = heading(element, number)?.getBoundingClientRect();
  return !!box && Math.abs(box.top) <= 8;
};

afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  document.querySelectorAll('.late-content').forEach((element) => element.remove());
  await setViewport({ width: 800, height: 600 });
});

// The first case runs before any translation is loaded: the element still shows its fallback when the address is read.
for (const [lang, width, height] of [
  ['fr', 360, 640],
  ['ar', 1280, 800],
  ['ar', 360, 640],
  ['fr', 1280, 800],
] as const) {
  describe(`a deep link to a charter article, ${width} px wide (${lang})`, () => {
    it('lands with the heading at the top on first load, and keeps it there while late content settles above', async () => {
      await setViewport({ width, height });
      history.replaceState(null, '', '#charter-taroudant-participation-article-9');
      const element = await fixture<MocharakaCharter>(
        html`<mocharaka-charter lang=${lang} charter="taroudant-participation" .backend=${backend}></mocharaka-charter>`,
      );
      await waitUntil(() => atTop(element, 9), 'article 9 did not land at the top of the viewport', { timeout: 5000 });
      expect(element.shadowRoot!.activeElement?.id).to.equal('charter-taroudant-participation-article-9');
      expect(element.shadowRoot!.activeElement?.classList.contains('target'), 'the article landed on is not highlighted').to.be.true;
      expect(element.currentArticle).to.equal(9);

      // Content above the charter that loads later (another element, an image, a font) pushes it down.
      const late = document.createElement('div');
      late.className = 'late-content';
      late.style.blockSize = '700px';
      element.before(late);
      await waitUntil(() => atTop(element, 9), 'late content above pushed article 9 away', { timeout: 5000 });
      await expect(element).to.be.accessible();
    });
  });
}
