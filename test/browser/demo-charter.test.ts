import { expect, waitUntil, scaled } from '../support/browser-testing.js';
import { emulateMedia } from '@web/test-runner-commands';
import { closeDemoPages, openDemoPage, shadowOf, typeInto } from './support/demo-page.js';

afterEach(closeDemoPages);

const ARTICLE = (number: number) => `charter-taroudant-participation-article-${number}`;

for (const lang of ['ar', 'fr'] as const) {
  describe(`the charter on the demo commune page (${lang})`, () => {
    it('shows the Taroudant charter; the table of contents, search and a deep link open articles; an association adheres', async function () {
      this.timeout(scaled(30_000));
      const page = await openDemoPage(lang, 800);
      const frameWindow = page.defaultView!;
      const charter = () => shadowOf(page, 'mocharaka-charter')!;
      await waitUntil(() => charter()?.querySelector('[part=toc]'), 'the charter never rendered', { timeout: 10_000 });
      // The element shows the text in the page's language once its messages are loaded.
      const title =
        lang === 'ar' ? 'ميثاق المشاركة المواطنة لجماعة تارودانت' : 'Charte de la participation citoyenne de la commune de Taroudant';
      await waitUntil(() => charter().querySelector('#charter-title')?.textContent?.trim() === title, `the title is not "${title}"`, {
        timeout: 10_000,
      });
      expect(charter().querySelectorAll('[part=document] article')).to.have.length(22);

      // The table of contents navigates to an article: the address names it, focus moves to it.
      const tocLink = charter().querySelector<HTMLAnchorElement>(`[part=toc] a[href="#${ARTICLE(14)}"]`)!;
      expect(tocLink.textContent).to.contain(lang === 'ar' ? 'العرائض' : 'pétitions');
      tocLink.click();
      await waitUntil(() => charter().activeElement?.id === ARTICLE(14), 'the table of contents did not open article 14');
      expect(frameWindow.location.hash).to.equal(`#${ARTICLE(14)}`);

      // Search reads Arabic as people type it: a haa for the taa marbuta finds "المشاركة".
      // A French reader searches the Arabic text with both languages side by side.
      if (lang === 'fr') {
        const reading = charter().querySelector<HTMLSelectElement>('#reading')!;
        reading.value = 'all';
        reading.dispatchEvent(new Event('change'));
        await waitUntil(() => charter().querySelector('#charter-title')!.textContent!.includes('تارودانت'), 'no side-by-side reading');
      }
      await typeInto(charter(), '#search', 'المشاركه');
      await waitUntil(() => charter().querySelectorAll('[part=document] mark').length > 0, 'no match marked');
      const marks = [...charter().querySelectorAll('[part=document] mark')].map((mark) => mark.textContent);
      expect(marks).to.include('المشاركة');
      expect(charter().querySelector('#search-count')!.textContent!.trim()).to.not.equal('');
      expect(charter().querySelectorAll('.results a').length).to.be.greaterThan(1);
      await typeInto(charter(), '#search', '');

      // A deep link in the page address opens its article.
      frameWindow.location.hash = `#${ARTICLE(7)}`;
      await waitUntil(() => charter().activeElement?.id === ARTICLE(7), 'the deep link did not open article 7');
      expect(charter().activeElement!.textContent).to.contain(lang === 'ar' ? 'الإخبار' : 'Information');

      // An association adheres (the element goes through core for any bot check the server asks for).
      // The adhesion form is loaded on demand.
      await waitUntil(() => charter().querySelector('#kind-association'), 'the adhesion form never showed', { timeout: 10_000 });
      charter().querySelector<HTMLInputElement>('#kind-association')!.click();
      await waitUntil(() => charter().querySelector('#registrationNumber'), 'no registration field for an association');
      await typeInto(charter(), '#name', `جمعية تيفاوين ${Math.floor(Math.random() * 1e6)}`);
      await typeInto(charter(), '#registrationNumber', '2019/148');
      await typeInto(charter(), '#city', 'تارودانت');
      await typeInto(charter(), '#contact', 'tifawin@example.ma');
      charter().querySelector<HTMLInputElement>('#consent')!.click();
      charter().querySelector<HTMLButtonElement>('[part=form] button[type=submit]')!.click();
      await waitUntil(() => charter().querySelector('#receipt'), 'no receipt', { timeout: 15_000 });
      expect(charter().querySelector('#receipt')!.textContent).to.match(/[0-9A-Z]{4}-[0-9A-Z]{4}/);
      expect(charter().querySelector('#failure')).to.be.null;
    });
  });
}

