import { expect, fixture, html, oneEvent, waitUntil, scaled } from '../../../test/support/browser-testing.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  ADDRESS_MAX,
  ApiError,
  CONTACT_MAX,
  FULL_NAME_MAX,
  formatDate,
  type OutboxEntry,
  type Petition,
  type PetitionBackend,
  type SignatureInput,
} from '@mocharaka/core';
import '../src/mocharaka-petition.js';
import type { MocharakaPetition } from '../src/petition.element.js';
import type { MocharakaPetitionSignedEvent } from '../src/petition.events.js';

const DAY = 24 * 60 * 60 * 1000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const OUTBOX_KEY = 'mocharaka:outbox:petition:custom';
const DRAFT_KEY = 'mocharaka:petition-draft:custom:bab-zorgan-lane-lighting';

const COLLECTING: Petition = {
  id: 'bab-zorgan-lane-lighting',
  title: { ar: 'إنارة أزقة حي باب الزرقان', fr: 'Éclairage des ruelles de Bab Zorgan' },
  body: {
    ar: 'أزقة حي باب الزرقان مظلمة بعد المغرب.\n\nنطلب من المجلس إدراج إنارتها في برنامج عمل الجماعة.',
    fr: 'Les ruelles de Bab Zorgan sont obscures après le coucher du soleil.\n\nNous demandons au conseil d’inscrire leur éclairage au programme d’action.',
  },
  demands: [
    { ar: 'تركيب 40 عمود إنارة', fr: 'Installer 40 lampadaires' },
    { ar: 'صيانة الأعمدة الموجودة', fr: 'Réparer les lampadaires existants' },
  ],
  agent: { name: 'Fatima Zahra El Idrissi' },
  commune: { id: 'taroudant', name: { ar: 'جماعة تارودانت', fr: 'Commune de Taroudant' } },
  status: 'collecting',
  statusHistory: [{ status: 'collecting', at: iso(-10) }],
  opensAt: iso(-10),
  closesAt: iso(50),
  threshold: 200,
  signatureCount: 137,
  eligibility: ['resident', 'economic'],
  dataController: { name: { ar: 'جماعة تارودانت', fr: 'Commune de Taroudant' }, contact: 'dpo@taroudant.ma' },
};

const NOT_YET_OPEN: Petition = { ...COLLECTING, opensAt: iso(5), closesAt: iso(60), statusHistory: [] };
const CLOSED: Petition = { ...COLLECTING, opensAt: iso(-70), closesAt: iso(-1) };
const DEPOSITED: Petition = {
  ...COLLECTING,
  opensAt: iso(-70),
  closesAt: iso(-5),
  status: 'deposited',
  signatureCount: 214,
  statusHistory: [
    { status: 'collecting', at: iso(-70) },
    { status: 'deposited', at: iso(-5) },
  ],
  answerDueAt: iso(85),
};
const REJECTED: Petition = {
  ...DEPOSITED,
  status: 'rejected',
  statusHistory: [
    ...DEPOSITED.statusHistory,
    { status: 'under_review', at: iso(-3) },
    {
      status: 'rejected',
      at: iso(-1),
      note: { ar: 'الإنارة العمومية من اختصاص شركة التوزيع.', fr: 'L’éclairage public relève de la société de distribution.' },
    },
  ],
};

interface SignCall {
  petitionId: string;
  signature: SignatureInput;
  idempotencyKey: string;
}

function fakeBackend(petition: Petition = COLLECTING, overrides: Partial<PetitionBackend> = {}) {
  const calls: SignCall[] = [];
  const counted = new Set<string>();
  let reads = 0;
  const backend: PetitionBackend = {
    listPetitions: async () => [petition],
    getPetition: async () => {
      reads += 1;
      return { ...petition, signatureCount: petition.signatureCount + counted.size };
    },
    signPetition: async (petitionId, signature, { idempotencyKey }) => {
      calls.push({ petitionId, signature, idempotencyKey });
      counted.add(idempotencyKey);
      return { receipt: { reference: `PTN-${String(counted.size).padStart(6, '0')}`, signedAt: new Date().toISOString() } };
    },
    ...overrides,
  };
  return { backend, calls, reads: () => reads };
}

