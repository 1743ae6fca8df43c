import { expect, fixture, html, waitUntil, oneEvent } from '../../../test/support/browser-testing.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  ApiError,
  type RatingDetailsInput,
  type RatingInput,
  type RatingReceipt,
  type SatisfactionBackend,
  type Service,
} from '@mocharaka/core';
import { brokenWords } from '../../../test/support/broken-words.js';
import '../src/mocharaka-satisfaction.js';
import type { MocharakaSatisfaction } from '../src/satisfaction.element.js';

const CIVIL_STATUS: Service = {
  id: 'civil-status',
  name: { ar: 'مكتب الحالة المدنية', fr: 'Bureau de l’état civil', en: 'Civil status office' },
  tags: [
    { id: 'short-wait', kind: 'positive', label: { ar: 'انتظار قصير', fr: 'Attente courte' } },
    { id: 'courtesy', kind: 'positive', label: { ar: 'لباقة الموظفين', fr: 'Courtoisie du personnel' } },
    { id: 'long-wait', kind: 'negative', label: { ar: 'انتظار طويل', fr: 'Longue attente' } },
  ],
};
const LEGALISATION: Service = { id: 'signature-legalisation', name: { ar: 'تصحيح الإمضاء', fr: 'Légalisation de signature' } };

interface RateCall {
  serviceId: string;
  rating: RatingInput;
  idempotencyKey: string;
}
interface DetailsCall {
  serviceId: string;
  details: RatingDetailsInput;
}

function fakeBackend(overrides: Partial<SatisfactionBackend> = {}) {
  const calls: RateCall[] = [];
  const detailsCalls: DetailsCall[] = [];
  const backend: SatisfactionBackend = {
    listServices: async () => [CIVIL_STATUS, LEGALISATION],
    getService: async (id) => (id === LEGALISATION.id ? LEGALISATION : CIVIL_STATUS),
    addRatingDetails: async (serviceId, details) => {
      detailsCalls.push({ serviceId, details });
      return { id: 'r1', serviceId, level: 4, createdAt: new Date().toISOString() };
    },
    rateService: async (serviceId, rating, { idempotencyKey }) => {
      calls.push({ serviceId, rating, idempotencyKey });
      return { id: `r${calls.length}`, serviceId, level: rating.level, createdAt: new Date().toISOString() };
    },
    getServiceSummary: async () => ({ serviceId: 'civil-status', count: 0, mean: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } }),
    ...overrides,
  };
  return { backend, calls, detailsCalls };
}

async function renderMeter(lang: 'ar' | 'fr', backend: SatisfactionBackend) {
  const element = await fixture<MocharakaSatisfaction>(
    html`<mocharaka-satisfaction lang=${lang} service="civil-status" .backend=${backend}></mocharaka-satisfaction>`,
  );
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector('.faces, [role=alert]'), 'the faces never appeared');
  return element;
}

const $ = <E extends Element = HTMLElement>(element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<E>(selector)!;
const text = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function tapFace(element: MocharakaSatisfaction, level: number) {
  $(element, `#level-${level}`).click();
  await element.updateComplete;
}

async function typeComment(element: MocharakaSatisfaction, comment: string) {
  const textarea = $<HTMLTextAreaElement>(element, '#comment');
  textarea.value = comment;
  textarea.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
}

beforeEach(() => localStorage.clear());

describe('<mocharaka-satisfaction> in Arabic', () => {
  it('asks about the service right to left with five labelled faces', async () => {
    const element = await renderMeter('ar', fakeBackend().backend);
    expect($(element, '[part=base]').getAttribute('dir')).to.equal('rtl');
    expect(text(element)).to.contain('ما مدى رضاك عن مكتب الحالة المدنية');
    expect(text(element)).to.contain('راضٍ جدا');
    expect(element.shadowRoot!.querySelectorAll('button[part=level]')).to.have.length(5);
    await expect(element).to.be.accessible();
  });

  it('counts the rating at the first tap, then offers what went well', async () => {
    const { backend, calls } = fakeBackend();
    const element = await renderMeter('ar', backend);
    await tapFace(element, 5);
    await waitUntil(() => calls.length === 1);
    expect(calls[0].rating).to.include({ level: 5, channel: 'web' });
    expect(calls[0].idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(text(element)).to.contain('ما الذي كان جيدا');
    expect(text(element)).to.contain('انتظار قصير');
    expect(text(element)).not.to.contain('انتظار طويل');
    await expect(element).to.be.accessible();
  });

  it('can be rated with the keyboard only', async () => {
    const { backend, calls } = fakeBackend();
    const element = await renderMeter('ar', backend);
    $(element, '#level-2').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.length === 1);
    expect(calls[0].rating.level).to.equal(2);
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'details-title');
  });
});

