import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/mocharaka-charter.js';
import type { MocharakaCharter } from '../src/charter.element.js';
import { printer } from '../src/charter-print.js';
import { readOnlyCharterBackend } from './fixtures.js';

const backend = readOnlyCharterBackend({ associations: 2, citizens: 5 });

/** A commune's page: a header, the charter, a floating button. */
async function hostPage(lang: 'ar' | 'fr') {
  const page = await fixture<HTMLElement>(html`<div>
    <h1>Commune host page</h1>
    <p>News of the commune, eleven pages of it.</p>
    <mocharaka-charter lang=${lang} charter="taroudant-participation" .backend=${backend}></mocharaka-charter>
    <button class="floating" type="button">Give your opinion</button>
  </div>`);
  const element = page.querySelector<MocharakaCharter>('mocharaka-charter')!;
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector('[part=form]'), 'the charter never appeared');
  return element;
}

let printed: Window[] = [];
const realPrint = printer.print;
beforeEach(() => {
  printed = [];
  printer.print = (view) => void printed.push(view);
});
afterEach(async () => {
  printer.print = realPrint;
  await emulateMedia({ media: 'screen' });
});

/** What a printed page shows: the text of every element rendered, in document order. */
function visibleText(page: Document) {
  const walker = page.createTreeWalker(page.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.checkVisibility() && node.textContent!.trim()) parts.push(node.textContent!.trim());
  }
  return parts.join(' ');
}

async function print(element: MocharakaCharter) {
  const button = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')].find((one) =>
    /Print|Imprimer|طباعة/.test(one.textContent!),
  )!;
  button.click();
  await waitUntil(() => printed.length === 1, 'the print button printed nothing');
  return printed[0]!.document;
}

for (const lang of ['ar', 'fr'] as const) {
  describe(`printing the charter (${lang})`, () => {
    it('prints only the charter in the language shown, with a print layout: not the host page', async () => {
      const element = await hostPage(lang);
      const page = await print(element);
      await emulateMedia({ media: 'print' });
      const shown = visibleText(page);
      expect(shown).to.not.contain('Commune host page');
      expect(shown).to.not.contain('Give your opinion');
      expect(page.querySelectorAll('article')).to.have.length(12);
      expect(shown).to.contain(lang === 'ar' ? 'الديباجة' : 'Préambule');
      expect(shown).to.not.contain(lang === 'ar' ? 'Préambule' : 'الديباجة');
      // The version and adoption, shown only in print.
      expect(shown).to.contain(lang === 'ar' ? 'الدورة العادية لشهر فبراير 2025' : 'session ordinaire de février 2025');
      // No controls: buttons, search, forms, table of contents.
      for (const control of page.querySelectorAll('button, input, select, form, nav')) expect(control.checkVisibility()).to.be.false;
      // The language's own comma between a version and its date.
      expect(element.shadowRoot!.querySelector('dl.meta')!.textContent!.replace(/\s+/g, ' ')).to.match(
        lang === 'ar' ? /النسخة \d+، / : /Version \d+, /,
      );
      expect(page.documentElement.lang).to.equal(lang);
      expect(page.documentElement.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(page.querySelector('[style]')).to.be.null;
      // The frame itself takes no room and no focus on the page.
      const frame = element.shadowRoot!.querySelector('iframe.print-frame')!;
      expect(frame.getBoundingClientRect().width).to.equal(0);
      expect(frame.getAttribute('tabindex')).to.equal('-1');
      await expect(element).to.be.accessible();
    });

    it('prints every language side by side when the reader chose so', async () => {
      const element = await hostPage(lang);
      const select = element.shadowRoot!.querySelector<HTMLSelectElement>('#reading')!;
      select.value = 'all';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      const page = await print(element);
      await emulateMedia({ media: 'print' });
      const shown = visibleText(page);
      for (const title of ['الديباجة', 'Préambule', 'ⴰⵣⵡⵉⵔ']) expect(shown).to.contain(title);
      expect(page.querySelectorAll('article .columns > [lang]')).to.have.length(36);
    });
  });
}
