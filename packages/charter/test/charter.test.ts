import { expect, fixture, html, oneEvent, waitUntil } from '../../../test/support/browser-testing.js';
import type { AdhesionInput, CharterBackend } from '@mocharaka/core';
import '../src/mocharaka-charter.js';
import type { MocharakaCharter } from '../src/charter.element.js';
import type { MocharakaCharterAdheredEvent } from '../src/charter.events.js';
import { toLatinDigits } from '@mocharaka/core';
import { findMatches, foldForSearch, latinDigit } from '../src/search.js';
import { CHARTER, CHARTER_V1, DRAFT } from './fixtures.js';

interface AdhereCall {
  charterId: string;
  adhesion: AdhesionInput;
  idempotencyKey: string;
}

function fakeBackend(charter = CHARTER) {
  const calls: AdhereCall[] = [];
  const versionReads: number[] = [];
  const backend: CharterBackend = {
    listCharters: async () => [],
    getCharter: async () => charter,
    getCharterVersion: async (_id, version) => {
      versionReads.push(version);
      return version === 1 ? CHARTER_V1 : CHARTER;
    },
    getCharterAdhesions: async () => ({
      counts: { associations: 1 + calls.filter((call) => call.adhesion.kind === 'association').length, citizens: 4 },
      items: [{ name: 'جمعية أصدقاء باب الزرقان', adheredAt: '2025-03-01T10:00:00Z' }],
    }),
    adhereToCharter: async (charterId, adhesion, { idempotencyKey }) => {
      calls.push({ charterId, adhesion, idempotencyKey });
      return { receipt: { reference: 'ADH-1A2B-3C4D-5E6F', kind: adhesion.kind, adheredAt: new Date().toISOString() } };
    },
  };
  return { backend, calls, versionReads };
}