describe('<mocharaka-satisfaction> with its service already at hand', () => {
  it('shows the rating step in its first render: no loading status, no list of services before it', async () => {
    // The Arabic strings are loaded first, so the element shows its content from its first update on.
    (await renderMeter('ar', fakeBackend().backend)).remove();
    const element = document.createElement('mocharaka-satisfaction') as MocharakaSatisfaction;
    element.setAttribute('lang', 'ar');
    element.setAttribute('service', 'civil-status');
    element.backend = fakeBackend().backend; // answers within the same task, as the loader's prefetched answer does
    const updates: string[] = [];
    element.addController({
      hostUpdated: () => {
        const root = element.shadowRoot!;
        updates.push(root.querySelector('[role=status][aria-busy=true]') ? 'loading' : root.querySelector('.faces') ? 'faces' : 'other');
      },
    });
    document.body.append(element);
    try {
      await element.updateComplete;
      expect(updates[0], 'the first render').to.equal('faces');
      expect(updates).not.to.include('loading');
    } finally {
      element.remove();
    }
  });
});

describe('<mocharaka-satisfaction> in French', () => {
  it('asks left to right with French labels', async () => {
    const element = await renderMeter('fr', fakeBackend().backend);
    expect($(element, '[part=base]').getAttribute('dir')).to.equal('ltr');
    expect(text(element)).to.contain('Bureau de l’état civil');
    expect(text(element)).to.contain('Très satisfait');
    await expect(element).to.be.accessible();
  });

  it('sends tags and comment as details of the same rating, thanks and fires one event', async () => {
    const { backend, calls, detailsCalls } = fakeBackend();
    const element = await renderMeter('fr', backend);
    let events = 0;
    element.addEventListener('mocharaka-satisfaction-rated', () => (events += 1));
    const rated = oneEvent(element, 'mocharaka-satisfaction-rated');
    await tapFace(element, 1);
    expect(((await rated).detail as RatingReceipt).level).to.equal(1);
    expect(text(element)).to.contain('Longue attente');
    element.shadowRoot!.querySelector<HTMLInputElement>('.tag input')!.click();
    await typeComment(element, '  Deux heures d’attente  ');
    $(element, 'button[type=submit]').click();
    await waitUntil(() => detailsCalls.length === 1);
    expect(detailsCalls[0].details).to.deep.equal({
      ratingKey: calls[0].idempotencyKey,
      tags: ['long-wait'],
      comment: 'Deux heures d’attente',
    });
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'thanks');
    expect(text(element)).to.contain('Merci');
    expect(events).to.equal(1);
    await waitUntil(() => localStorage.length === 0);
    await expect(element).to.be.accessible();
  });

  it('sends nothing more when the citizen skips the details', async () => {
    const { backend, calls, detailsCalls } = fakeBackend();
    const element = await renderMeter('fr', backend);
    await tapFace(element, 3);
    element.shadowRoot!.querySelector<HTMLButtonElement>('.actions .secondary')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('#thanks'));
    expect(calls).to.have.length(1);
    expect(detailsCalls).to.have.length(0);
  });

  it('counts a double tap once', async () => {
    const { backend, calls } = fakeBackend();
    const element = await renderMeter('fr', backend);
    const first = $(element, '#level-4');
    first.click();
    first.click();
    await waitUntil(() => calls.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).to.have.length(1);
  });

  it('keeps a rating and its details made offline and sends them, in order and with the same keys, when the connection returns', async () => {
    let online = false;
    const attempts: string[] = [];
    const { backend, calls, detailsCalls } = fakeBackend();
    const rate = backend.rateService;
    const addDetails = backend.addRatingDetails;
    backend.rateService = async (...args) => {
      attempts.push(`rating:${args[2].idempotencyKey}`);
      if (!online) throw ApiError.network(new TypeError('Failed to fetch'));
      return rate(...args);
    };
    backend.addRatingDetails = async (...args) => {
      attempts.push(`details:${args[2].idempotencyKey}`);
      if (!online) throw ApiError.network(new TypeError('Failed to fetch'));
      return addDetails(...args);
    };
    const element = await renderMeter('fr', backend);
    const failed = oneEvent(element, 'mocharaka-error');
    await tapFace(element, 2);
    expect((await failed).detail.code).to.equal('network_error');
    await waitUntil(() => text(element).includes('gardée sur cet appareil'));
    await expect(element).to.be.accessible();
    await typeComment(element, 'Guichet fermé');
    $(element, 'button[type=submit]').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#thanks'));
    expect(JSON.parse(localStorage.getItem('mocharaka:outbox:satisfaction:custom')!)).to.have.length(2);
    expect(attempts.every((attempt) => attempt.startsWith('rating:'))).to.be.true;

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => detailsCalls.length === 1);
    expect(calls).to.have.length(1);
    expect(detailsCalls[0].details.ratingKey).to.equal(calls[0].idempotencyKey);
    expect(new Set(attempts.filter((attempt) => attempt.startsWith('rating:')))).to.have.property('size', 1);
    await waitUntil(() => localStorage.length === 0);
    await waitUntil(() => !text(element).includes('gardée sur cet appareil'));
  });

  it('sends a rating left on the device by an earlier visit', async () => {
    const { backend, calls } = fakeBackend();
    const entry = {
      idempotencyKey: 'a5a1c7c2-5d3e-4e0f-9d55-0c1a2b3c4d5e',
      target: 'civil-status',
      payload: { kind: 'rating', rating: { level: 1, channel: 'web' } },
      createdAt: Date.now(),
      attempts: 1,
    };
    localStorage.setItem('mocharaka:outbox:satisfaction:custom', JSON.stringify([entry]));
    await renderMeter('fr', backend);
    await waitUntil(() => calls.length === 1);
    expect(calls[0].idempotencyKey).to.equal(entry.idempotencyKey);
    await waitUntil(() => localStorage.length === 0);
  });

  it('shows a refusal from the server and forgets the refused rating', async () => {
    const { backend } = fakeBackend({
      rateService: async () => {
        throw new ApiError(409, 'service_closed', 'closed');
      },
    });
    const element = await renderMeter('fr', backend);
    await tapFace(element, 3);
    await waitUntil(() => element.shadowRoot!.querySelector('.faces'));
    expect($(element, '[role=alert]').textContent).to.contain('pas possible');
    expect(localStorage.length).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('explains a failed load and retries on request', async () => {
    let attempts = 0;
    const { backend } = fakeBackend({
      getService: async () => {
        attempts += 1;
        if (attempts === 1) throw new ApiError(503, 'server_error', 'down');
        return CIVIL_STATUS;
      },
    });
    const element = await renderMeter('fr', backend);
    expect(text(element)).to.contain('Le service est indisponible');
    await expect(element).to.be.accessible();
    $(element, '[role=alert] button').click();
    await waitUntil(() => element.shadowRoot!.querySelector('.faces'));
  });

  it('renders admin-written names as text, never as markup', async () => {
    const hostile: Service = { id: 'civil-status', name: { ar: '<img src=x onerror="window.__pwned=1">' } };
    const element = await renderMeter('fr', fakeBackend({ getService: async () => hostile }).backend);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(element)).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<mocharaka-satisfaction> without a service', () => {
  it('lets the citizen pick the service first', async () => {
    const { backend, calls } = fakeBackend();
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction lang="fr" .backend=${backend}></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('.services'));
    expect(text(element)).to.contain('Quel service avez-vous utilisé');
    await expect(element).to.be.accessible();
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.services button')]
      .find((button) => button.textContent!.includes('Légalisation'))!
      .click();
    await element.updateComplete;
    expect(text(element)).to.contain('Légalisation de signature');
    await tapFace(element, 4);
    await waitUntil(() => calls.length === 1);
    expect(calls[0].serviceId).to.equal('signature-legalisation');
  });
});

