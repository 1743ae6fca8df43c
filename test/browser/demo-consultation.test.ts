import { expect, waitUntil, scaled } from '../support/browser-testing.js';
import { closeDemoPages, openDemoPage } from './support/demo-page.js';

const ID = 'action-programme-priorities';
const AREAS = ['roads-lighting', 'cleanliness', 'green-spaces', 'youth-sports', 'souks-economy'];

type Element = HTMLElement & { updateComplete: Promise<unknown> };

// The demo page is same-origin: its drafts, tokens, receipts and outbox live in this
// page's localStorage. Each test starts as a new participant.
const clearStorage = () =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith('mocharaka:'))
    .forEach((key) => localStorage.removeItem(key));
beforeEach(clearStorage);
afterEach(() => {
  closeDemoPages();
  clearStorage();
});

/** A citizen on the demo page, driving the open consultation's element through its shadow root. */
function citizen(page: Document) {
  const element = page.querySelector<Element>(`mocharaka-consultation[consultation=${ID}]`)!;
  const root = () => element.shadowRoot!;
  // Null until the loader has defined the element.
  const $ = <E extends HTMLElement = HTMLElement>(selector: string) => element.shadowRoot?.querySelector<E>(selector) ?? null;
  const settle = async () => {
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
  };
  const progress = () => $<HTMLProgressElement>('[part=progress] progress')?.value;
  return {
    element,
    $,
    text: () => root().textContent!.replace(/\s+/g, ' '),
    async click(selector: string) {
      const target = $(selector);
      if (!target) throw new Error(`no ${selector} on this screen: ${root().textContent!.replace(/\s+/g, ' ').slice(0, 200)}`);
      target.click();
      await settle();
    },
    async type(selector: string, value: string) {
      const input = $<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settle();
    },
    /** Next page: the first one waits for the later steps' module, which a loaded machine may still be downloading. */
    async next() {
      const before = progress();
      $('#next')!.click();
      await waitUntil(() => progress() !== before || $('#error-summary'), 'Next did nothing', { timeout: 15_000 });
      await settle();
    },
    checked: (selector: string) => $<HTMLInputElement>(selector)!.checked,
    progress,
    rankLabels: () => [...root().querySelectorAll('[part=rank-item] .rank-label')].map((one) => one.textContent!.trim()),
  };
}

