import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiError, type RatingInput, type RatingReceipt, type SatisfactionBackend, type Service } from '@mocharaka/core';
import '../src/mocharaka-satisfaction.js';
import type { MocharakaSatisfaction } from '../src/satisfaction.element.js';

const CIVIL_STATUS: Service = {
  id: 'civil-status',
  name: { ar: 'مكتب الحالة المدنية', fr: 'Bureau de l’état civil', en: 'Civil status office' },
};

interface RateCall {
  serviceId: string;
  rating: RatingInput;
  idempotencyKey: string;
}

function fakeBackend(overrides: Partial<SatisfactionBackend> = {}) {
  const calls: RateCall[] = [];
  const backend: SatisfactionBackend = {
    listServices: async () => [CIVIL_STATUS],
    getService: async () => CIVIL_STATUS,
    rateService: async (serviceId, rating, { idempotencyKey }) => {
      calls.push({ serviceId, rating, idempotencyKey });
      return { id: `r${calls.length}`, serviceId, level: rating.level, createdAt: new Date().toISOString() };
    },
    getServiceSummary: async () => ({ serviceId: 'civil-status', count: 0, mean: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } }),
    ...overrides,
  };
  return { backend, calls };
}

async function renderMeter(lang: 'ar' | 'fr', backend: SatisfactionBackend) {
  const element = await fixture<MocharakaSatisfaction>(
    html`<mocharaka-satisfaction lang=${lang} service="civil-status" .backend=${backend}></mocharaka-satisfaction>`,
  );
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector('form, [role=alert]'), 'the form never appeared');
  return element;
}