/** The demo page opened at a deep link, as a citizen following a shared link does. */
async function openDeepLink(lang: string, width: number, height: number, hash: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = 'demo deep link';
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/reference/?lang=${lang}${hash}`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

for (const [lang, width, height] of [
  ['ar', 360, 640],
  ['fr', 360, 640],
  ['ar', 1280, 800],
] as const) {
  describe(`a deep link to a charter article on the demo page, ${width} px wide (${lang})`, () => {
    it('lands with the article’s heading at the top once everything above it has loaded', async function () {
      this.timeout(scaled(30_000));
      const page = await openDeepLink(lang, width, height, `#${ARTICLE(12)}`);
      const heading = () => shadowOf(page, 'mocharaka-charter')?.querySelector<HTMLElement>(`#${ARTICLE(12)}-title`);
      const atTop = () => {
        const box = heading()?.getBoundingClientRect();
        return !!box && Math.abs(box.top) <= 8;
      };
      await waitUntil(atTop, 'article 12 did not land at the top of the viewport', { timeout: 15_000 });
      // Everything above the charter (ratings, petition, two consultations) renders its content, then the heading is still there.
      await waitUntil(
        () =>
          [...page.querySelectorAll('mocharaka-petition, mocharaka-consultation, mocharaka-satisfaction')].every((element) =>
            element.shadowRoot?.querySelector('[part~=base]'),
          ),
        'the elements above never rendered',
        { timeout: 15_000 },
      );
      await waitUntil(atTop, 'late content moved article 12 away', { timeout: 5_000 });
      expect(heading()!.textContent).to.contain(lang === 'ar' ? '12' : 'Article 12');
    });
  });
}

describe('printing the charter from the demo page (strict CSP, Trusted Types)', () => {
  it('prints a document holding only the charter, not the commune’s page nor its floating button', async function () {
    this.timeout(scaled(30_000));
    const page = await openDemoPage('fr', 800);
    const charter = () => shadowOf(page, 'mocharaka-charter')!;
    await waitUntil(() => charter()?.querySelector('[part=document]'), 'the charter never rendered', { timeout: 15_000 });
    await waitUntil(() => charter().querySelector('#charter-title')?.textContent?.includes('Taroudant'), 'the charter is not in French', {
      timeout: 10_000,
    });
    // Catch the print frame as it is added, before it is printed, and print nothing.
    const printed: Window[] = [];
    const observer = new MutationObserver(() => {
      const frame = charter().querySelector<HTMLIFrameElement>('iframe.print-frame');
      if (frame?.contentWindow && !printed.includes(frame.contentWindow)) {
        const view = frame.contentWindow;
        view.print = () => void printed.push(view);
      }
    });
    observer.observe(charter(), { childList: true });
    try {
      [...charter().querySelectorAll<HTMLButtonElement>('.tools button')]
        .find((button) => button.textContent!.includes('Imprimer'))!
        .click();
      await waitUntil(() => printed.length === 1, 'nothing was printed', { timeout: 10_000 });
    } finally {
      observer.disconnect();
    }
    await emulateMedia({ media: 'print' });
    try {
      const printedPage = printed[0]!.document;
      expect(printedPage.querySelectorAll('article')).to.have.length(22);
      expect(printedPage.querySelector('mocharaka-satisfaction, mocharaka-petition, mocharaka-consultation')).to.be.null;
      // The element's styles reached the printed document under the page's CSP: print-only lines show, controls do not.
      expect(printedPage.querySelector<HTMLElement>('.print-only')!.checkVisibility()).to.be.true;
      for (const control of printedPage.querySelectorAll('button')) expect(control.checkVisibility()).to.be.false;
      expect(printedPage.body.textContent).to.contain('Article 12');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