async function takeTheConsultation(
  lang: 'ar' | 'fr',
  words: { area: (id: string) => string; review: string; other: string; comment: string; remark: string },
) {
  const page = await openDemoPage(lang, 800);
  const c = citizen(page);
  await waitUntil(() => c.$('#start'), 'the consultation never rendered', { timeout: 10_000 });
  expect(c.$('[part=base]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');

  // Intro → section 1: ranking and matrix.
  await c.click('#start');
  expect(c.progress()).to.equal(1);
  // Each hint says each thing once: the element's own hint and the question's help do not repeat each other.
  const times = (text: string, phrase: string) => text.split(phrase).length - 1;
  expect(
    times(c.$('#q-priority-ranking-hint')!.textContent!, lang === 'ar' ? 'الأول هو الأهم' : 'Le premier est le plus important'),
  ).to.equal(1);
  expect(c.rankLabels()).to.deep.equal(AREAS.map(words.area));
  await c.click('#q-priority-ranking-1'); // move down: the first (roads & lighting) goes second
  await c.click('#q-priority-ranking-8'); // move up: the last (souks) goes fourth
  const order = ['cleanliness', 'roads-lighting', 'green-spaces', 'souks-economy', 'youth-sports'];
  expect(c.rankLabels()).to.deep.equal(order.map(words.area));
  // Matrix: 3 rows × 4 columns; row 0 → "very", row 1 → "not-really", row 2 → "rather".
  await c.click('#q-service-satisfaction-3');
  await c.click('#q-service-satisfaction-5');
  await c.click('#q-service-satisfaction-10');
  await c.next();
  expect(c.$('#error-summary'), 'section 1 refused').to.equal(null);
  expect(c.progress()).to.equal(2);

  // Back once: the answers are kept.
  await c.click('#back');
  expect(c.progress()).to.equal(1);
  expect(c.rankLabels()).to.deep.equal(order.map(words.area));
  expect(c.checked('#q-service-satisfaction-3')).to.equal(true);
  expect(c.checked('#q-service-satisfaction-5')).to.equal(true);
  expect(c.checked('#q-service-satisfaction-10')).to.equal(true);
  await c.next();

  // Section 2: single choice with a conditional text, number, scale, multiple (at most 2).
  expect(c.$('#q-other-project')).to.equal(null);
  await c.click('#q-favourite-project-3'); // "another project"
  await c.type('#q-other-project', words.other);
  await c.type('#q-outside-centre-share', '35');
  await c.click('#q-follow-up-importance-4');
  expect(c.$('#q-information-channels-hint')!.textContent!.trim()).to.equal(
    lang === 'ar' ? 'اختاروا 2 على الأكثر.' : 'Choisissez-en au plus 2.',
  );
  await c.click('#q-information-channels-0');
  await c.click('#q-information-channels-2');
  await c.click('#q-information-channels-3');
  await c.next();
  expect(c.$('#error-summary'), 'three channels of at most two were accepted').to.exist;
  expect(c.progress()).to.equal(2);
  await c.click('#q-information-channels-3');
  await c.next();
  expect(c.$('#error-summary'), 'section 2 refused').to.equal(null);
  expect(c.progress()).to.equal(3);

  // Section 3: comment on paragraph 2 of the draft, and a long text.
  await c.click('#q-programme-draft-1');
  expect(c.$('#q-programme-draft-1')!.tagName).to.equal('TEXTAREA');
  await c.type('#q-programme-draft-1', words.comment);
  await c.type('#q-other-remarks', words.remark);
  await c.next();
  expect(c.progress()).to.equal(4);

  // Profile (optional): answer one field, leave the others.
  await c.click('#p-gender-0');
  await c.next();

  // Review: every answer is listed; submit.
  expect(c.progress()).to.equal(5);
  expect(c.$('#page-title')!.textContent).to.contain(words.review);
  const review = c.text();
  for (const typed of [words.other, words.comment, words.remark, words.area('cleanliness')]) expect(review).to.contain(typed);
  expect(review).to.match(/35|٣٥/);

  const submitted = new Promise<CustomEvent>((resolve) =>
    c.element.addEventListener('mocharaka-consultation-submitted', (event) => resolve(event as CustomEvent), { once: true }),
  );
  await c.click('#submit');
  await waitUntil(() => c.$('#thanks'), 'no thank-you screen', { timeout: 15_000 });
  const thanks = c.$('#thanks')!;
  const reference = thanks.querySelector('strong')!.textContent!.trim();
  expect(reference).to.match(/^C-[0-9A-F]{4}-\d{4,}$/);
  const event = await submitted;
  expect(event.detail.reference).to.equal(reference);
  expect(event.detail.consultationId).to.equal(ID);
  expect(c.$('#failure')).to.equal(null);

  // The public API has no response count for an open consultation (results are for
  // staff until published): what can be checked without an admin is that the receipt
  // was kept on the device and the draft is gone.
  const keys = Object.keys(localStorage).filter((key) => key.endsWith(`:${ID}`));
  expect(keys.some((key) => key.includes(':receipt:') && localStorage.getItem(key)!.includes(reference))).to.equal(true);
  expect(keys.some((key) => key.includes(':draft:'))).to.equal(false);
  const pending = Object.entries(localStorage).filter(
    ([key, value]) => key.startsWith('mocharaka:outbox:consultation') && value.includes(ID) && value !== '[]',
  );
  expect(pending, 'the response is still in the outbox').to.deep.equal([]);
  const published = await fetch(`/v1/consultations/${ID}/results`);
  expect(published.status).to.equal(404);
  return reference;
}

describe('the open consultation on the demo commune page', () => {
  it('a citizen answers every question kind in Arabic, goes back, reviews, submits and gets a receipt', async function () {
    this.timeout(scaled(60_000));
    const AR: Record<string, string> = {
      'roads-lighting': 'الطرق والإنارة العمومية',
      cleanliness: 'النظافة وجمع النفايات',
      'green-spaces': 'المساحات الخضراء',
      'youth-sports': 'ملاعب القرب ودور الشباب',
      'souks-economy': 'الأسواق والأنشطة الاقتصادية',
    };
    await takeTheConsultation('ar', {
      area: (id) => AR[id]!,
      review: 'راجعوا أجوبتكم',
      other: 'مستوصف في حي الزيتون',
      comment: 'يجب البدء بالأحياء الجنوبية.',
      remark: 'شكرا على هذا التشاور.',
    });
  });

  it('the same in French, as another participant', async function () {
    this.timeout(scaled(60_000));
    const FR: Record<string, string> = {
      'roads-lighting': 'Voirie et éclairage public',
      cleanliness: 'Propreté et collecte des déchets',
      'green-spaces': 'Espaces verts',
      'youth-sports': 'Terrains de proximité et maisons de jeunes',
      'souks-economy': 'Souks et activité économique',
    };
    await takeTheConsultation('fr', {
      area: (id) => FR[id]!,
      review: 'Vérifiez vos réponses',
      other: 'Un dispensaire au quartier Zitoune',
      comment: 'Commencer par les quartiers sud.',
      remark: 'Merci pour cette consultation.',
    });
  });
});
