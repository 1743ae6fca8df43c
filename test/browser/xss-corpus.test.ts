import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SatisfactionBackend, Service } from '@mocharaka/core';
import '../../packages/satisfaction/src/mocharaka-satisfaction.js';

/**
 * Every text an admin or a citizen can write goes through the elements with classic
 * XSS payloads: no script may run and no element may be injected.
 */
export const XSS_PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"></svg>',
  '"><iframe srcdoc="<script>parent.__xss = 4</script>">',
  "javascript:window.__xss = 5",
  '<a href="javascript:window.__xss = 6">x</a>',
  '{{constructor.constructor("window.__xss = 7")()}}',
  '${window.__xss = 8}',
  '<style>*{display:none}</style>',
  '\u202E<b onclick="window.__xss = 9">x</b>',
];

function hostileBackend(): SatisfactionBackend {
  const services: Service[] = XSS_PAYLOADS.map((payload, index) => ({
    id: `service-${index}`,
    name: { ar: payload, fr: payload },
    description: { ar: payload },
    tags: [
      { id: `good-${index}`, kind: 'positive', label: { ar: payload, fr: payload } },
      { id: `bad-${index}`, kind: 'negative', label: { ar: payload, fr: payload } },
    ],
  }));
  return {
    listServices: async () => services,
    getService: async (id) => services.find((service) => service.id === id)!,
    rateService: async (serviceId, rating) => ({ id: '1', serviceId, level: rating.level, createdAt: new Date().toISOString() }),
    addRatingDetails: async (serviceId) => ({ id: '1', serviceId, level: 1, createdAt: new Date().toISOString() }),
    getServiceSummary: async (serviceId) => ({
      serviceId, count: 40, mean: 3, distribution: { 1: 8, 2: 8, 3: 8, 4: 8, 5: 8 }, satisfactionScore: 0.4, significant: true,
      trend: [{ month: '2026-10', count: 40, mean: 3, satisfactionScore: 0.4 }],
      topTags: [{ tagId: `good-${serviceId.split('-')[1]}`, count: 5 }],
    }),
  };
}

function assertInert(root: ShadowRoot) {
  expect(root.querySelectorAll('script, img, iframe, style:not([data-lit]), b, a[href^="javascript"]')).to.have.length(0);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) expect(attribute.name.startsWith('on'), `${element.localName}[${attribute.name}]`).to.be.false;
  }
  expect((window as { __xss?: number }).__xss).to.equal(undefined);
}

describe('XSS corpus through <mocharaka-satisfaction>', () => {
  for (const mode of ['inline', 'results']) {
    it(`renders hostile service names, descriptions and tags as text (${mode})`, async () => {
      const element = await fixture<HTMLElement & { localeLoaded(): Promise<void> }>(
        html`<mocharaka-satisfaction lang="fr" mode=${mode} .backend=${hostileBackend()}></mocharaka-satisfaction>`,
      );
      await element.localeLoaded();
      const root = element.shadowRoot!;
      await waitUntil(() => root.querySelector('.services, [part=results]'));
      assertInert(root);
      for (const payload of XSS_PAYLOADS) expect(root.textContent).to.contain(payload);
      if (mode === 'inline') {
        root.querySelector<HTMLButtonElement>('.services button')!.click();
        await waitUntil(() => root.querySelector('.faces'));
        root.querySelector<HTMLButtonElement>('#level-1')!.click();
        await waitUntil(() => root.querySelector('.tags'));
        assertInert(root);
        const comment = root.querySelector('textarea')!;
        comment.value = XSS_PAYLOADS.join(' ');
        comment.dispatchEvent(new InputEvent('input'));
        root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        await waitUntil(() => root.querySelector('#thanks'));
        assertInert(root);
      }
    });
  }
});
