import { expect, fixture, html, oneEvent, waitUntil, scaled } from '../../../test/support/browser-testing.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  ApiError,
  type PublicSuggestion,
  type SuggestionBox,
  type SuggestionInput,
  type SuggestionList,
  type SuggestionsBackend,
} from '@mocharaka/core';
import '../src/mocharaka-suggestions.js';
import type { MocharakaSuggestions } from '../src/suggestions.element.js';

const BOX: SuggestionBox = {
  topics: [
    { id: 'cleanliness', label: { ar: 'النظافة وجمع النفايات', fr: 'Propreté et collecte des déchets' } },
    { id: 'lighting-roads', label: { ar: 'الإنارة العمومية والطرق', fr: 'Éclairage public et voirie' } },
  ],
  neighbourhoods: [{ id: 'medina', label: { ar: 'المدينة العتيقة', fr: 'Médina' } }],
  departments: [{ id: 'hygiene', label: { ar: 'مكتب حفظ الصحة', fr: 'Bureau d’hygiène' } }],
};

const ANSWERED: PublicSuggestion = {
  code: 'S-TRD0-0001',
  kind: 'suggestion',
  topic: 'cleanliness',
  neighbourhood: 'medina',
  text: 'نقترح وضع حاويات مغلقة للنفايات قرب ساحة أسراك.',
  status: 'answered',
  submittedAt: '2026-10-10T09:00:00.000Z',
  studiedAt: '2026-10-12T09:00:00.000Z',
  department: 'hygiene',
  answer: { text: { ar: 'تمت برمجة عشرين حاوية.', fr: 'Vingt conteneurs sont programmés.' }, at: '2026-10-22T09:00:00.000Z' },
  supportCount: 37,
  published: true,
};
const STUDIED: PublicSuggestion = {
  code: 'S-TRD0-0002',
  kind: 'remark',
  topic: 'lighting-roads',
  text: 'Plusieurs lampadaires sont éteints sur la route du lycée.',
  status: 'under_study',
  submittedAt: '2026-11-01T09:00:00.000Z',
  studiedAt: '2026-11-03T09:00:00.000Z',
  department: 'hygiene',
  supportCount: 4,
  published: true,
};

interface Calls {
  submitted: { suggestion: SuggestionInput; key: string }[];
  supported: { code: string; token: string; key: string }[];
  lists: { topic?: string; status?: string; cursor?: string }[];
}

function fakeBackend(overrides: Partial<SuggestionsBackend> = {}, items: PublicSuggestion[] = [ANSWERED, STUDIED]) {
  const calls: Calls = { submitted: [], supported: [], lists: [] };
  const counts = new Map(items.map((item) => [item.code, item.supportCount]));
  const backend: SuggestionsBackend = {
    getSuggestionBox: async () => BOX,
    listSuggestions: async (filter = {}) => {
      calls.lists.push(filter);
      const matching = items.filter(
        (item) => (!filter.topic || item.topic === filter.topic) && (!filter.status || item.status === filter.status),
      );
      return { items: matching } satisfies SuggestionList;
    },
    submitSuggestion: async (suggestion, { idempotencyKey }) => {
      calls.submitted.push({ suggestion, key: idempotencyKey });
      return { code: 'S-7Q2K-M9XD', status: 'received', submittedAt: '2026-12-01T10:00:00.000Z', contactKept: Boolean(suggestion.contact) };
    },
    getSuggestion: async (code) => {
      const found = items.find((item) => item.code === code);
      if (!found) throw new ApiError(404, 'not_found', 'Suggestion not found');
      return found;
    },
    supportSuggestion: async (code, token, { idempotencyKey }) => {
      calls.supported.push({ code, token, key: idempotencyKey });
      counts.set(code, (counts.get(code) ?? 0) + 1);
      return { code, supportCount: counts.get(code)!, counted: true };
    },
    ...overrides,
  };
  return { backend, calls };
}

const $ = <E extends Element = HTMLElement>(element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<E>(selector)!;
const text = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const active = (element: HTMLElement) => element.shadowRoot!.activeElement;

async function render(
  lang: 'ar' | 'fr',
  backend: SuggestionsBackend,
  view = 'list',
  ready = '.cards, .notice, [part=form], #code, [role=alert]',
) {
  const element = await fixture<MocharakaSuggestions>(
    html`<mocharaka-suggestions lang=${lang} view=${view} .backend=${backend}></mocharaka-suggestions>`,
  );
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector(ready), 'the suggestion box never appeared');
  return element;
}