async function renderPetition(lang: 'ar' | 'fr', backend: PetitionBackend, ready = '[part=form], .notice, [role=alert]') {
  const element = await fixture<MocharakaPetition>(
    html`<mocharaka-petition lang=${lang} petition="bab-zorgan-lane-lighting" .backend=${backend}></mocharaka-petition>`,
  );
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector(ready), 'the petition never appeared');
  return element;
}

const $ = <E extends Element = HTMLElement>(element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<E>(selector)!;
const text = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const active = (element: HTMLElement) => element.shadowRoot!.activeElement;

async function type(element: MocharakaPetition, selector: string, value: string) {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
}

async function fillForm(element: MocharakaPetition, { consent = true } = {}) {
  await type(element, '#full-name', '  Amina Ait Lhaj  ');
  await type(element, '#national-id', ' jb 123 456 ');
  await type(element, '#address', 'Derb Bab Zorgan 12, Taroudant');
  $(element, '#eligibility-resident').click();
  if (consent) $(element, '#consent').click();
  await element.updateComplete;
}

async function submit(element: MocharakaPetition) {
  $(element, '[part=submit]').click();
  await element.updateComplete;
}

const EXPECTED_SIGNATURE: SignatureInput = {
  fullName: 'Amina Ait Lhaj',
  nationalId: 'JB123456',
  address: 'Derb Bab Zorgan 12, Taroudant',
  eligibility: 'resident',
  consent: true,
};

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

for (const lang of ['ar', 'fr'] as const) {
  const words = {
    ar: {
      title: 'إنارة أزقة حي باب الزرقان',
      count: 'التوقيعات الصحيحة: 137 من أصل 200 مطلوبة',
      problem: 'هناك مشكلة',
      name: 'أدخل اسمك الكامل',
      dir: 'rtl',
    },
    fr: {
      title: 'Éclairage des ruelles de Bab Zorgan',
      count: 'Signatures valides : 137 sur 200 nécessaires',
      problem: 'Il y a un problème',
      name: 'Saisissez votre nom complet',
      dir: 'ltr',
    },
  }[lang];

  describe(`<mocharaka-petition> every state in ${lang}`, () => {
    it('collecting: the petition, its count against the threshold, its timeline and the form', async () => {
      const element = await renderPetition(lang, fakeBackend().backend);
      expect($(element, '[part=base]').getAttribute('dir')).to.equal(words.dir);
      const section = $(element, 'section');
      expect($(element, `#${section.getAttribute('aria-labelledby')}`).textContent).to.contain(words.title);
      expect(text(element)).to.contain(words.count);
      expect(text(element)).to.contain('Fatima Zahra El Idrissi');
      expect(element.shadowRoot!.querySelectorAll('.demands li')).to.have.length(2);
      const progress = $<HTMLProgressElement>(element, 'progress');
      expect([progress.max, progress.value]).to.deep.equal([200, 137]);
      expect(progress.hasAttribute('style')).to.be.false;
      expect($(element, '.timeline [aria-current=step]').textContent).to.contain(
        lang === 'ar' ? 'جمع التوقيعات' : 'Collecte des signatures',
      );
      expect(element.shadowRoot!.querySelectorAll('[part=form] input[type=radio]')).to.have.length(2);
      const id = $(element, '#national-id');
      expect([
        id.getAttribute('dir'),
        id.getAttribute('autocomplete'),
        id.getAttribute('autocapitalize'),
        id.getAttribute('inputmode'),
      ]).to.deep.equal(['ltr', 'off', 'characters', 'text']);
      expect(text(element)).to.contain('09-08');
      expect(text(element)).to.contain('dpo@taroudant.ma');
      await expect(element).to.be.accessible();
    });

    it('validation errors: a focused summary, linked messages, aria-invalid', async () => {
      const { backend, calls } = fakeBackend();
      const element = await renderPetition(lang, backend);
      expect(element.shadowRoot!.querySelector('#error-summary')).to.be.null;
      await submit(element);
      await waitUntil(() => active(element)?.id === 'error-summary', 'the summary did not take focus');
      expect(calls).to.have.length(0);
      expect(text(element)).to.contain(words.problem);
      expect(element.shadowRoot!.querySelectorAll('#error-summary li')).to.have.length(5);
      const name = $(element, '#full-name');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(name.getAttribute('aria-describedby')).to.equal('fullName-error');
      expect($(element, '#fullName-error').textContent).to.contain(words.name);
      expect($(element, '#fullName-error .visually-hidden').textContent!.trim()).to.not.equal('');
      expect($(element, '#national-id').getAttribute('aria-describedby')).to.equal('nationalId-hint nationalId-error');
      $(element, '#error-summary a[href="#national-id"]').click();
      expect(active(element)?.id).to.equal('national-id');
      $(element, '#error-summary a[href="#eligibility-resident"]').click();
      expect(active(element)?.id).to.equal('eligibility-resident');
      await expect(element).to.be.accessible();
      // Live after the first submit: a corrected field loses its error at once.
      await type(element, '#full-name', 'Amina Ait Lhaj');
      expect(name.hasAttribute('aria-invalid')).to.be.false;
      expect(element.shadowRoot!.querySelectorAll('#error-summary li')).to.have.length(4);
    });

    it('signed: the receipt, the event and a refreshed count', async () => {
      const { backend, calls } = fakeBackend();
      const element = await renderPetition(lang, backend);
      await fillForm(element);
      const signed = oneEvent(element, 'mocharaka-petition-signed') as Promise<MocharakaPetitionSignedEvent>;
      await submit(element);
      const event = await signed;
      expect(calls).to.have.length(1);
      expect(calls[0].petitionId).to.equal('bab-zorgan-lane-lighting');
      expect(calls[0].signature).to.deep.equal(EXPECTED_SIGNATURE);
      expect(calls[0].idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
      expect(event.detail).to.include({ petitionId: 'bab-zorgan-lane-lighting', reference: 'PTN-000001' });
      await waitUntil(() => active(element)?.id === 'receipt');
      expect($(element, '.reference').getAttribute('dir')).to.equal('ltr');
      expect($(element, '.reference').textContent).to.equal('PTN-000001');
      await waitUntil(() => text(element).includes(lang === 'ar' ? '138 من أصل 200' : '138 sur 200'), 'the count was not refreshed');
      expect(text(element)).to.contain(lang === 'ar' ? 'بضع ثوان' : 'quelques secondes');
      expect(sessionStorage.getItem(DRAFT_KEY)).to.be.null;
      expect(localStorage.getItem(OUTBOX_KEY)).to.be.null;
      await expect(element).to.be.accessible();
    });

    it('queued offline: the citizen is told the signature waits on the device', async () => {
      const { backend } = fakeBackend(COLLECTING, {
        signPetition: async () => {
          throw ApiError.network(new TypeError('Failed to fetch'));
        },
      });
      const element = await renderPetition(lang, backend);
      await fillForm(element);
      await submit(element);
      await waitUntil(() => active(element)?.id === 'queued');
      expect(text(element)).to.contain(lang === 'ar' ? 'محفوظ على هذا الجهاز' : 'gardée sur cet appareil');
      await expect(element).to.be.accessible();
    });

    it('not yet open: the opening date instead of the form', async () => {
      const element = await renderPetition(lang, fakeBackend(NOT_YET_OPEN).backend);
      expect(element.shadowRoot!.querySelector('[part=form]')).to.be.null;
      expect($(element, '#not-open').textContent).to.contain(formatDate(lang, NOT_YET_OPEN.opensAt));
      await expect(element).to.be.accessible();
    });

    it('closed: the closing date instead of the form', async () => {
      const element = await renderPetition(lang, fakeBackend(CLOSED).backend);
      expect(element.shadowRoot!.querySelector('[part=form]')).to.be.null;
      expect($(element, '#not-open').textContent).to.contain(formatDate(lang, CLOSED.closesAt));
      await expect(element).to.be.accessible();
    });

    it('rejected: the reasons, dated, and no form', async () => {
      const element = await renderPetition(lang, fakeBackend(REJECTED).backend);
      expect(element.shadowRoot!.querySelector('[part=form]')).to.be.null;
      const current = $(element, '.timeline [aria-current=step]');
      expect(current.textContent).to.contain(lang === 'ar' ? 'رفضت' : 'Rejetée');
      expect(current.textContent).to.contain(lang === 'ar' ? 'شركة التوزيع' : 'société de distribution');
      expect(current.textContent).to.contain(formatDate(lang, REJECTED.statusHistory.at(-1)!.at));
      expect(text(element)).to.not.contain(lang === 'ar' ? 'أجاب عنها المجلس' : 'Réponse du conseil');
      await expect(element).to.be.accessible();
    });

    it('deposited: the dated steps and the legal deadline of the answer', async () => {
      const element = await renderPetition(lang, fakeBackend(DEPOSITED).backend);
      expect(element.shadowRoot!.querySelector('[part=form]')).to.be.null;
      expect($(element, '.timeline [aria-current=step]').textContent).to.contain(formatDate(lang, DEPOSITED.statusHistory[1].at));
      expect($(element, '.due').textContent).to.contain(formatDate(lang, DEPOSITED.answerDueAt!));
      expect(element.shadowRoot!.querySelectorAll('.timeline li.done')).to.have.length(2);
      await expect(element).to.be.accessible();
    });

    it('refused with a 409: the notice that signing is not possible, downloaded then, takes the focus from the form', async () => {
      const { backend } = fakeBackend(COLLECTING, {
        signPetition: async () => {
          throw new ApiError(409, 'petition_closed', 'closed');
        },
      });
      const element = await renderPetition(lang, backend);
      await fillForm(element);
      await submit(element);
      await waitUntil(() => active(element)?.id === 'failure', 'the failure did not take the focus');
      expect($(element, '#not-open h3').textContent).to.equal(lang === 'ar' ? 'التوقيع غير ممكن' : 'Impossible de signer');
      expect($(element, '#not-open').textContent).to.contain(formatDate(lang, COLLECTING.closesAt));
      expect(element.shadowRoot!.querySelector('[part=form]')).to.be.null;
      await expect(element).to.be.accessible();
    });

    it('a submit after the focus entered the form: the form’s own messages, downloaded from that focus on', async () => {
      const element = await renderPetition(lang, fakeBackend().backend);
      $(element, '#full-name').focus();
      $(element, '[part=submit]').focus();
      $(element, '[part=submit]').click();
      await waitUntil(() => active(element)?.id === 'error-summary', 'the summary did not take focus');
      expect($(element, '#consent-error').textContent).to.contain(lang === 'ar' ? 'ضع علامة في الخانة' : 'Cochez la case');
      expect($(element, '#error-summary a[href="#consent"]').textContent).to.contain(
        lang === 'ar' ? 'ضع علامة في الخانة' : 'Cochez la case',
      );
      await expect(element).to.be.accessible();
    });

    it('load failed: a message and a retry that works', async () => {
      let fail = true;
      const { backend } = fakeBackend(COLLECTING);
      const getPetition = backend.getPetition;
      backend.getPetition = async (...args) => {
        if (fail) throw new ApiError(503, 'server_error', 'down');
        return getPetition(...args);
      };
      const element = await renderPetition(lang, backend, '[role=alert] button');
      await expect(element).to.be.accessible();
      fail = false;
      $(element, '[role=alert] button').click();
      await waitUntil(() => element.shadowRoot!.querySelector('[part=form]'), 'the retry did not load the petition');
    });

    it('missing petition attribute: a configuration error on screen', async () => {
      const codes: string[] = [];
      const element = await fixture<MocharakaPetition>(
        html`<mocharaka-petition lang=${lang} .backend=${fakeBackend().backend}
          @mocharaka-error=${(event: CustomEvent) => codes.push(event.detail.code)}></mocharaka-petition>`,
      );
      await element.localeLoaded();
      await waitUntil(() => element.shadowRoot!.querySelector('[part=config-error]'));
      expect(codes).to.deep.equal(['missing_petition']);
      expect($(element, '[part=config-error]').textContent).to.contain('petition');
      await expect(element).to.be.accessible();
    });
  });
}

describe('<mocharaka-petition> signing behaviour', () => {
  it('counts a double submit once', async () => {
    const { backend, calls } = fakeBackend();
    const element = await renderPetition('fr', backend);
    await fillForm(element);
    const button = $(element, '[part=submit]');
    button.click();
    button.click();
    await waitUntil(() => element.shadowRoot!.querySelector('#receipt'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).to.have.length(1);
  });

  it('can be signed with the keyboard only', async () => {
    const { backend, calls } = fakeBackend();
    const element = await renderPetition('ar', backend);
    await fillForm(element);
    $(element, '[part=submit]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.length === 1);
    await waitUntil(() => element.shadowRoot!.querySelector('#receipt'), 'no receipt');
  });

  it('queues a signature made offline and sends it with the same key when the connection returns', async () => {
    let online = false;
    const keys: string[] = [];
    const { backend, calls } = fakeBackend();
    const sign = backend.signPetition;
    backend.signPetition = async (...args) => {
      keys.push(args[2].idempotencyKey);
      if (!online) throw ApiError.network(new TypeError('Failed to fetch'));
      return sign(...args);
    };
    const element = await renderPetition('fr', backend);
    const failed = oneEvent(element, 'mocharaka-error');
    await fillForm(element);
    await submit(element);
    expect((await failed).detail.code).to.equal('network_error');
    await waitUntil(() => element.shadowRoot!.querySelector('#queued'));
    const stored = JSON.parse(localStorage.getItem(OUTBOX_KEY)!) as OutboxEntry<SignatureInput>[];
    expect(stored).to.have.length(1);
    expect(stored[0].payload).to.deep.equal(EXPECTED_SIGNATURE);
    // The draft stays until the signature is really sent.
    expect(sessionStorage.getItem(DRAFT_KEY)).to.not.be.null;

    online = true;
    const signed = oneEvent(element, 'mocharaka-petition-signed');
    window.dispatchEvent(new Event('online'));
    await signed;
    expect(calls).to.have.length(1);
    expect(new Set(keys).size).to.equal(1);
    expect(calls[0].idempotencyKey).to.equal(stored[0].idempotencyKey);
    await waitUntil(() => element.shadowRoot!.querySelector('#receipt'));
    expect(text(element)).to.contain('vient d’être envoyée');
    expect(localStorage.getItem(OUTBOX_KEY)).to.be.null;
    expect(sessionStorage.getItem(DRAFT_KEY)).to.be.null;
  });

  it('sends a signature left in the outbox by an earlier visit, with its key', async () => {
    const entry: OutboxEntry<SignatureInput> = {
      idempotencyKey: '0b7c6a52-6f7e-4a7c-9a53-3d3c2d9e8f10',
      target: 'bab-zorgan-lane-lighting',
      payload: EXPECTED_SIGNATURE,
      createdAt: Date.now() - 60_000,
      attempts: 2,
    };
    localStorage.setItem(OUTBOX_KEY, JSON.stringify([entry]));
    const { backend, calls } = fakeBackend();
    const element = await renderPetition('ar', backend, '#receipt');
    expect(calls).to.have.length(1);
    expect(calls[0].idempotencyKey).to.equal(entry.idempotencyKey);
    expect(calls[0].signature).to.deep.equal(EXPECTED_SIGNATURE);
    expect(localStorage.getItem(OUTBOX_KEY)).to.be.null;
    // Sent in the background: the receipt says so, without pulling focus into the widget.
    expect(text(element)).to.contain('كان محفوظا على هذا الجهاز أرسل الآن');
    expect(active(element)).to.be.null;
    await expect(element).to.be.accessible();
  });

  it('restores the draft from sessionStorage when the element is created again, but not the consent', async () => {
    const { backend } = fakeBackend();
    const first = await renderPetition('fr', backend);
    await fillForm(first);
    first.remove();
    const stored = JSON.parse(sessionStorage.getItem(DRAFT_KEY)!);
    expect(stored).to.include({ fullName: '  Amina Ait Lhaj  ', nationalId: ' jb 123 456 ', eligibility: 'resident' });
    expect(stored).to.not.have.property('consent');
    expect(localStorage.length).to.equal(0);
    const second = await renderPetition('fr', backend);
    expect($<HTMLInputElement>(second, '#full-name').value).to.equal('  Amina Ait Lhaj  ');
    expect($<HTMLInputElement>(second, '#national-id').value).to.equal(' jb 123 456 ');
    expect($<HTMLTextAreaElement>(second, '#address').value).to.equal('Derb Bab Zorgan 12, Taroudant');
    expect($<HTMLInputElement>(second, '#eligibility-resident').checked).to.be.true;
    expect($<HTMLInputElement>(second, '#consent').checked).to.be.false;
  });

  it('maps the server 422 field errors onto the same fields', async () => {
    const { backend } = fakeBackend(COLLECTING, {
      signPetition: async () => {
        throw new ApiError(422, 'validation_failed', 'invalid', { nationalId: 'invalid_format', address: 'too_short' });
      },
    });
    const element = await renderPetition('fr', backend);
    await fillForm(element);
    await submit(element);
    await waitUntil(() => active(element)?.id === 'error-summary');
    expect(element.shadowRoot!.querySelectorAll('#error-summary li')).to.have.length(2);
    expect($(element, '#national-id').getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#nationalId-error').textContent).to.contain('AB123456');
    expect($(element, '#address-error').textContent).to.contain('au moins');
    expect(localStorage.getItem(OUTBOX_KEY)).to.be.null;
    await expect(element).to.be.accessible();
    await type(element, '#national-id', 'JB654321');
    expect($(element, '#national-id').hasAttribute('aria-invalid')).to.be.false;
  });

  it('says signing is closed when the server answers 409', async () => {
    const { backend } = fakeBackend(COLLECTING, {
      signPetition: async () => {
        throw new ApiError(409, 'petition_closed', 'closed');
      },
    });
    const element = await renderPetition('fr', backend);
    const failed = oneEvent(element, 'mocharaka-error');
    await fillForm(element);
    await submit(element);
    expect((await failed).detail.status).to.equal(409);
    await waitUntil(() => element.shadowRoot!.querySelector('#not-open'));
    expect(element.shadowRoot!.querySelector('[part=form]')).to.be.null;
    expect(text(element)).to.contain('Impossible de signer');
    expect(localStorage.getItem(OUTBOX_KEY)).to.be.null;
    await expect(element).to.be.accessible();
  });

  it('renders hostile admin text as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned = true">';
    const petition: Petition = {
      ...COLLECTING,
      title: { ar: hostile },
      body: { ar: hostile },
      demands: [{ ar: hostile }],
      agent: { name: hostile },
      dataController: { name: { ar: hostile }, contact: hostile },
    };
    const element = await renderPetition('fr', fakeBackend(petition).backend);
    expect(element.shadowRoot!.querySelector('img')).to.be.null;
    expect($(element, '#petition-title').textContent).to.contain('<img');
    expect($(element, '#petition-title').getAttribute('lang')).to.equal('ar');
    expect($(element, '#petition-title').getAttribute('dir')).to.equal('rtl');
    expect((window as { __pwned?: boolean }).__pwned).to.be.undefined;
  });

  it('links to the national portal only over https', async () => {
    const safe = await renderPetition('fr', fakeBackend({ ...COLLECTING, portalUrl: 'https://www.eparticipation.ma/p/1' }).backend);
    expect($<HTMLAnchorElement>(safe, '.portal a').href).to.equal('https://www.eparticipation.ma/p/1');
    const unsafe = await renderPetition('fr', fakeBackend({ ...COLLECTING, portalUrl: 'javascript:alert(1)' }).backend);
    expect(unsafe.shadowRoot!.querySelector('.portal')).to.be.null;
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const element = await renderPetition('ar', fakeBackend().backend);
      await submit(element);
      await element.updateComplete;
      expect(element.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(element).to.be.accessible();
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });
});

describe('<mocharaka-petition> with the loader’s prefetched first read', () => {
  const ENDPOINT = 'https://prefetch.example.ma/v1';
  interface Answer {
    status: number;
    retryAfter: string | null;
    body: string;
  }
  const prefetchedReads = () =>
    ((globalThis as Record<symbol, unknown>)[Symbol.for('mocharaka.prefetched-reads')] ??= new Map()) as Map<
      string,
      { sentAt: number; answer: Promise<Answer | undefined> }
    >;
  const prefetch = (answer: Promise<Answer | undefined>) =>
    prefetchedReads().set(`${ENDPOINT}/petitions/${COLLECTING.id}`, { sentAt: performance.now(), answer });
  const answered = (petition: Petition): Answer => ({ status: 200, retryAfter: null, body: JSON.stringify(petition) });

  /** Connects a petition reading ENDPOINT, noting after each of its updates whether it showed the title or the loading status. */
  async function connectNotingUpdates() {
    // The Arabic strings are loaded first, so the element shows its content from its first update on.
    (await renderPetition('ar', fakeBackend().backend)).remove();
    const element = document.createElement('mocharaka-petition');
    Object.entries({ lang: 'ar', petition: COLLECTING.id, endpoint: ENDPOINT }).forEach(([name, value]) =>
      element.setAttribute(name, value),
    );
    const updates: { title?: string; loading: boolean }[] = [];
    element.addController({
      hostUpdated: () =>
        updates.push({
          title: element.shadowRoot!.querySelector('[part=title]')?.textContent ?? undefined,
          loading: element.shadowRoot!.querySelector('[role=status][aria-busy=true]') !== null,
        }),
    });
    const loaded = oneEvent(element, 'mocharaka-loaded');
    document.body.append(element);
    return { element, updates, loaded };
  }

  afterEach(() => {
    prefetchedReads().clear();
    document.querySelectorAll('mocharaka-petition').forEach((element) => element.remove());
  });

  it('shows an answer already prefetched in its first render, with no loading status before it', async () => {
    prefetch(Promise.resolve(answered(COLLECTING)));
    const { element, updates, loaded } = await connectNotingUpdates();
    await loaded;
    await element.updateComplete;
    expect(updates[0], 'the first render').to.deep.equal({ title: COLLECTING.title.ar, loading: false });
    expect(updates.some((update) => update.loading)).to.equal(false);
    expect(prefetchedReads().size, 'the prefetched read was taken').to.equal(0);
  });

  it('says it is loading while the prefetched answer is still on its way, then shows it', async () => {
    let answer!: (value: Answer) => void;
    prefetch(new Promise<Answer>((resolve) => (answer = resolve)));
    const { element, updates, loaded } = await connectNotingUpdates();
    await element.updateComplete;
    expect(updates[0], 'the first render').to.deep.equal({ title: undefined, loading: true });
    answer(answered(COLLECTING));
    await loaded;
    await waitUntil(() => updates.at(-1)?.title === COLLECTING.title.ar, 'the prefetched petition never appeared');
    expect(updates.at(-1)!.loading).to.equal(false);
  });

  it('shows a prefetched refusal in its first render as the load’s failure', async () => {
    prefetch(Promise.resolve({ status: 404, retryAfter: null, body: JSON.stringify({ error: { code: 'not_found', message: 'no' } }) }));
    const { element, updates } = await connectNotingUpdates();
    await element.updateComplete;
    expect(updates[0]!.loading).to.equal(false);
    expect($(element, '[role=alert]'), 'the failure in the first render').to.exist;
    // The text naming the unknown id is downloaded with the first such failure (core's rare notices).
    await waitUntil(() => text(element).includes(COLLECTING.id), 'the unknown id was never named');
  });
});

describe('<mocharaka-petition> digits, wording, diagnostics and printing', () => {
  it('accepts Arabic-Indic, Persian and full-width digits and sends the one normalised ID', async () => {
    for (const [typed, sent] of [
      ['JE٣٤٥٦٧٨', 'JE345678'],
      ['je ۳۴۵ ۶۷۸', 'JE345678'],
      ['ＪＥ３４５６７８', 'JE345678'],
      ['AB0123456', 'AB123456'],
    ]) {
      const { backend, calls } = fakeBackend();
      const element = await renderPetition('ar', backend);
      await fillForm(element);
      await type(element, '#national-id', typed);
      await type(element, '#contact', '+٢١٢ ٦٠٠ ١٢٣ ٤٥٦');
      await submit(element);
      await waitUntil(() => element.shadowRoot!.querySelector('#receipt'), `${typed} was refused`);
      expect(calls[0].signature.nationalId).to.equal(sent);
      expect(calls[0].signature.contact).to.equal('+212 600 123 456');
      sessionStorage.clear();
      localStorage.clear();
    }
  });

  it('takes its inputs’ maxlength from the contract’s limits', async () => {
    const element = await renderPetition('fr', fakeBackend().backend);
    expect($<HTMLInputElement>(element, '#full-name').maxLength).to.equal(FULL_NAME_MAX);
    expect($<HTMLTextAreaElement>(element, '#address').maxLength).to.equal(ADDRESS_MAX);
    expect($<HTMLInputElement>(element, '#contact').maxLength).to.equal(CONTACT_MAX);
  });

  it('names the data controller on its own line, never inside the consent sentence', async () => {
    const backend = fakeBackend({
      ...COLLECTING,
      dataController: {
        name: { ar: 'رئيس المجلس', fr: 'Le président du conseil', en: 'The president of the council' },
        contact: 'dpo@taroudant.ma',
      },
    }).backend;
    const element = await renderPetition('fr', backend);
    const consent = $(element, 'label:has(#consent)').textContent!;
    expect(consent).not.to.contain('Le président');
    expect($(element, '#controller').textContent).to.contain('Le président du conseil');
    expect($(element, '#consent').getAttribute('aria-describedby')).to.contain('controller');
  });

  it('announces the updated signature count politely', async () => {
    const element = await renderPetition('fr', fakeBackend().backend);
    expect($(element, '#count-text').getAttribute('aria-live')).to.equal('polite');
  });

  it('names the unknown petition id, and logs one [mocharaka] line naming the fix', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const backend = fakeBackend(COLLECTING, {
        getPetition: async () => {
          throw new ApiError(404, 'not_found', 'Petition not found');
        },
      }).backend;
      const element = await renderPetition('fr', backend, '[role=alert]');
      await waitUntil(() => text(element).includes('bab-zorgan-lane-lighting'), 'the unknown id was never named');
      expect(element.shadowRoot!.querySelector('[role=alert] button'), 'a “Try again” that cannot find an id that does not exist').to.equal(
        null,
      );
      await expect(element).to.be.accessible();
      await waitUntil(() => warnings.some((line) => line.startsWith('[mocharaka]') && line.includes('"bab-zorgan-lane-lighting"')));
    } finally {
      console.warn = warn;
    }
  });

  it('says the service could not be reached (not the connection) when an online browser gets no answer', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const element = await fixture<MocharakaPetition>(
        html`<mocharaka-petition lang="fr" endpoint="http://127.0.0.1:9/v1" petition="p"></mocharaka-petition>`,
      );
      await element.localeLoaded();
      await waitUntil(() => element.shadowRoot!.querySelector('[role=alert]'), 'no error shown', { timeout: 9000 });
      expect(text(element)).to.contain('Le service n’a pas pu être joint');
      expect(text(element)).not.to.contain('connexion');
      await waitUntil(() =>
        warnings.some(
          (line) => line.startsWith('[mocharaka]') && line.includes('MOCHARAKA_ALLOWED_ORIGINS') && line.includes(location.origin),
        ),
      );
    } finally {
      console.warn = warn;
    }
  });

  it('prints the receipt alone: neither the page around it nor the rest of the petition', async () => {
    const { backend } = fakeBackend();
    const around = document.createElement('p');
    around.id = 'host-page-text';
    around.textContent = 'The commune’s page';
    document.body.prepend(around);
    const print = window.print;
    window.print = () => undefined;
    try {
      const element = await renderPetition('fr', backend);
      await fillForm(element);
      await submit(element);
      await waitUntil(() => element.shadowRoot!.querySelector('#receipt'));
      $(element, '#receipt button').click();
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(around).display).to.equal('none');
      expect(getComputedStyle(element).display).not.to.equal('none');
      expect(getComputedStyle($(element, '#receipt')).display).not.to.equal('none');
      expect(getComputedStyle($(element, '#petition-title')).display).to.equal('none');
      window.dispatchEvent(new Event('afterprint'));
      expect(getComputedStyle(around).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
      window.print = print;
      around.remove();
    }
  });
});

describe('<mocharaka-petition> against the reference server', () => {
  it('signs the demo petition, counted once, and shows the server receipt', async function () {
    // The public count includes a signature at the next 10-second boundary (privacy).
    this.timeout(scaled(30_000));
    const url = '/v1/petitions/bab-zorgan-lane-lighting';
    const before = (await (await fetch(url)).json()) as Petition;
    const element = await fixture<MocharakaPetition>(
      html`<mocharaka-petition lang="ar" endpoint="/v1" petition="bab-zorgan-lane-lighting"></mocharaka-petition>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('[part=form]'), 'the real server never answered', { timeout: 8000 });
    await fillForm(element);
    await type(element, '#national-id', `jb${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`);
    const signed = oneEvent(element, 'mocharaka-petition-signed') as Promise<MocharakaPetitionSignedEvent>;
    await submit(element);
    const { detail } = await signed;
    expect(detail.reference).to.match(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    await waitUntil(() => element.shadowRoot!.querySelector('#receipt'));
    await waitUntil(
      async () => ((await (await fetch(url)).json()) as Petition).signatureCount === before.signatureCount + 1,
      'the count never included the signature',
      { timeout: 15_000, interval: 500 },
    );
    expect(localStorage.getItem('mocharaka:outbox:petition:/v1')).to.be.null;
    expect(sessionStorage.getItem('mocharaka:petition-draft:/v1:bab-zorgan-lane-lighting')).to.be.null;
  });
});
