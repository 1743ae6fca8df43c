import { expect, waitUntil } from '../support/browser-testing.js';
import { closeDemoPages, layoutSettled, openDemoPage, shadowOf as meter } from './support/demo-page.js';

afterEach(closeDemoPages);

describe('the demo commune page', () => {
  it('is Arabic and right to left by default, and a citizen rates the civil-status office', async () => {
    const page = await openDemoPage('ar');
    expect(page.documentElement.lang).to.equal('ar');
    expect(page.documentElement.dir).to.equal('rtl');
    const inline = 'mocharaka-satisfaction[service=civil-status]';
    await waitUntil(() => meter(page, inline)?.querySelector('.faces'), 'the meter never rendered', { timeout: 10000 });
    expect(meter(page, inline)!.textContent).to.contain('الحالة المدنية');

    const before = await (await fetch('/v1/services/civil-status/summary', { cache: 'no-store' })).json();
    meter(page, inline)!.querySelector<HTMLButtonElement>('#level-4')!.click();
    await waitUntil(() => meter(page, inline)!.querySelector('#details-title'), 'no details step', { timeout: 10000 });
    meter(page, inline)!.querySelector<HTMLButtonElement>('.actions .secondary')!.click();
    await waitUntil(() => meter(page, inline)!.querySelector('#thanks'));
    expect(meter(page, inline)!.textContent).to.contain('شكرا');
    await waitUntil(async () => {
      const after = await (await fetch('/v1/services/civil-status/summary', { cache: 'no-store' })).json();
      return after.count === before.count + 1;
    }, 'the rating never reached the database');
  });

  it('follows the language switch, and shows public scores and the floating button', async () => {
    const page = await openDemoPage('fr');
    expect(page.documentElement.lang).to.equal('fr');
    expect(page.documentElement.dir).to.equal('ltr');
    const results = 'mocharaka-satisfaction[mode=results]';
    await waitUntil(() => meter(page, results)?.querySelector('[part=results] table'), 'no scoreboard', { timeout: 10000 });
    expect(meter(page, results)!.textContent).to.contain('Répartition des évaluations');
    await waitUntil(() => meter(page, 'mocharaka-satisfaction[mode=button]')?.querySelector('[part=trigger]'));
    expect(meter(page, 'mocharaka-satisfaction[mode=button]')!.querySelector('[part=trigger]')!.textContent).to.contain(
      'Donnez votre avis',
    );
    const languages = [...page.querySelectorAll<HTMLAnchorElement>('a[hreflang]')].map((link) => link.getAttribute('href'));
    expect(languages).to.deep.equal(['/?lang=ar', '/?lang=fr', '/?lang=zgh', '/?lang=en']);
  });
});

describe('the demo commune page on a 320 px phone', () => {
  for (const lang of ['ar', 'fr']) {
    it(`shows every element without horizontal scrolling (${lang})`, async () => {
      const page = await openDemoPage(lang, 320);
      const tags = [
        'mocharaka-petition',
        'mocharaka-consultation',
        'mocharaka-charter',
        'mocharaka-satisfaction[mode=results]',
        'mocharaka-suggestions',
      ];
      await waitUntil(() => tags.every((tag) => meter(page, tag)?.querySelector('[part~=base]')), 'not every element rendered', {
        timeout: 15000,
      });
      await layoutSettled(page, tags);
      const view = page.defaultView!;
      const overflowing: string[] = [];
      const visit = (root: Document | ShadowRoot, path: string) => {
        for (const element of root.querySelectorAll<HTMLElement>('*')) {
          const box = element.getBoundingClientRect();
          const name = `${path}${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`;
          if (box.width > 0 && (box.right > view.innerWidth + 1 || box.left < -1)) overflowing.push(name);
          if (element.shadowRoot) visit(element.shadowRoot, `${name} > `);
        }
      };
      visit(page, '');
      expect(overflowing.slice(0, 12).join(' | '), 'elements wider than the phone').to.equal('');
      expect(page.documentElement.scrollWidth).to.be.at.most(view.innerWidth);
    });
  }
});