const $ = <E extends Element = HTMLElement>(element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<E>(selector)!;
const $$ = (element: HTMLElement, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const active = (element: HTMLElement) => element.shadowRoot!.activeElement as HTMLElement | null;
const articleId = (n: number) => `charter-taroudant-participation-article-${n}`;

async function renderCharter(lang: 'ar' | 'fr', backend: CharterBackend) {
  const element = await fixture<MocharakaCharter>(
    html`<mocharaka-charter lang=${lang} charter="taroudant-participation" .backend=${backend}></mocharaka-charter>`,
  );
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector('[part=document]'), 'the charter never appeared');
  await waitUntil(() => element.shadowRoot!.querySelector('[part=form]'), 'the adhesion form never appeared');
  return element;
}

/** Types a search, then waits for its count: the search's code is a chunk of its own, which may still be on its way. */
async function search(element: MocharakaCharter, query: string) {
  const input = $<HTMLInputElement>(element, '#search');
  input.value = query;
  input.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
  const count = $(element, '#search-count');
  await waitUntil(() => !/جارٍ التحميل|Chargement/.test(count.textContent!), 'the search never answered');
}

async function type(element: MocharakaCharter, selector: string, value: string) {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
}

const inViewport = (element: HTMLElement) => {
  const box = element.getBoundingClientRect();
  return box.top >= -2 && box.top < window.innerHeight / 2;
};

afterEach(() => {
  history.replaceState(null, '', location.pathname + location.search);
  localStorage.clear();
});

describe('Arabic-aware search', () => {
  it('ignores tashkeel and tatweel, folds hamza forms, taa marbuta and alef maqsura', () => {
    expect(foldForSearch('مُشارَكة')).to.equal(foldForSearch('المشاركه').slice(2));
    expect(findMatches('في دولة إسلامية ذات سيادة', 'اسلامية')).to.deep.equal([[8, 15]]);
    expect(findMatches('المشـــاركة', 'المشاركه')).to.have.length(1);
    expect(findMatches('مستشفى', 'مستشفي')).to.have.length(1);
    expect(findMatches('المسؤولية والمسئولية', 'المسوولية')).to.have.length(1);
    expect(findMatches('État souverain', 'etat')).to.deep.equal([[0, 4]]);
    expect(findMatches('abc', '   ')).to.deep.equal([]);
  });

  it('finds Latin digits typed on an Arabic keyboard, and the other way round', () => {
    expect(findMatches('القانون التنظيمي رقم 113.14 المتعلق بالجماعات', '١١٣٫١٤')).to.deep.equal([[21, 27]]);
    expect(findMatches('المادة ١٢', '12')).to.deep.equal([[7, 9]]);
    expect(findMatches('loi n° 113.14', '۱۱۳')).to.deep.equal([[7, 10]]);
  });

  it('reads every Arabic-Indic and Persian digit as core’s toLatinDigits does', () => {
    for (let code = 0x600; code <= 0x6ff; code++) {
      const char = String.fromCharCode(code);
      const core = toLatinDigits(char);
      expect(latinDigit(char)).to.equal(/^[0-9]$/.test(core) ? core : undefined, `U+${code.toString(16)}`);
    }
  });
});

for (const lang of ['ar', 'fr'] as const) {
  const words = {
    ar: {
      toc: 'الفهرس',
      article7: 'المادة 7',
      adopted: 'الدورة العادية لشهر فبراير 2025',
      problem: 'هناك مشكلة',
      thanks: 'شكرا',
      copied: 'تم نسخ الرابط',
      added: 'المواد المضافة',
      dir: 'rtl',
    },
    fr: {
      toc: 'Sommaire',
      article7: 'Article 7',
      adopted: 'session ordinaire de février 2025',
      problem: 'Il y a un problème',
      thanks: 'Merci',
      copied: 'Lien copié',
      added: 'Articles ajoutés',
      dir: 'ltr',
    },
  }[lang];

  describe(`<mocharaka-charter> in ${lang}`, () => {
    it('renders the structured charter: headings, a TOC nav, the life cycle, events', async () => {
      const { backend } = fakeBackend();
      const loaded: unknown[] = [];
      const element = await fixture<MocharakaCharter>(
        html`<mocharaka-charter lang=${lang} charter="taroudant-participation" .backend=${backend}
          @mocharaka-loaded=${(event: CustomEvent) => loaded.push(event.detail)}></mocharaka-charter>`,
      );
      await waitUntil(() => loaded.length === 1, 'no mocharaka-loaded event');
      expect(loaded[0]).to.deep.equal({ resource: 'charter', id: 'taroudant-participation' });
      await element.localeLoaded();
      await waitUntil(() => element.shadowRoot!.querySelector('[part=form]'));
      expect($(element, '[part=base]').getAttribute('dir')).to.equal(words.dir);
      const nav = $(element, 'nav[part=toc]');
      expect($(element, `#${nav.getAttribute('aria-labelledby')}`).textContent).to.equal(words.toc);
      expect(nav.querySelectorAll('a')).to.have.length(12);
      expect($$(element, 'h2')).to.have.length(1);
      expect($$(element, 'article')).to.have.length(12);
      expect($$(element, 'article h5')).to.have.length(10);
      expect(text(element)).to.contain(words.adopted);
      expect($(element, 'a[href^="https://forms.gle/"]')).to.exist;
      expect($$(element, 'dl dt').length).to.be.greaterThan(2);
      expect(text(element)).to.not.contain('<');
      await expect(element).to.be.accessible();
    });

    it('the TOC opens and focuses an article and puts its link in the address', async () => {
      const element = await renderCharter(lang, fakeBackend().backend);
      const link = $$(element, 'nav a').find((a) => a.getAttribute('href') === `#${articleId(7)}`)!;
      expect(link.textContent).to.contain(words.article7);
      link.click();
      await waitUntil(() => active(element)?.id === articleId(7), 'article 7 did not take focus');
      expect(location.hash).to.equal(`#${articleId(7)}`);
      expect($(element, `#${articleId(7)}`).classList.contains('target')).to.be.true;
      await waitUntil(() => inViewport($(element, `#${articleId(7)}`)), 'article 7 was not scrolled to');
      await expect(element).to.be.accessible();
    });

    it('a deep link in the page address opens the article, on load and on hashchange', async () => {
      history.replaceState(null, '', `#${articleId(9)}`);
      const element = await renderCharter(lang, fakeBackend().backend);
      await waitUntil(() => active(element)?.id === articleId(9), 'article 9 did not open on load');
      await waitUntil(() => inViewport($(element, `#${articleId(9)}`)));
      location.hash = `#${articleId(12)}`;
      await waitUntil(() => active(element)?.id === articleId(12), 'article 12 did not open on hashchange');
      location.hash = '#charter-another-charter-article-3';
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(active(element)?.id).to.equal(articleId(12));
    });

    it('search finds Arabic variants with and without tashkeel, marks them and announces the count', async () => {
      const element = await renderCharter(lang, fakeBackend().backend);
      if (lang === 'fr') {
        await search(element, 'etat');
        expect($$(element, 'mark').map((mark) => mark.textContent)).to.deep.equal(['État']);
        $<HTMLSelectElement>(element, '#reading').value = 'ar';
        $(element, '#reading').dispatchEvent(new Event('change'));
        await element.updateComplete;
      }
      await search(element, 'المشاركه');
      const marks = $$(element, '[part=document] mark').map((mark) => mark.textContent);
      expect(marks).to.include('المُشارَكة');
      // The marks' colour comes with the search's chunk.
      expect(getComputedStyle($(element, '[part=document] mark')).backgroundColor).to.equal('rgb(255, 226, 122)');
      const status = $(element, '#search-count');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.match(/1/);
      await search(element, 'اسلامية');
      expect($$(element, 'mark').map((mark) => mark.textContent)).to.deep.equal(['إسلامية']);
      await search(element, 'المُشارَكَة');
      expect($$(element, '[part=document] mark').map((mark) => mark.textContent)).to.include('المُشارَكة');
      await search(element, 'الاخبار');
      expect($$(element, '[part=document] mark')).to.have.length(10);
      expect($$(element, 'ul.results a')).to.have.length(10);
      expect(element.shadowRoot!.innerHTML).to.not.contain('&lt;mark');
      await expect(element).to.be.accessible();
      await search(element, 'zzzz');
      expect($$(element, 'mark')).to.have.length(0);
      expect(status.textContent!.trim()).to.not.equal('');
    });

    it('switching the document language keeps the reader at the same article', async () => {
      const element = await renderCharter(lang, fakeBackend().backend);
      await element.openArticle(8);
      await waitUntil(() => inViewport($(element, `#${articleId(8)}`)));
      const other = lang === 'ar' ? 'fr' : 'ar';
      const select = $<HTMLSelectElement>(element, '#reading');
      select.value = other;
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      await waitUntil(() => inViewport($(element, `#${articleId(8)}`)), 'the reader lost article 8');
      expect($(element, `#${articleId(8)} [lang]`).getAttribute('lang')).to.equal(other);
      select.value = 'all';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      await waitUntil(() => inViewport($(element, `#${articleId(8)}`)));
      expect(element.shadowRoot!.querySelectorAll(`#${articleId(8)} .columns > div`)).to.have.length(3);
      expect($(element, `#${articleId(8)} .columns > div[lang=zgh]`).getAttribute('dir')).to.equal('ltr');
      await expect(element).to.be.accessible();
    });

    it('has print styles: no chrome, a header with version and adoption date', async () => {
      const element = await renderCharter(lang, fakeBackend().backend);
      const sheets = element.shadowRoot!.adoptedStyleSheets;
      const css = sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      expect(css).to.contain('@media print');
      const print = [...sheets.flatMap((sheet) => [...sheet.cssRules])].find(
        (rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print',
      )!;
      expect(print.cssText).to.contain('nav');
      expect(print.cssText).to.contain('.print-only');
      expect($(element, '.print-only').textContent).to.contain(words.adopted);
      expect(element.shadowRoot!.querySelector('[style]')).to.be.null;
    });

    it('copy link: a visible confirmation, or the link selected for copying by hand', async () => {
      const element = await renderCharter(lang, fakeBackend().backend);
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      const written: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void written.push(value) },
      });
      try {
        $(element, `#${articleId(12)} button.link`).click();
        await waitUntil(() => written.length === 1);
        await element.updateComplete;
        expect(written[0]).to.match(new RegExp(`#${articleId(12)}$`));
        expect($(element, `#${articleId(12)}`).textContent).to.contain(words.copied);
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: () => Promise.reject(new Error('denied')) },
        });
        $(element, `#${articleId(3)} button.link`).click();
        await waitUntil(() => active(element)?.id === 'link-fallback');
        const input = $<HTMLInputElement>(element, '#link-fallback');
        expect(input.value).to.match(new RegExp(`#${articleId(3)}$`));
        expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
        await expect(element).to.be.accessible();
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
    });

    it('versions: compares two versions article by article', async () => {
      const { backend, versionReads } = fakeBackend();
      const element = await renderCharter(lang, backend);
      await waitUntil(() => $$(element, '[part=versions] > ol > li').length === 2, 'no versions shown');
      $(element, '[part=versions] form button').click();
      await waitUntil(() => element.shadowRoot!.querySelector('#comparison h5'), 'no changes shown');
      expect(versionReads.sort()).to.deep.equal([1, 2]);
      const comparison = $(element, '#comparison');
      expect(active(element)).to.equal(comparison);
      const lists = [...comparison.querySelectorAll('ul')].map((list) => list.textContent!.replace(/\s+/g, ' '));
      expect(comparison.textContent).to.contain(words.added);
      expect(lists).to.have.length(3);
      expect(lists[0]).to.contain(lang === 'ar' ? 'المستوى 11' : 'Niveau 11');
      expect(lists[1]).to.contain(lang === 'ar' ? 'المسودة' : 'Projet');
      expect(lists[2]).to.contain(lang === 'ar' ? 'التزامات الجماعة' : 'Engagements de la commune');
      await expect(element).to.be.accessible();
    });

    it('adhesion: validation with a focused summary, then a submit with an idempotency key', async () => {
      const { backend, calls } = fakeBackend();
      const element = await renderCharter(lang, backend);
      expect(text(element)).to.contain('جمعية أصدقاء باب الزرقان');
      $(element, '[part=form] button[type=submit]').click();
      await waitUntil(() => active(element)?.id === 'error-summary', 'the summary did not take focus');
      expect(text(element)).to.contain(words.problem);
      expect($$(element, '#error-summary li')).to.have.length(4);
      await expect(element).to.be.accessible();

      $(element, '#kind-association').click();
      await element.updateComplete;
      expect($$(element, '#error-summary li')).to.have.length(5);
      expect($(element, '#registrationNumber').getAttribute('aria-describedby')).to.equal(
        'registrationNumber-hint registrationNumber-error',
      );
      await type(element, '#name', '  جمعية تيفاوين  ');
      await type(element, '#registrationNumber', '2019/148');
      await type(element, '#city', 'تارودانت');
      await type(element, '#contact', 'not a contact');
      $(element, '[part=form] button[type=submit]').click();
      await element.updateComplete;
      expect($(element, '#contact').getAttribute('aria-invalid')).to.equal('true');
      expect(calls).to.have.length(0);
      await type(element, '#contact', 'tifawin@example.ma');
      $(element, '#consent').click();
      const adhered = oneEvent(element, 'mocharaka-charter-adhered') as Promise<MocharakaCharterAdheredEvent>;
      $(element, '[part=form] button[type=submit]').click();
      const event = await adhered;
      expect(event.detail).to.include({ charterId: 'taroudant-participation', kind: 'association', reference: 'ADH-1A2B-3C4D-5E6F' });
      expect(calls).to.have.length(1);
      expect(calls[0]!.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
      expect(calls[0]!.adhesion).to.deep.equal({
        kind: 'association',
        name: 'جمعية تيفاوين',
        contact: 'tifawin@example.ma',
        consent: true,
        registrationNumber: '2019/148',
        city: 'تارودانت',
      });
      await waitUntil(() => active(element)?.id === 'receipt');
      expect(text(element)).to.contain(words.thanks);
      await waitUntil(() => text(element).includes(': 2'));
      await expect(element).to.be.accessible();
    });

    it('a charter in consultation links to the consultation and takes no adhesion', async () => {
      const element = await fixture<MocharakaCharter>(
        html`<mocharaka-charter lang=${lang} charter="taroudant-participation" .backend=${fakeBackend(DRAFT).backend}></mocharaka-charter>`,
      );
      await element.localeLoaded();
      await waitUntil(() => element.shadowRoot!.querySelector('[part=document]'));
      expect(element.shadowRoot!.querySelector('[part=form]')).to.be.null;
      expect(text(element)).to.contain('2099');
      expect($(element, 'a[href^="https://forms.gle/"]').textContent).to.contain(lang === 'ar' ? 'أبد رأيك' : 'Donnez votre avis');
      await expect(element).to.be.accessible();
    });
  });
}

describe('<mocharaka-charter> configuration', () => {
  it('says what is missing instead of showing a blank box', async () => {
    const element = await fixture<MocharakaCharter>(html`<mocharaka-charter lang="fr"></mocharaka-charter>`);
    await element.localeLoaded();
    // A configuration mistake's text is downloaded when a page first has one (core's rare notices).
    await waitUntil(() => element.shadowRoot!.querySelector('[part=config-error]'), 'no configuration error');
    expect($(element, '[part=config-error]').textContent).to.contain('charter');
    await expect(element).to.be.accessible();
  });

  it('reads a static JSON file given as src, read only', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(CHARTER)], { type: 'application/json' }));
    const element = await fixture<MocharakaCharter>(html`<mocharaka-charter lang="ar" src=${url}></mocharaka-charter>`);
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('[part=document]'));
    expect($$(element, 'article')).to.have.length(12);
    expect(element.shadowRoot!.querySelector('[part=form]')).to.be.null;
    const bad = URL.createObjectURL(new Blob(['{"id":"x"}'], { type: 'application/json' }));
    element.src = bad;
    await waitUntil(() => element.shadowRoot!.querySelector('[role=alert]'));
    expect($(element, '[role=alert]').textContent).to.contain('src');
  });
});
