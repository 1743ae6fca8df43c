import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import {
  ApiError,
  type Consultation,
  type ConsultationBackend,
  type ConsultationResponseInput,
  type ConsultationResults,
} from '@mocharaka/core';
import { sendKeys } from '@web/test-runner-commands';
import '../src/mocharaka-consultation.js';
import type { MocharakaConsultation } from '../src/consultation.element.js';

const DAY = 24 * 60 * 60 * 1000;
const c = (id: string, ar: string, fr: string) => ({ id, label: { ar, fr } });

const SURVEY: Consultation['survey'] = {
  sections: [
    {
      id: 'first',
      title: { ar: 'القسم الأول', fr: 'Première partie' },
      questions: [
        {
          id: 'go',
          kind: 'single',
          required: true,
          title: { ar: 'هل تذهب إلى السوق؟', fr: 'Allez-vous au souk ?' },
          options: [c('yes', 'نعم', 'Oui'), c('no', 'لا', 'Non')],
        },
        {
          id: 'why-not',
          kind: 'text',
          required: true,
          maxLength: 40,
          showIf: { question: 'go', anyOf: ['no'] },
          title: { ar: 'لماذا؟', fr: 'Pourquoi ?' },
        },
        {
          id: 'days',
          kind: 'multiple',
          required: false,
          max: 2,
          title: { ar: 'أي أيام؟', fr: 'Quels jours ?' },
          options: [c('mon', 'الإثنين', 'Lundi'), c('thu', 'الخميس', 'Jeudi'), c('sun', 'الأحد', 'Dimanche')],
        },
        {
          id: 'grade',
          kind: 'scale',
          required: false,
          min: 1,
          max: 5,
          minLabel: { ar: 'سيء', fr: 'Mauvais' },
          maxLabel: { ar: 'ممتاز', fr: 'Excellent' },
          title: { ar: 'تقييم السوق', fr: 'Note du souk' },
        },
      ],
    },
    {
      id: 'second',
      title: { ar: 'القسم الثاني', fr: 'Deuxième partie' },
      questions: [
        {
          id: 'rank',
          kind: 'ranking',
          required: true,
          title: { ar: 'رتب الأولويات', fr: 'Classez les priorités' },
          options: [c('roads', 'الطرق', 'Routes'), c('parks', 'الحدائق', 'Jardins'), c('souk', 'السوق', 'Souk')],
        },
        {
          id: 'grid',
          kind: 'matrix',
          required: false,
          title: { ar: 'رضاكم', fr: 'Votre satisfaction' },
          rows: [c('clean', 'النظافة', 'Propreté'), c('light', 'الإنارة', 'Éclairage')],
          columns: [c('good', 'جيد', 'Bien'), c('bad', 'سيء', 'Mal')],
        },
        {
          id: 'age',
          kind: 'number',
          required: false,
          min: 0,
          max: 120,
          integer: true,
          title: { ar: 'عمر السوق بالسنوات', fr: 'Âge du souk en années' },
        },
        {
          id: 'draft',
          kind: 'passage',
          required: false,
          maxLength: 200,
          title: { ar: 'المسودة', fr: 'Le projet' },
          paragraphs: [
            c('p1', 'الفقرة الأولى من النص.', 'Premier paragraphe du texte.'),
            c('p2', 'الفقرة الثانية.', 'Deuxième paragraphe.'),
          ],
        },
        { id: 'remarks', kind: 'long_text', required: false, maxLength: 500, title: { ar: 'ملاحظات', fr: 'Remarques' } },
      ],
    },
  ],
};

function consultation(overrides: Partial<Consultation> = {}): Consultation {
  return {
    id: 'souk',
    title: { ar: 'تشاور حول السوق', fr: 'Consultation sur le souk' },
    introduction: { ar: 'نريد رأيكم.', fr: 'Nous voulons votre avis.' },
    opensAt: new Date(Date.now() - DAY).toISOString(),
    closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
    status: 'open',
    resultsPublished: false,
    survey: SURVEY,
    profile: { fields: ['gender', 'ageBand', 'neighbourhood', 'associationMember'], neighbourhoods: [c('medina', 'المدينة', 'Médina')] },
    ...overrides,
  };
}

