import { expect, waitUntil } from '../../../test/support/browser-testing.js';
import { setViewport } from '@web/test-runner-commands';
import type { SatisfactionBackend, Service } from '@mocharaka/core';
import '../src/mocharaka-satisfaction.js';
import type { MocharakaSatisfaction } from '../src/satisfaction.element.js';

const SERVICE: Service = {
  id: 'civil-status',
  name: { ar: 'الحالة المدنية', fr: 'État civil', en: 'Civil status' },
  tags: [],
} as unknown as Service;
const backend = {
  listServices: async () => [SERVICE],
  getService: async () => SERVICE,
} as unknown as SatisfactionBackend;

const LOCALES = ['ar', 'fr', 'zgh', 'en'] as const;
const WIDTHS = [360, 375, 390, 414];

async function meter(lang: string, mode = 'inline', container: HTMLElement = document.body) {
  const element = document.createElement('mocharaka-satisfaction');
  Object.assign(element, { lang, mode, service: 'civil-status', backend });
  container.append(element);
  await element.localeLoaded();
  if (mode !== 'button') await waitUntil(() => element.shadowRoot!.querySelector('.faces'), 'the faces never appeared');
  return element;
}

/** Each face's label lies inside its button, and each button inside the element. */
function assertLabelsFit(element: MocharakaSatisfaction, where: string) {
  const box = element.getBoundingClientRect();
  for (const button of element.shadowRoot!.querySelectorAll<HTMLElement>('.face-button')) {
    const label = button.querySelector('span')!;
    const inner = button.getBoundingClientRect();
    const text = label.getBoundingClientRect();
    const name = `${where}, "${label.textContent}"`;
    expect(button.scrollWidth, `${name} overflows its button`).to.be.at.most(button.clientWidth + 1);
    expect(text.left, `${name} starts outside`).to.be.at.least(inner.left - 1);
    expect(text.right, `${name} ends outside`).to.be.at.most(inner.right + 1);
    expect(inner.right, `${name}: button outside the element`).to.be.at.most(box.right + 1);
    expect(inner.left, `${name}: button outside the element`).to.be.at.least(box.left - 1);
  }
}

describe('<mocharaka-satisfaction> face labels', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of WIDTHS) {
    it(`fit at ${width} px in every locale, inline and kiosk`, async () => {
      await setViewport({ width, height: 800 });
      for (const lang of LOCALES) {
        for (const mode of ['inline', 'kiosk']) {
          const element = await meter(lang, mode);
          assertLabelsFit(element, `${width} px ${lang} ${mode}`);
          element.remove();
        }
      }
    });
  }

  it('follow the element’s own width: a 360 px column on a wide screen stacks them too', async () => {
    await setViewport({ width: 1280, height: 800 });
    const column = document.createElement('div');
    column.style.inlineSize = '360px';
    document.body.append(column);
    try {
      for (const lang of LOCALES) {
        const element = await meter(lang, 'inline', column);
        assertLabelsFit(element, `360 px column ${lang}`);
        const buttons = [...element.shadowRoot!.querySelectorAll('.face-button')].map((b) => b.getBoundingClientRect().top);
        expect(new Set(buttons).size, 'faces side by side in a narrow column').to.equal(5);
        element.remove();
      }
    } finally {
      column.remove();
    }
  });

  it('show “satisfied” and “very satisfied” with different faces', async () => {
    const element = await meter('fr');
    const svg = (level: number) => element.shadowRoot!.querySelector(`#level-${level} svg`)!.innerHTML.replace(/<!--.*?-->/g, '');
    expect(svg(5)).not.to.equal(svg(4));
    expect(element.shadowRoot!.querySelector('#level-5 .open')).to.exist;
    element.remove();
  });
});

describe('<mocharaka-satisfaction> floating button', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height, what] of [
    [360, 640, '360 px phone'],
    [320, 568, '320 px phone'],
    [320, 180, '1280 × 720 at 400 % zoom'],
  ] as const) {
    it(`never covers the focused control (${what})`, async () => {
      await setViewport({ width, height });
      const page = document.createElement('form');
      for (let index = 0; index < 12; index++) {
        const input = document.createElement(index % 3 === 2 ? 'a' : 'input');
        if (input instanceof HTMLAnchorElement) {
          input.href = '#';
          input.textContent = `Link ${index}`;
        } else {
          input.setAttribute('aria-label', `Field ${index}`);
        }
        input.style.display = 'block';
        input.style.inlineSize = '100%';
        input.style.marginBlock = '40px';
        page.append(input);
      }
      document.body.append(page);
      const element = await meter('fr', 'button');
      await waitUntil(() => element.shadowRoot!.querySelector('[part=trigger]'));
      const trigger = element.shadowRoot!.querySelector<HTMLElement>('[part=trigger]')!;
      try {
        for (const control of page.querySelectorAll<HTMLElement>('input, a')) {
          control.focus();
          control.scrollIntoView({ block: 'end' });
          await new Promise(requestAnimationFrame);
          await new Promise(requestAnimationFrame);
          const a = control.getBoundingClientRect();
          const b = trigger.getBoundingClientRect();
          const covered =
            getComputedStyle(trigger).visibility !== 'hidden' &&
            a.left < b.right &&
            b.left < a.right &&
            a.top < b.bottom &&
            b.top < a.bottom;
          expect(covered, `${control.getAttribute('aria-label') ?? control.textContent} is covered`).to.equal(false);
        }
        page.querySelector<HTMLElement>('input')!.blur();
        trigger.focus();
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
        expect(getComputedStyle(trigger).visibility).to.equal('visible');
      } finally {
        page.remove();
        element.remove();
      }
    });
  }
});
