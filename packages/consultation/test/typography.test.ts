import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { setViewport } from '@web/test-runner-commands';
import type { Consultation, ConsultationBackend, ConsultationResults, Question } from '@mocharaka/core';
import { brokenWords } from '../../../test/support/broken-words.js';
import '../src/mocharaka-consultation.js';
import type { MocharakaConsultation } from '../src/consultation.element.js';
import { problemText } from '../src/questions.js';

const DAY = 24 * 60 * 60 * 1000;
const c = (id: string, ar: string, fr: string) => ({ id, label: { ar, fr } });

const SURVEY: Consultation['survey'] = {
  sections: [
    {
      id: 'souk',
      title: { ar: 'السوق', fr: 'Le souk' },
      questions: [
        {
          id: 'go',
          kind: 'single',
          required: true,
          title: { ar: 'هل تذهب إلى السوق؟', fr: 'Allez-vous au souk ?' },
          options: [c('yes', 'نعم', 'Oui'), c('no', 'لا', 'Non')],
        },
        { id: 'name', kind: 'text', required: true, title: { ar: 'اسم السوق', fr: 'Nom du souk' } },
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
    survey: {
      sections: [
        ...SURVEY.sections,
        {
          id: 'ranking',
          title: { ar: 'الأولويات', fr: 'Priorités' },
          questions: [
            {
              id: 'rank',
              kind: 'ranking',
              required: true,
              title: { ar: 'رتبوا', fr: 'Classez' },
              options: [c('roads', 'الطرق', 'Routes'), c('parks', 'الحدائق', 'Jardins')],
            },
            { id: 'remarks', kind: 'long_text', required: false, title: { ar: 'ملاحظات', fr: 'Remarques' } },
          ],
        },
      ],
    },
    ...overrides,
  };
}

const RESULTS: ConsultationResults = {
  consultationId: 'souk',
  responseCount: 3,
  questions: [
    {
      questionId: 'go',
      kind: 'single',
      answered: 3,
      counts: [
        { key: 'yes', count: 2 },
        { key: 'no', count: 1 },
      ],
    },
    {
      questionId: 'rank',
      kind: 'ranking',
      answered: 3,
      ranks: [
        { key: 'roads', meanRank: 1.3, first: 2 },
        { key: 'parks', meanRank: 1.7, first: 1 },
      ],
    },
    { questionId: 'remarks', kind: 'long_text', answered: 2, texts: ['السوق يحتاج إلى إنارة', 'Le souk manque de lumière'] },
  ],
};

function backendOf(data: Consultation): ConsultationBackend {
  return {
    listConsultations: async () => [data],
    getConsultation: async () => data,
    respondToConsultation: async () => ({ receipt: { reference: 'C-AB12-0001', submittedAt: new Date().toISOString() } }),
    getConsultationResults: async () => RESULTS,
  };
}

async function render(lang: 'ar' | 'fr' | 'zgh', data = consultation()) {
  const element = await fixture<MocharakaConsultation>(
    html`<mocharaka-consultation lang=${lang} consultation="souk" .backend=${backendOf(data)}></mocharaka-consultation>`,
  );
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector('#start, [part=results]'), 'never loaded');
  return element;
}

const $ = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)!;
const text = (question: Partial<Question>) => ({ id: 'q', kind: 'text', required: true, title: { ar: 'س' }, ...question }) as Question;

beforeEach(() => localStorage.clear());
afterEach(() => setViewport({ width: 800, height: 600 }));