describe('<mocharaka-satisfaction mode="button">', () => {
  it('opens a modal dialog, closes on Escape and gives focus back to the button', async () => {
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction mode="button" lang="ar" service="civil-status" .backend=${fakeBackend().backend}></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    // The button's module downloads when the mode is \`button\`.
    await waitUntil(() => element.shadowRoot!.querySelector('[part=trigger]'), 'the floating button never appeared');
    const trigger = $(element, '[part=trigger]');
    expect(trigger.textContent).to.contain('أبدِ رأيك');
    expect(getComputedStyle(trigger).position, 'the styles came with the module').to.equal('fixed');
    await expect(element).to.be.accessible();
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(element, 'dialog');
    await waitUntil(() => dialog.open && dialog.querySelector('.faces'));
    expect(dialog.matches(':modal')).to.be.true;
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(element.shadowRoot!.activeElement).to.equal(trigger);
  });

  it('records the button channel', async () => {
    const { backend, calls } = fakeBackend();
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction mode="button" lang="fr" service="civil-status" .backend=${backend}></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('[part=trigger]'), 'the floating button never appeared');
    $(element, '[part=trigger]').click();
    await waitUntil(() => element.shadowRoot!.querySelector('dialog .faces'));
    await tapFace(element, 4);
    await waitUntil(() => calls.length === 1);
    expect(calls[0].rating.channel).to.equal('button');
  });
});