async function type(element: MocharakaSuggestions, selector: string, value: string) {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
}

async function choose(element: MocharakaSuggestions, selector: string, value: string) {
  const select = $<HTMLSelectElement>(element, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

async function fillForm(element: MocharakaSuggestions) {
  await choose(element, '#topic', 'cleanliness');
  await choose(element, '#neighbourhood', 'medina');
  await type(element, '#text', '  الأزبال تتراكم أمام باب الخميس كل مساء.  ');
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-suggestions> every state in ${lang}`, () => {
    it('loading: a busy status until the box answers', async () => {
      const { backend } = fakeBackend({ getSuggestionBox: () => new Promise(() => {}) });
      const element = await render(lang, backend, 'list', '[aria-busy=true]');
      await expect(element).to.be.accessible();
    });

    it('list: published suggestions with their dated answers and support counts', async () => {
      const element = await render(lang, fakeBackend().backend);
      expect($(element, '[part=base]').getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const cards = element.shadowRoot!.querySelectorAll('.cards > li');
      expect(cards.length).to.equal(2);
      expect(text(element)).to.contain(lang === 'ar' ? 'تمت برمجة عشرين حاوية.' : 'Vingt conteneurs sont programmés.');
      expect(text(element)).to.contain(lang === 'ar' ? 'المساندات' : 'Soutiens');
      expect(text(element)).to.contain(lang === 'ar' ? 'قيد الدراسة' : 'À l’étude');
      await expect(element).to.be.accessible();
    });

    it('empty: says nothing is published yet, and that no published one matches a filter', async () => {
      const element = await render(lang, fakeBackend({}, []).backend);
      expect(text(element)).to.contain(lang === 'ar' ? 'لم ينشر أي اقتراح بعد' : 'Aucune suggestion n’a encore été publiée');
      await expect(element).to.be.accessible();
      await choose(element, '#filter-status', 'not_retained');
      await waitUntil(() =>
        text(element).includes(lang === 'ar' ? 'لا يوجد اقتراح منشور يطابق' : 'Aucune suggestion publiée ne correspond'),
      );
      await expect(element).to.be.accessible();
    });

    it('error: the load failed, with a retry that works', async () => {
      let fail = true;
      const { backend } = fakeBackend({
        getSuggestionBox: async () => {
          if (fail) throw ApiError.network(new TypeError('Failed to fetch'));
          return BOX;
        },
      });
      const element = await render(lang, backend, 'list', '[role=alert]');
      await expect(element).to.be.accessible();
      fail = false;
      $(element, '[role=alert] button').click();
      await waitUntil(() => element.shadowRoot!.querySelector('.cards'));
    });

    it('closed: the box without topics says it is not open yet', async () => {
      const element = await render(
        lang,
        fakeBackend({ getSuggestionBox: async () => ({ topics: [], neighbourhoods: [], departments: [] }) }).backend,
      );
      expect(text(element)).to.contain(lang === 'ar' ? 'لم تفتح الجماعة فضاء الاقتراحات بعد' : 'pas encore ouvert sa boîte');
      await expect(element).to.be.accessible();
    });

    it('form: every field labelled, the contact’s purpose stated beside it', async () => {
      const element = await render(lang, fakeBackend().backend, 'send');
      expect($(element, '#contact-purpose').textContent).to.contain(lang === 'ar' ? 'تحفظ مشفرة' : 'conservées chiffrées');
      await expect(element).to.be.accessible();
    });

    it('validation errors: a focused summary linking to each field', async () => {
      const { backend, calls } = fakeBackend();
      const element = await render(lang, backend, 'send');
      await type(element, '#contact-value', 'pas un contact');
      $(element, '[part=submit]').click();
      await waitUntil(() => active(element)?.id === 'error-summary');
      expect($(element, '#topic').getAttribute('aria-invalid')).to.equal('true');
      expect($(element, '#text').getAttribute('aria-invalid')).to.equal('true');
      expect($(element, '#contact-value').getAttribute('aria-invalid')).to.equal('true');
      expect(calls.submitted).to.have.length(0);
      await expect(element).to.be.accessible();
    });

    it('receipt: the follow-up code, the event, and a follow-up that opens it', async () => {
      const { backend, calls } = fakeBackend();
      const element = await render(lang, backend, 'send');
      await fillForm(element);
      await type(element, '#contact-value', '٠٦٦١٢٣٤٥٦٧');
      const sent = oneEvent(element, 'mocharaka-suggestion-sent');
      $(element, '[part=submit]').click();
      expect((await sent).detail.code).to.equal('S-7Q2K-M9XD');
      await waitUntil(() => active(element)?.id === 'receipt');
      expect(calls.submitted[0]!.suggestion).to.deep.equal({
        kind: 'suggestion',
        topic: 'cleanliness',
        neighbourhood: 'medina',
        text: 'الأزبال تتراكم أمام باب الخميس كل مساء.',
        contact: { value: '0661234567', purpose: 'follow_up' },
      });
      expect($(element, '[part=receipt]').textContent).to.contain('S-7Q2K-M9XD');
      await expect(element).to.be.accessible();
    });

    it('queued offline: the message waits on the device', async () => {
      const { backend } = fakeBackend({
        submitSuggestion: async () => {
          throw ApiError.network(new TypeError('Failed to fetch'));
        },
      });
      const element = await render(lang, backend, 'send');
      await fillForm(element);
      $(element, '[part=submit]').click();
      await waitUntil(() => active(element)?.id === 'queued');
      expect(text(element)).to.contain(lang === 'ar' ? 'محفوظة على هذا الجهاز' : 'gardé sur cet appareil');
      await expect(element).to.be.accessible();
    });

    it('detail: following a code shows its timeline and the dated answer', async () => {
      const element = await render(lang, fakeBackend().backend, 'follow');
      await type(element, '#code', 's-trd0-٠٠٠١');
      $(element, 'form.follow button').click();
      await waitUntil(() => element.shadowRoot!.querySelector('.timeline'));
      expect(element.shadowRoot!.querySelectorAll('.timeline li.done')).to.have.length(3);
      expect(text(element)).to.contain(lang === 'ar' ? 'تمت الإجابة' : 'Répondue');
      await expect(element).to.be.accessible();
    });

    it('detail errors: a malformed code is refused, an unknown one named', async () => {
      const element = await render(lang, fakeBackend().backend, 'follow');
      await type(element, '#code', 'hello');
      $(element, 'form.follow button').click();
      await element.updateComplete;
      expect($(element, '#code').getAttribute('aria-invalid')).to.equal('true');
      await expect(element).to.be.accessible();
      await type(element, '#code', 'S-ZZZZ-ZZZZ');
      $(element, 'form.follow button').click();
      await waitUntil(() => element.shadowRoot!.querySelector('#followed [role=alert]'));
      expect(text(element)).to.contain('S-ZZZZ-ZZZZ');
      await expect(element).to.be.accessible();
    });
  });
}

describe('<mocharaka-suggestions> behaviour', () => {
  it('"me too" is sent once with this browser’s token, and the count follows', async () => {
    const { backend, calls } = fakeBackend();
    const element = await render('fr', backend);
    const button = () =>
      $<HTMLButtonElement>(element, `#item-${ANSWERED.code}`).closest('article')!.querySelector<HTMLButtonElement>('.support button')!;
    button().click();
    await waitUntil(() => button().disabled && text(element).includes('38'));
    expect(button().textContent).to.contain('Vous soutenez ceci');
    expect(calls.supported).to.have.length(1);
    const token = calls.supported[0]!.token;
    expect(token).to.match(/^[A-Za-z0-9_-]{16,100}$/);
    element.remove();
    const again = await render('fr', backend);
    const buttonAgain = $<HTMLButtonElement>(again, `#item-${STUDIED.code}`)
      .closest('article')!
      .querySelector<HTMLButtonElement>('.support button')!;
    buttonAgain.click();
    await waitUntil(() => calls.supported.length === 2);
    expect(calls.supported[1]!.token).to.equal(token, 'one token per browser');
    expect($<HTMLButtonElement>(again, `#item-${ANSWERED.code}`).closest('article')!.querySelector('button')!.disabled).to.equal(true);
  });

  it('filters by topic and status through the backend', async () => {
    const { backend, calls } = fakeBackend();
    const element = await render('ar', backend);
    await choose(element, '#filter-topic', 'lighting-roads');
    await waitUntil(() => calls.lists.some((filter) => filter.topic === 'lighting-roads'));
    await waitUntil(() => element.shadowRoot!.querySelectorAll('.cards > li').length === 1);
    await choose(element, '#filter-status', 'answered');
    await waitUntil(() => calls.lists.some((filter) => filter.topic === 'lighting-roads' && filter.status === 'answered'));
  });

  it('takes its properties the way React and Vue set them, in any order', async () => {
    const { backend } = fakeBackend();
    const element = document.createElement('mocharaka-suggestions');
    element.setAttribute('lang', 'fr');
    element.code = 'S-TRD0-0002';
    document.body.append(element);
    element.backend = backend;
    try {
      await element.localeLoaded();
      await waitUntil(() => element.shadowRoot!.querySelector('.timeline'), 'the code given as a property was never followed');
      expect(element.view).to.equal('follow');
      element.view = 'list';
      await waitUntil(() => element.shadowRoot!.querySelector('.cards'));
      expect(element.getAttribute('view')).to.equal('list');
    } finally {
      element.remove();
    }
  });

  it('can be used with the keyboard only: switch to the form, fill it, send it', async () => {
    const { backend, calls } = fakeBackend();
    const element = await render('ar', backend);
    const sendButton = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=views] button')][1]!;
    sendButton.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.shadowRoot!.querySelector('[part=form]'));
    expect(active(element)?.id).to.equal('view-title');
    $(element, '#kind-remark').focus();
    await sendKeys({ press: 'Space' });
    $(element, '#topic').focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    $(element, '#text').focus();
    await sendKeys({ type: 'حفرة كبيرة في الطريق قرب السوق' });
    $(element, '[part=submit]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.submitted.length === 1);
    expect(calls.submitted[0]!.suggestion.kind).to.equal('remark');
    expect(calls.submitted[0]!.suggestion.topic).to.equal('cleanliness');
  });

  it('sends a message left in the outbox by an earlier visit, with the same key', async () => {
    let online = false;
    const keys: string[] = [];
    const { backend } = fakeBackend({
      submitSuggestion: async (suggestion, { idempotencyKey }) => {
        keys.push(idempotencyKey);
        if (!online) throw ApiError.network(new TypeError('Failed to fetch'));
        return {
          code: 'S-7Q2K-M9XD',
          status: 'received',
          submittedAt: '2026-12-01T10:00:00.000Z',
          contactKept: Boolean(suggestion.contact),
        };
      },
    });
    const element = await render('fr', backend, 'send');
    await fillForm(element);
    $(element, '[part=submit]').click();
    await waitUntil(() => active(element)?.id === 'queued');
    element.remove();
    online = true;
    const again = await render('fr', backend, 'send', '#receipt, [part=form]');
    await waitUntil(() => again.shadowRoot!.querySelector('#receipt'), 'the queued message was never sent');
    expect(new Set(keys).size).to.equal(1, 'one idempotency key across attempts');
  });

  it('fits a 360 px screen', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const element = await render('ar', fakeBackend().backend);
      expect(element.scrollWidth).to.be.at.most(360);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });
});