const RESULTS: ConsultationResults = {
  consultationId: 'souk',
  responseCount: 4,
  questions: [
    {
      questionId: 'go',
      kind: 'single',
      answered: 4,
      counts: [
        { key: 'yes', count: 3 },
        { key: 'no', count: 1 },
      ],
    },
    {
      questionId: 'days',
      kind: 'multiple',
      answered: 2,
      counts: [
        { key: 'mon', count: 2 },
        { key: 'thu', count: 1 },
        { key: 'sun', count: 0 },
      ],
    },
    {
      questionId: 'grade',
      kind: 'scale',
      answered: 2,
      counts: [1, 2, 3, 4, 5].map((v) => ({ key: String(v), count: v === 4 ? 2 : 0 })),
      mean: 4,
    },
    {
      questionId: 'rank',
      kind: 'ranking',
      answered: 4,
      ranks: [
        { key: 'souk', meanRank: 1.2, first: 3 },
        { key: 'roads', meanRank: 2, first: 1 },
        { key: 'parks', meanRank: 2.8, first: 0 },
      ],
    },
    {
      questionId: 'grid',
      kind: 'matrix',
      answered: 1,
      rows: [
        {
          key: 'clean',
          counts: [
            { key: 'good', count: 1 },
            { key: 'bad', count: 0 },
          ],
        },
        {
          key: 'light',
          counts: [
            { key: 'good', count: 0 },
            { key: 'bad', count: 1 },
          ],
        },
      ],
    },
    { questionId: 'age', kind: 'number', answered: 2, mean: 40, min: 30, max: 50 },
    {
      questionId: 'draft',
      kind: 'passage',
      answered: 1,
      paragraphs: [
        { key: 'p1', count: 1, texts: ['تعليق منشور'] },
        { key: 'p2', count: 0, texts: [] },
      ],
    },
    { questionId: 'remarks', kind: 'long_text', answered: 2, texts: ['ملاحظة منشورة'] },
  ],
};

interface Call {
  id: string;
  response: ConsultationResponseInput;
  idempotencyKey: string;
}

function fakeBackend(data: Consultation = consultation(), overrides: Partial<ConsultationBackend> = {}) {
  const calls: Call[] = [];
  const backend: ConsultationBackend = {
    listConsultations: async () => [data],
    getConsultation: async () => data,
    respondToConsultation: async (id, response, { idempotencyKey }) => {
      calls.push({ id, response, idempotencyKey });
      return { receipt: { reference: `C-AB12-000${calls.length}`, submittedAt: new Date().toISOString() } };
    },
    getConsultationResults: async () => RESULTS,
    ...overrides,
  };
  return { backend, calls };
}

async function render(lang: 'ar' | 'fr', backend: ConsultationBackend) {
  const element = await fixture<MocharakaConsultation>(
    html`<mocharaka-consultation lang=${lang} consultation="souk" .backend=${backend}></mocharaka-consultation>`,
  );
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector('#title, [role=alert]'), 'never loaded');
  return element;
}