describe('<mocharaka-satisfaction mode="kiosk">', () => {
  it('records the kiosk, has no text to type, and returns to the start after the thanks', async () => {
    const { backend, calls } = fakeBackend();
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction mode="kiosk" kiosk-id="counter-1" reset-after="0.2" lang="ar" service="civil-status" .backend=${backend}></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('.faces'));
    await tapFace(element, 5);
    await waitUntil(() => calls.length === 1);
    expect(calls[0].rating).to.include({ channel: 'kiosk', kioskId: 'counter-1' });
    expect(element.shadowRoot!.querySelector('textarea')).to.equal(null);
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector<HTMLButtonElement>('.actions .secondary')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('#thanks'));
    await waitUntil(() => element.shadowRoot!.querySelector('.faces'), 'the kiosk did not return to the start');
  });

  it('refuses a second rating within the minimum interval', async () => {
    const { backend, calls } = fakeBackend();
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction mode="kiosk" reset-after="0" lang="fr" service="civil-status" .backend=${backend}></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('.faces'));
    await tapFace(element, 5);
    element.shadowRoot!.querySelector<HTMLButtonElement>('.actions .secondary')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('.faces'));
    await tapFace(element, 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).to.have.length(1);
  });

  it('queues ratings while offline and sends each exactly once when back online', async () => {
    let online = false;
    const sent = new Map<string, number>();
    const { backend } = fakeBackend();
    const rate = backend.rateService;
    backend.rateService = async (...args) => {
      if (!online) throw ApiError.network(new TypeError('offline'));
      sent.set(args[2].idempotencyKey, (sent.get(args[2].idempotencyKey) ?? 0) + 1);
      return rate(...args);
    };
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction mode="kiosk" reset-after="0" lang="fr" service="civil-status" .backend=${backend}></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    for (const level of [5, 4]) {
      await waitUntil(() => element.shadowRoot!.querySelector('.faces'));
      await tapFace(element, level);
      await waitUntil(() => text(element).includes('gardée sur cet appareil'));
      element.shadowRoot!.querySelector<HTMLButtonElement>('.actions .secondary')!.click();
      await new Promise((resolve) => setTimeout(resolve, 3100));
    }
    expect(JSON.parse(localStorage.getItem('mocharaka:outbox:satisfaction:custom')!)).to.have.length(2);
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => localStorage.length === 0);
    expect([...sent.values()]).to.deep.equal([1, 1]);
  });
});