describe('<mocharaka-suggestions> against the real server', () => {
  it('a citizen sends a remark, gets a code, and follows it; the published list shows Taroudant’s answers', async function () {
    this.timeout(scaled(20_000));
    const element = await fixture<MocharakaSuggestions>(html`<mocharaka-suggestions lang="fr" endpoint="/v1"></mocharaka-suggestions>`);
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('.cards'), 'the published list never came', { timeout: 10_000 });
    expect(text(element)).to.contain('S-TRD0-0001');
    element.view = 'send';
    await waitUntil(() => element.shadowRoot!.querySelector('[part=form]'));
    $(element, '#kind-remark').click();
    await choose(element, '#topic', 'lighting-roads');
    await type(element, '#text', 'Un lampadaire clignote toute la nuit devant la maison de quartier.');
    await type(element, '#contact-value', 'habitant@example.ma');
    $(element, '[part=submit]').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#receipt'), 'no receipt', { timeout: 10_000 });
    const code = $(element, '[part=receipt] .code').textContent!.trim();
    expect(code).to.match(/^S-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    $<HTMLButtonElement>(element, '#receipt .actions .button').click();
    await waitUntil(() => element.shadowRoot!.querySelector('.timeline'), 'the follow-up never came', { timeout: 10_000 });
    expect(text(element)).to.contain('Reçue');
    await expect(element).to.be.accessible();
  });
});