describe('consultation wording in Arabic', () => {
  it('the error summary puts no colon after a question mark: "؟" then the problem', async () => {
    const element = await render('ar');
    $(element, '#start').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#next'));
    $(element, '#next').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#error-summary'));
    const lines = [...element.shadowRoot!.querySelectorAll('#error-summary li')].map((line) => line.textContent!.trim());
    expect(lines[0]).to.equal('هل تذهب إلى السوق؟ اختاروا جوابا.');
    expect(lines[1]).to.match(/^اسم السوق: /);
    expect(element.shadowRoot!.textContent).to.not.contain('؟:');
    await expect(element).to.be.accessible();
  });

  it('counts characters with the Arabic plural: one, two, few, many and other (1.000 حرف)', async () => {
    await render('ar');
    const tooLong = (maxLength: number) => problemText(text({ maxLength }), 'too_long', 'ar');
    expect(tooLong(1)).to.equal('اكتبوا حرفا واحدا على الأكثر.');
    expect(tooLong(2)).to.equal('اكتبوا حرفين على الأكثر.');
    expect(tooLong(3)).to.equal('اكتبوا 3 أحرف على الأكثر.');
    expect(tooLong(11)).to.equal('اكتبوا 11 حرفا على الأكثر.');
    expect(tooLong(100)).to.equal('اكتبوا 100 حرف على الأكثر.');
    expect(tooLong(1000)).to.equal('اكتبوا 1.000 حرف على الأكثر.');
    expect(tooLong(1500)).to.equal('اكتبوا 1.500 حرف على الأكثر.');
  });

  it('shows citizens’ published comments with their language when the script tells it', async () => {
    const element = await render(
      'ar',
      consultation({
        status: 'closed',
        resultsPublished: true,
        closesAt: new Date(Date.now() - DAY).toISOString(),
        opensAt: new Date(Date.now() - 9 * DAY).toISOString(),
      }),
    );
    await waitUntil(() => element.shadowRoot!.querySelector('.texts'));
    const comments = [...element.shadowRoot!.querySelectorAll('.texts bdi')];
    expect(comments.map((one) => one.getAttribute('lang'))).to.deep.equal(['ar', '']);
    await expect(element).to.be.accessible();
  });
});

describe('consultation wording in French', () => {
  it('French typography in the error summary: a space before the colon, none after "?"', async () => {
    const element = await render('fr');
    $(element, '#start').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#next'));
    $(element, '#next').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#error-summary'));
    const lines = [...element.shadowRoot!.querySelectorAll('#error-summary li')].map((line) => line.textContent!.trim());
    expect(lines[0]).to.equal('Allez-vous au souk ? Choisissez une réponse.');
    expect(lines[1]).to.match(/^Nom du souk\u00a0: /);
    expect(problemText(text({ maxLength: 1 }), 'too_long', 'fr')).to.equal('Écrivez au plus un caractère.');
    expect(problemText(text({ maxLength: 1000 }), 'too_long', 'fr')).to.match(/^Écrivez au plus 1[.\s\u202f]000 caractères\.$/);
  });

  for (const width of [320, 360]) {
    it(`results tables break their column headers between words, never inside one, at ${width} px`, async () => {
      await setViewport({ width, height: 640 });
      const element = await render(
        'fr',
        consultation({
          status: 'closed',
          resultsPublished: true,
          closesAt: new Date(Date.now() - DAY).toISOString(),
          opensAt: new Date(Date.now() - 9 * DAY).toISOString(),
        }),
      );
      await waitUntil(() => element.shadowRoot!.querySelector('[part=results] thead'));
      expect(brokenWords(element.shadowRoot!.querySelectorAll('table.chart thead th')), 'headers broken across lines').to.deep.equal([]);
      await expect(element).to.be.accessible();
    });
  }
});

describe('consultation wording in Amazigh', () => {
  it('decides the plural explicitly (one for 1, other otherwise), not by falling back to English', async () => {
    await render('zgh');
    expect(problemText(text({ maxLength: 1 }), 'too_long', 'zgh')).to.equal('ⴰⵔⴰ ⵢⴰⵏ ⵓⵙⴽⴽⵉⵍ ⵎⴰⵙ ⵓⴳⴳⴰⵔ.');
    expect(problemText(text({ maxLength: 12 }), 'too_long', 'zgh')).to.match(/^ⴰⵔⴰ 12 ⵏ ⵉⵙⴽⴽⵉⵍⵏ/);
  });
});