const $ = <E extends Element = HTMLElement>(element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<E>(selector)!;
const text = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function click(element: MocharakaConsultation, selector: string) {
  $(element, selector).click();
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

async function type(element: MocharakaConsultation, selector: string, value: string) {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
}

/** Fills the first section validly and goes to the second. */
async function fillFirst(element: MocharakaConsultation) {
  await click(element, '#start');
  await click(element, '#q-go-0');
  await click(element, '#q-days-0');
  await click(element, '#q-grade-3');
  await click(element, '#next');
}

beforeEach(() => localStorage.clear());

describe('<mocharaka-consultation> in Arabic', () => {
  it('shows the introduction right to left, then the first section with a progress indicator', async () => {
    const element = await render('ar', fakeBackend().backend);
    expect($(element, '[part=base]').getAttribute('dir')).to.equal('rtl');
    expect(text(element)).to.contain('تشاور حول السوق');
    expect(text(element)).to.contain('نريد رأيكم');
    await expect(element).to.be.accessible();
    await click(element, '#start');
    expect(text(element)).to.contain('المرحلة 1 من 4');
    expect($(element, 'progress')).to.exist;
    expect(element.shadowRoot!.activeElement?.id).to.equal('page-title');
    expect(element.shadowRoot!.querySelectorAll('fieldset legend').length).to.be.greaterThan(2);
    await expect(element).to.be.accessible();
  });

  it('GOV.UK errors: a focused summary linking to the field, the message tied by aria-describedby', async () => {
    const element = await render('ar', fakeBackend().backend);
    await click(element, '#start');
    await click(element, '#next');
    // "Next" checks with the later steps' module, which may still be loading on a busy machine.
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'error-summary', 'the error summary never took focus');
    const summary = $(element, '#error-summary');
    expect(summary.textContent).to.contain('هل تذهب إلى السوق؟');
    expect(summary.textContent).to.contain('اختاروا جوابا');
    const fieldset = $(element, 'fieldset.has-error');
    expect(fieldset.getAttribute('aria-describedby')).to.contain('q-go-error');
    await expect(element).to.be.accessible();
    $(element, '#error-summary a').click();
    expect(element.shadowRoot!.activeElement?.id).to.equal('q-go-0');
  });

  it('shows a conditional question only when the earlier answer matches, and requires it then', async () => {
    const element = await render('ar', fakeBackend().backend);
    await click(element, '#start');
    expect($(element, '#q-why-not')).to.equal(null);
    await click(element, '#q-go-1');
    expect($(element, '#q-why-not')).to.exist;
    await click(element, '#next');
    await waitUntil(() => $(element, '#error-summary'), 'no error summary');
    expect($(element, '#error-summary').textContent).to.contain('لماذا؟');
    await click(element, '#q-go-0');
    expect($(element, '#q-why-not')).to.equal(null);
  });

  it('every question kind: ranking with move buttons, matrix, number, passage, long text', async () => {
    const element = await render('ar', fakeBackend().backend);
    await fillFirst(element);
    expect(text(element)).to.contain('المرحلة 2 من 4');
    // ranking: move "souk" (third) up twice, with buttons
    await click(element, '#q-rank-4');
    await click(element, '#q-rank-2');
    const items = [...element.shadowRoot!.querySelectorAll('[part=rank-item] .rank-label')].map((one) => one.textContent!.trim());
    expect(items).to.deep.equal(['السوق', 'الطرق', 'الحدائق']);
    expect(text(element)).to.contain('المرتبة 1 من 3');
    await click(element, '#q-grid-0');
    await click(element, '#q-grid-3');
    await type(element, '#q-age', 'abc');
    await click(element, '#q-draft-1');
    expect(element.shadowRoot!.activeElement?.id).to.equal('q-draft-1');
    expect(element.shadowRoot!.activeElement?.tagName).to.equal('TEXTAREA');
    await type(element, '#q-draft-1', 'تعليق على الفقرة الثانية');
    await type(element, '#q-remarks', 'شكرا');
    await click(element, '#next');
    expect($(element, '#error-summary').textContent).to.contain('أدخلوا عددا');
    await type(element, '#q-age', '12');
    await expect(element).to.be.accessible();
    await click(element, '#next');
    expect(text(element)).to.contain('معلومات عنكم (اختيارية)');
    await expect(element).to.be.accessible();
  });

  for (const locale of ['ar', 'fr'] as const) {
    it(`reads a number typed on an Arabic keyboard, and a decimal in a whole-number question is refused (${locale})`, async () => {
      const element = await render(locale, fakeBackend().backend);
      await fillFirst(element);
      await click(element, '#q-rank-2');
      await click(element, '#q-grid-0');
      await click(element, '#q-grid-3');
      $<HTMLInputElement>(element, '#q-age').focus();
      await sendKeys({ type: '٣٫٥' });
      await click(element, '#next');
      await waitUntil(() => $(element, '#error-summary'), 'a decimal age is refused');
      expect($(element, '#error-summary').textContent).to.contain(locale === 'ar' ? 'عددا صحيحا' : 'nombre entier');
      $<HTMLInputElement>(element, '#q-age').select();
      await sendKeys({ type: '٤٥' });
      await click(element, '#next');
      expect($(element, '#q-age')).to.equal(null, 'the Arabic-Indic 45 is accepted: the next section is shown');
      await click(element, '#next');
      await waitUntil(() => $(element, '#submit'), 'no review page');
      expect(text(element)).to.match(/(?<!\d)45(?!\d)|٤٥/);
      await expect(element).to.be.accessible();
    });
  }

  it('back and next keep the answers, and the review lists them', async () => {
    const element = await render('ar', fakeBackend().backend);
    await fillFirst(element);
    await click(element, '#back');
    expect($<HTMLInputElement>(element, '#q-go-0').checked).to.equal(true);
    expect($<HTMLInputElement>(element, '#q-days-0').checked).to.equal(true);
    await click(element, '#next');
    await click(element, '#q-rank-2'); // parks up
    await click(element, '#next');
    await click(element, '#next'); // profile, all optional
    expect(text(element)).to.contain('راجعوا أجوبتكم');
    expect(text(element)).to.contain('الإثنين');
    expect(text(element)).to.contain('بدون جواب');
    await expect(element).to.be.accessible();
  });

  it('submits once with an idempotency key and a participant token, then shows the receipt and fires the event', async () => {
    const { backend, calls } = fakeBackend();
    const element = await render('ar', backend);
    const events: CustomEvent[] = [];
    element.addEventListener('mocharaka-consultation-submitted', (event) => events.push(event));
    await fillFirst(element);
    await click(element, '#q-rank-2');
    await click(element, '#next');
    await click(element, '#p-gender-0');
    await click(element, '#next');
    await click(element, '#submit');
    await waitUntil(() => calls.length === 1 && $(element, '#thanks'));
    expect(calls[0].idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(calls[0].response.participantToken).to.match(/^[0-9a-f]{32}$/);
    expect(calls[0].response.answers).to.deep.equal({ go: 'yes', days: ['mon'], grade: 4, rank: ['parks', 'roads', 'souk'] });
    expect(calls[0].response.profile).to.deep.equal({ gender: 'woman' });
    expect(text(element)).to.contain('C-AB12-0001');
    expect(events).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('restores the answers and the page after the element is created again (autosave)', async () => {
    const { backend } = fakeBackend();
    const first = await render('ar', backend);
    await fillFirst(first);
    first.remove();
    const second = await render('ar', backend);
    await waitUntil(() => $(second, '#q-rank-0'));
    expect(text(second)).to.contain('المرحلة 2 من 4');
    await click(second, '#back');
    expect($<HTMLInputElement>(second, '#q-go-0').checked).to.equal(true);
    expect($<HTMLInputElement>(second, '#q-grade-3').checked).to.equal(true);
  });

  it('keeps the response on the device when offline, then sends it once', async () => {
    let online = false;
    const { backend, calls } = fakeBackend(consultation(), {});
    const respond = backend.respondToConsultation;
    backend.respondToConsultation = async (...args) => {
      if (!online) throw ApiError.network(new TypeError('Failed to fetch'));
      return respond(...args);
    };
    const element = await render('ar', backend);
    await fillFirst(element);
    await click(element, 'button.link');
    await click(element, '#next');
    await click(element, '#next');
    await click(element, '#submit');
    await waitUntil(() => $(element, '#queued'));
    await expect(element).to.be.accessible();
    expect(localStorage.getItem('mocharaka:outbox:consultation:custom')).to.contain('participantToken');
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => $(element, '#thanks'));
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).to.have.length(1);
  });

  for (const lang of ['ar', 'fr'] as const) {
    it(`says when a consultation is not open yet, with its dates (${lang}; the view comes with the later steps' chunk)`, async () => {
      const data = consultation({ status: 'upcoming', opensAt: '2030-04-03T00:00:00Z', closesAt: '2030-04-15T00:00:00Z' });
      const element = await render(lang, fakeBackend(data).backend);
      const opens = lang === 'ar' ? 'يُفتح هذا التشاور يوم' : 'Cette consultation ouvre le';
      await waitUntil(() => text(element).includes(opens), 'the opening date never showed');
      expect($(element, '[role=status]').textContent).to.contain('2030');
      expect($(element, '#start')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it(`says when a response waits in the outbox, with "Send now" (${lang})`, async () => {
      const data = consultation();
      localStorage.setItem(
        'mocharaka:outbox:consultation:custom',
        JSON.stringify([
          { target: 'souk', payload: { participantToken: 'x', answers: {} }, idempotencyKey: 'k-1', createdAt: Date.now(), attempts: 0 },
        ]),
      );
      const { backend } = fakeBackend(data, {
        respondToConsultation: async () => {
          throw ApiError.network(new TypeError('Failed to fetch'));
        },
      });
      const element = await render(lang, backend);
      await waitUntil(() => $(element, '#queued button'), 'the queued notice never showed');
      expect($(element, '#queued button').textContent).to.equal(lang === 'ar' ? 'أرسل الآن' : 'Envoyer maintenant');
      await expect(element).to.be.accessible();
    });
  }

  it('after closing, shows published results as tables with bars', async () => {
    const data = consultation({
      status: 'closed',
      resultsPublished: true,
      opensAt: '2024-04-03T00:00:00Z',
      closesAt: '2024-04-15T23:00:00Z',
    });
    const element = await render('ar', fakeBackend(data).backend);
    await waitUntil(() => $(element, '[part=results]'));
    expect(text(element)).to.contain('أُغلق هذا التشاور');
    const unpublished = await render('ar', fakeBackend({ ...data, resultsPublished: false }).backend);
    await waitUntil(() => text(unpublished).includes('أُغلق هذا التشاور'), 'the closing never showed');
    expect($(unpublished, '[part=results]')).to.equal(null);
    await expect(unpublished).to.be.accessible();
    const tables = element.shadowRoot!.querySelectorAll('table.chart');
    expect(tables.length).to.be.greaterThan(4);
    expect(tables[0].querySelector('caption')!.textContent).to.contain('هل تذهب إلى السوق؟');
    expect(text(element)).to.match(/75\W*%/);
    expect(text(element)).to.contain('ملاحظة منشورة');
    expect(element.shadowRoot!.querySelector('svg.bar')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(element).to.be.accessible();
  });
});

describe('<mocharaka-consultation> in French', () => {
  it('runs left to right with French texts and labels', async () => {
    const element = await render('fr', fakeBackend().backend);
    expect($(element, '[part=base]').getAttribute('dir')).to.equal('ltr');
    expect(text(element)).to.contain('Consultation sur le souk');
    expect(text(element)).to.contain('Commencer');
    await expect(element).to.be.accessible();
    await click(element, '#start');
    expect(text(element)).to.contain('Étape 1 sur 4');
    await click(element, '#next');
    expect($(element, '#error-summary').textContent).to.contain('Choisissez une réponse');
    await expect(element).to.be.accessible();
  });

  it('maps server field errors back to the question', async () => {
    const { backend } = fakeBackend(consultation(), {
      respondToConsultation: async () => {
        throw new ApiError(422, 'validation_failed', 'invalid', { days: 'too_big' });
      },
    });
    const element = await render('fr', backend);
    await fillFirst(element);
    await click(element, 'button.link');
    await click(element, '#next');
    await click(element, '#next');
    await click(element, '#submit');
    await waitUntil(() => $(element, '#error-summary'));
    expect($(element, '#error-summary').textContent).to.contain('Choisissez-en au plus 2');
    expect(text(element)).to.contain('Étape 1 sur 4');
  });

  it('says when this device already answered', async () => {
    const { backend } = fakeBackend(consultation(), {
      respondToConsultation: async () => {
        throw new ApiError(409, 'already_responded', 'already');
      },
    });
    const element = await render('fr', backend);
    await fillFirst(element);
    await click(element, 'button.link');
    await click(element, '#next');
    await click(element, '#next');
    await click(element, '#submit');
    await waitUntil(() => text(element).includes('déjà été enregistrée'));
    await expect(element).to.be.accessible();
  });

  it('closed without published results says so; results tables in French', async () => {
    const closed = consultation({ status: 'closed', opensAt: '2024-04-03T00:00:00Z', closesAt: '2024-04-15T23:00:00Z' });
    const element = await render('fr', fakeBackend(closed).backend);
    await waitUntil(() => text(element).includes('Cette consultation a fermé le'), 'the closing never showed');
    expect(text(element)).to.contain('pas encore publié');
    await expect(element).to.be.accessible();
    const published = await render('fr', fakeBackend({ ...closed, resultsPublished: true }).backend);
    await waitUntil(() => $(published, '[part=results]'));
    expect(text(published)).to.contain('Rang moyen');
    expect(text(published)).to.contain('Premier paragraphe du texte.');
    await expect(published).to.be.accessible();
  });

  it('shows a clear message when the consultation attribute is missing', async () => {
    const element = await fixture<MocharakaConsultation>(
      html`<mocharaka-consultation lang="fr" .backend=${fakeBackend().backend}></mocharaka-consultation>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('[part=config-error]'), 'no configuration error');
    expect($(element, '[part=config-error]').textContent).to.contain('consultation');
    await expect(element).to.be.accessible();
  });
});