const $ = <E extends Element = HTMLElement>(element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector<E>(selector)!;
const text = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function submitWith(element: MocharakaSatisfaction, level?: number, comment?: string) {
  if (level) $(element, `#level-${level}`).click();
  if (comment !== undefined) {
    const textarea = $<HTMLTextAreaElement>(element, '#comment');
    textarea.value = comment;
    textarea.dispatchEvent(new InputEvent('input'));
  }
  await element.updateComplete;
  $(element, 'button[type=submit]').click();
}

beforeEach(() => localStorage.clear());

describe('<mocharaka-satisfaction> in Arabic', () => {
  it('asks about the service right to left with Arabic labels', async () => {
    const element = await renderMeter('ar', fakeBackend().backend);
    expect($(element, '[part=base]').getAttribute('dir')).to.equal('rtl');
    expect(text(element)).to.contain('ما مدى رضاك عن مكتب الحالة المدنية');
    expect(text(element)).to.contain('راضٍ جدا');
    expect(element.shadowRoot!.querySelectorAll('input[type=radio]')).to.have.length(5);
    await expect(element).to.be.accessible();
  });

  it('says what is missing, focuses the summary and links to the choices when sent without a level', async () => {
    const { backend, calls } = fakeBackend();
    const element = await renderMeter('ar', backend);
    await submitWith(element);
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'error-summary');
    expect(text(element)).to.contain('اختر مدى رضاك');
    expect($(element, '#level-1').getAttribute('aria-invalid')).to.equal('true');
    expect($(element, 'fieldset').getAttribute('aria-describedby')).to.equal('level-error');
    $(element, '#error-summary a').click();
    expect(element.shadowRoot!.activeElement?.id).to.equal('level-1');
    expect(calls).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('can be rated with the keyboard only', async () => {
    const { backend, calls } = fakeBackend();
    const element = await renderMeter('ar', backend);
    $(element, '#level-1').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    $(element, 'button[type=submit]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.length === 1);
    expect(calls[0].rating.level).to.equal(3);
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

  it('sends the rating once with an idempotency key, thanks the citizen and fires an event', async () => {
    const { backend, calls } = fakeBackend();
    const element = await renderMeter('fr', backend);
    const rated = oneEvent(element, 'mocharaka-satisfaction-rated');
    await submitWith(element, 4, '  Accueil rapide  ');
    const event = await rated;
    expect(calls).to.have.length(1);
    expect(calls[0].rating).to.deep.equal({ level: 4, comment: 'Accueil rapide', channel: 'web' });
    expect(calls[0].idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect((event.detail as RatingReceipt).level).to.equal(4);
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'thanks');
    expect(text(element)).to.contain('Merci');
    expect(localStorage.length).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('counts a double click once', async () => {
    let release!: () => void;
    const { backend, calls } = fakeBackend();
    const slowRate = backend.rateService;
    backend.rateService = async (...args) => {
      await new Promise<void>((resolve) => (release = resolve));
      return slowRate(...args);
    };
    const element = await renderMeter('fr', backend);
    await submitWith(element, 5);
    $(element, 'button[type=submit]').click();
    await element.updateComplete;
    expect($<HTMLButtonElement>(element, 'button[type=submit]').disabled).to.be.true;
    release();
    await waitUntil(() => element.shadowRoot!.querySelector('#thanks'));
    expect(calls).to.have.length(1);
  });

  it('keeps a rating made offline and sends it with the same key when the connection returns', async () => {
    let online = false;
    const { backend, calls } = fakeBackend();
    const rate = backend.rateService;
    backend.rateService = async (...args) => {
      calls.push({ serviceId: args[0], rating: args[1], idempotencyKey: args[2].idempotencyKey });
      if (!online) throw ApiError.network(new TypeError('Failed to fetch'));
      calls.pop();
      return rate(...args);
    };
    const element = await renderMeter('fr', backend);
    const failed = oneEvent(element, 'mocharaka-error');
    await submitWith(element, 2, 'Trop d’attente');
    expect((await failed).detail.code).to.equal('network_error');
    await waitUntil(() => text(element).includes('gardée sur cet appareil'));
    await expect(element).to.be.accessible();
    const queuedKey = calls[0].idempotencyKey;

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => element.shadowRoot!.querySelector('#thanks'));
    expect(calls.at(-1)!.idempotencyKey).to.equal(queuedKey);
    expect(localStorage.length).to.equal(0);
  });

  it('sends a rating left on the device by an earlier visit', async () => {
    const { backend, calls } = fakeBackend();
    const entry = { idempotencyKey: 'a5a1c7c2-5d3e-4e0f-9d55-0c1a2b3c4d5e', target: 'civil-status', payload: { level: 1, channel: 'web' }, createdAt: Date.now(), attempts: 1 };
    localStorage.setItem('mocharaka:outbox:satisfaction:custom', JSON.stringify([entry]));
    await renderMeter('fr', backend);
    await waitUntil(() => calls.length === 1);
    expect(calls[0].idempotencyKey).to.equal(entry.idempotencyKey);
    await waitUntil(() => localStorage.length === 0);
  });

  it('shows a refusal from the server and forgets the refused rating', async () => {
    const { backend } = fakeBackend({
      rateService: async () => {
        throw new ApiError(422, 'validation_failed', 'bad', { comment: 'too_long' });
      },
    });
    const element = await renderMeter('fr', backend);
    await submitWith(element, 3, 'x');
    await waitUntil(() => element.shadowRoot!.querySelector('#error-summary'));
    expect(text(element)).to.contain('Ce texte est trop long');
    expect($(element, '#comment').getAttribute('aria-invalid')).to.equal('true');
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
    await waitUntil(() => element.shadowRoot!.querySelector('form'));
  });

  it('renders admin-written names as text, never as markup', async () => {
    const hostile: Service = { id: 'civil-status', name: { ar: '<img src=x onerror="window.__pwned=1">' } };
    const element = await renderMeter('fr', fakeBackend({ getService: async () => hostile }).backend);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(element)).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
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
      await waitUntil(() => element.shadowRoot!.querySelector('form'));
      expect(text(element)).to.contain('Envoyer mon avis');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('tells the admin on screen when no backend is configured', async () => {
    const element = await fixture<MocharakaSatisfaction>(html`<mocharaka-satisfaction lang="ar" service="civil-status"></mocharaka-satisfaction>`);
    const failed = oneEvent(element, 'mocharaka-error');
    await element.localeLoaded();
    expect((await failed).detail.code).to.equal('missing_endpoint');
    expect($(element, '[role=alert]').textContent).to.contain('endpoint');
    await expect(element).to.be.accessible();
  });

  it('tells the admin on screen when the service attribute is missing', async () => {
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction lang="fr" .backend=${fakeBackend().backend}></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    expect($(element, '[role=alert]').textContent).to.contain('service');
  });

  it('takes its endpoint from the page meta tag', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'mocharaka:endpoint', content: '/v1' });
    document.head.append(meta);
    try {
      const element = await fixture<MocharakaSatisfaction>(html`<mocharaka-satisfaction lang="fr" service="civil-status"></mocharaka-satisfaction>`);
      await element.localeLoaded();
      await waitUntil(() => element.shadowRoot!.querySelector('form'), 'the real server never answered', { timeout: 8000 });
    } finally {
      meta.remove();
    }
  });
});

describe('<mocharaka-satisfaction> against the reference server', () => {
  it('records a rating that the summary then counts', async () => {
    const before = await (await fetch('/v1/services/civil-status/summary')).json();
    const element = await fixture<MocharakaSatisfaction>(
      html`<mocharaka-satisfaction lang="ar" endpoint="/v1" service="civil-status"></mocharaka-satisfaction>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('form'), 'the real server never answered', { timeout: 8000 });
    await submitWith(element, 5, 'استقبال جيد');
    await waitUntil(() => element.shadowRoot!.querySelector('#thanks'), 'no thanks', { timeout: 8000 });
    const after = await (await fetch('/v1/services/civil-status/summary')).json();
    expect(after.count).to.equal(before.count + 1);
    expect(after.distribution['5']).to.equal(before.distribution['5'] + 1);
  });
});