describe('<mocharaka-satisfaction mode="results">', () => {
  const summary = {
    serviceId: 'civil-status',
    count: 120,
    mean: 3.9,
    distribution: { 1: 6, 2: 10, 3: 20, 4: 44, 5: 40 },
    satisfactionScore: 0.7,
    significant: true,
    trend: [
      { month: '2026-09', count: 40, mean: 3.7, satisfactionScore: 0.65 },
      { month: '2026-10', count: 80, mean: 4.0, satisfactionScore: 0.73 },
    ],
    topTags: [{ tagId: 'courtesy', count: 31 }],
  };

  it('shows the score, distribution and trend as tables in Arabic', async () => {
    const { backend } = fakeBackend({ getServiceSummary: async () => summary });
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction mode="results" lang="ar" service="civil-status" .backend=${backend}></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('[part=results]'));
    expect(text(element)).to.match(/70\u200e?%/);
    expect(text(element)).to.contain('لباقة الموظفين');
    const tables = element.shadowRoot!.querySelectorAll('table');
    expect(tables).to.have.length(2);
    expect(tables[0].querySelectorAll('tbody tr')).to.have.length(5);
    expect(tables[1].textContent).to.contain('10/2026');
    await expect(element).to.be.accessible();
  });

  it('lists every service in one overview table, details collapsed, when no service is given', async () => {
    const { backend } = fakeBackend({
      getServiceSummary: async (serviceId) => ({
        ...summary,
        serviceId,
        ...(serviceId === LEGALISATION.id ? { count: 7, significant: false } : {}),
      }),
    });
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction mode="results" lang="fr" .backend=${backend}></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('.overview'));
    const rows = element.shadowRoot!.querySelectorAll('.overview tbody tr');
    expect(rows).to.have.length(2);
    expect(rows[1].textContent).to.contain('Légalisation de signature');
    expect(rows[1].textContent).to.contain('*');
    const details = element.shadowRoot!.querySelectorAll('details');
    expect(details).to.have.length(2);
    expect([...details].every((one) => !one.open)).to.be.true;
    await expect(element).to.be.accessible();
  });

  for (const lang of ['ar', 'fr'] as const) {
    it(`breaks no word of its tables in two on a 320 px or 360 px phone (${lang})`, async () => {
      const { backend } = fakeBackend({ getServiceSummary: async (serviceId) => ({ ...summary, serviceId }) });
      try {
        for (const width of [320, 360]) {
          await setViewport({ width, height: 640 });
          const element = await fixture<MocharakaSatisfaction>(
            html`<mocharaka-satisfaction mode="results" lang=${lang} .backend=${backend}></mocharaka-satisfaction>`,
          );
          await element.localeLoaded();
          await waitUntil(() => element.shadowRoot!.querySelector('.overview'));
          for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
          expect(brokenWords(element.shadowRoot!.querySelectorAll('th, td')), `${width} px`).to.deep.equal([]);
          const box = element.getBoundingClientRect();
          for (const table of element.shadowRoot!.querySelectorAll('table')) {
            const { left, right } = table.getBoundingClientRect();
            expect(
              { left: left >= box.left - 1, right: right <= box.right + 1 },
              `a table wider than the element at ${width} px: ${left}..${right} in ${box.left}..${box.right}`,
            ).to.deep.equal({ left: true, right: true });
          }
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  for (const lang of ['ar', 'fr', 'zgh', 'en'] as const) {
    it(`keeps its overview inside a 200 px sidebar: the table scrolls in its own region, the page not (${lang})`, async () => {
      const { backend } = fakeBackend({ getServiceSummary: async (serviceId) => ({ ...summary, serviceId }) });
      const sidebar = await fixture<HTMLElement>(
        html`<aside style="inline-size: 200px"><mocharaka-satisfaction mode="results" lang=${lang} .backend=${backend}></mocharaka-satisfaction></aside>`,
      );
      const element = sidebar.querySelector('mocharaka-satisfaction')!;
      await element.localeLoaded();
      await waitUntil(() => element.shadowRoot!.querySelector('.overview'));
      const region = element.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
      const box = element.getBoundingClientRect();
      const { left, right } = region.getBoundingClientRect();
      expect({ left: left >= box.left - 1, right: right <= box.right + 1 }, `${left}..${right} in ${box.left}..${box.right}`).to.deep.equal(
        {
          left: true,
          right: true,
        },
      );
      expect(region.scrollWidth, 'the table is wider than the sidebar, so the region scrolls').to.be.above(region.clientWidth);
      expect(region.getAttribute('aria-labelledby')).to.equal(region.querySelector('caption')!.id);
      expect(region.tabIndex, 'reachable with the keyboard to scroll it').to.equal(0);
      await expect(element).to.be.accessible();
    });
  }

  it('flags small numbers as not significant, in French', async () => {
    const { backend } = fakeBackend({
      getServiceSummary: async () => ({ ...summary, count: 7, significant: false, distribution: { 1: 1, 2: 1, 3: 1, 4: 2, 5: 2 } }),
    });
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction mode="results" lang="fr" service="civil-status" .backend=${backend}></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('[part=results]'));
    expect(text(element)).to.contain('Trop peu d’évaluations');
    await expect(element).to.be.accessible();
  });
});

describe('<mocharaka-satisfaction> configuration', () => {
  it('follows the page language when it has no lang of its own', async () => {
    document.documentElement.lang = 'fr';
    try {
      const element = await fixture<MocharakaSatisfaction>(
        html`<mocharaka-satisfaction service="civil-status" .backend=${fakeBackend().backend}></mocharaka-satisfaction>`,
      );
      await element.localeLoaded();
      await waitUntil(() => element.shadowRoot!.querySelector('.faces'));
      expect(text(element)).to.contain('Très satisfait');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('tells the admin on screen when no backend is configured', async () => {
    const codes: string[] = [];
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction
        lang="ar"
        service="civil-status"
        @mocharaka-error=${(event: CustomEvent<{ code: string }>) => codes.push(event.detail.code)}
      ></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    expect(codes).to.deep.equal(['missing_endpoint']);
    await waitUntil(
      () => $(element, '[role=alert]')?.textContent?.includes('endpoint') && !$(element, '[role=alert]').textContent.includes('missing_'),
    );
    await expect(element).to.be.accessible();
  });

  it('takes its endpoint from the page meta tag', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'mocharaka:endpoint', content: '/v1' });
    document.head.append(meta);
    try {
      const element = await fixture<MocharakaSatisfaction>(
        html`<mocharaka-satisfaction lang="fr" service="civil-status"></mocharaka-satisfaction>`,
      );
      await element.localeLoaded();
      await waitUntil(() => element.shadowRoot!.querySelector('.faces'), 'the real server never answered', { timeout: 8000 });
    } finally {
      meta.remove();
    }
  });
});

describe('<mocharaka-satisfaction> against the reference server', () => {
  it('records a rating that the summary then counts', async () => {
    const before = await (await fetch('/v1/services/civil-status/summary', { cache: 'no-store' })).json();
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction lang="ar" endpoint="/v1" service="civil-status"></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('.faces'), 'the real server never answered', { timeout: 8000 });
    const rated = oneEvent(element, 'mocharaka-satisfaction-rated');
    await tapFace(element, 5);
    await rated;
    const after = await (await fetch('/v1/services/civil-status/summary', { cache: 'no-store' })).json();
    expect(after.count).to.equal(before.count + 1);
    expect(after.distribution['5']).to.equal(before.distribution['5'] + 1);
  });
});
