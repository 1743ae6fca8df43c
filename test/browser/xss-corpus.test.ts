import { expect, fixture, html, waitUntil } from '../support/browser-testing.js';
import type {
  Charter,
  CharterBackend,
  Consultation,
  ConsultationBackend,
  ConsultationResults,
  Petition,
  PetitionBackend,
  SatisfactionBackend,
  Service,
  SuggestionsBackend,
} from '@mocharaka/core';
import '../../packages/satisfaction/src/mocharaka-satisfaction.js';
import '../../packages/petition/src/mocharaka-petition.js';
import '../../packages/consultation/src/mocharaka-consultation.js';
import '../../packages/charter/src/mocharaka-charter.js';
import '../../packages/suggestions/src/mocharaka-suggestions.js';
import { CHARTER } from '../../packages/charter/test/fixtures.js';

/**
 * Every text an admin or a citizen can write goes through the elements with classic
 * XSS payloads: no script may run and no element may be injected.
 */
export const XSS_PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"></svg>',
  '"><iframe srcdoc="<script>parent.__xss = 4</script>">',
  'javascript:window.__xss = 5',
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
      serviceId,
      count: 40,
      mean: 3,
      distribution: { 1: 8, 2: 8, 3: 8, 4: 8, 5: 8 },
      satisfactionScore: 0.4,
      significant: true,
      trend: [{ month: '2026-10', count: 40, mean: 3, satisfactionScore: 0.4 }],
      topTags: [{ tagId: `good-${serviceId.split('-')[1]}`, count: 5 }],
    }),
  };
}

function assertInert(root: ShadowRoot) {
  expect(root.querySelectorAll('script, img, iframe, style:not([data-lit]), b, a[href^="javascript"]')).to.have.length(0);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes)
      expect(attribute.name.startsWith('on'), `${element.localName}[${attribute.name}]`).to.be.false;
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

/** Texts tried, per element, for the report: payloads × admin- or citizen-writable strings. */
const tried: Record<string, number> = {};

const LOCALES = new Set(['ar', 'fr', 'zgh', 'en']);
/** Plain-string fields an admin or a citizen writes: agent and association names, contacts, published comments. */
const TEXT_KEYS = new Set(['name', 'contact', 'texts', 'session']);

/**
 * A deep copy of `value` where every localized text and every free-text field holds
 * `payload`; `required` is turned off so every page of a survey can be reached.
 * `count.texts` says how many strings were replaced.
 */
function poison<T>(value: T, payload: string, count: { texts: number }, key = ''): T {
  if (typeof value === 'string') {
    if (!TEXT_KEYS.has(key)) return value;
    count.texts += 1;
    return payload as T;
  }
  if (Array.isArray(value)) return value.map((item) => poison(item, payload, count, key)) as T;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([k, v]) => LOCALES.has(k) && typeof v === 'string')) {
      count.texts += entries.length;
      return Object.fromEntries(entries.map(([k]) => [k, payload])) as T;
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, k === 'required' ? false : poison(v, payload, count, k)])) as T;
  }
  return value;
}

function expectVisible(root: ShadowRoot, payload: string) {
  expect(root.textContent, 'the payload is shown as text').to.contain(payload);
}

const DAY = 24 * 60 * 60 * 1000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const T = (text: string) => ({ ar: text, fr: text });

const PETITION: Petition = {
  id: 'bab-zorgan-lane-lighting',
  title: T('Éclairage des ruelles'),
  body: T('Les ruelles sont obscures.\n\nNous demandons leur éclairage.'),
  demands: [T('Installer 40 lampadaires'), T('Réparer les lampadaires')],
  agent: { name: 'Fatima Zahra El Idrissi' },
  commune: { id: 'taroudant', name: T('Commune de Taroudant') },
  status: 'collecting',
  statusHistory: [{ status: 'collecting', at: iso(-10) }],
  opensAt: iso(-10),
  closesAt: iso(50),
  threshold: 200,
  signatureCount: 137,
  eligibility: ['resident', 'economic'],
  dataController: { name: T('Commune de Taroudant'), contact: 'dpo@taroudant.ma' },
};
const REJECTED_PETITION: Petition = {
  ...PETITION,
  opensAt: iso(-70),
  closesAt: iso(-5),
  status: 'rejected',
  statusHistory: [
    { status: 'collecting', at: iso(-70) },
    { status: 'deposited', at: iso(-5), note: T('Déposée au bureau') },
    { status: 'under_review', at: iso(-3), note: T('Examen') },
    { status: 'rejected', at: iso(-1), note: T('Relève de la société de distribution') },
  ],
  answerDueAt: iso(85),
};

beforeEach(() => localStorage.clear());

describe('XSS corpus through <mocharaka-petition>', () => {
  for (const [view, source] of [
    ['collecting', PETITION],
    ['rejected', REJECTED_PETITION],
  ] as const) {
    it(`renders every payload in every petition text as text (${view})`, async () => {
      for (const payload of XSS_PAYLOADS) {
        const count = { texts: 0 };
        const petition = poison(source, payload, count);
        tried[`petition ${view}`] = (tried[`petition ${view}`] ?? 0) + count.texts;
        const backend: PetitionBackend = {
          listPetitions: async () => [petition],
          getPetition: async () => petition,
          signPetition: async () => ({ receipt: { reference: 'PTN-1', signedAt: new Date().toISOString() } }),
        };
        const element = await fixture<HTMLElement & { localeLoaded(): Promise<void> }>(
          html`<mocharaka-petition lang="fr" petition="bab-zorgan-lane-lighting" .backend=${backend}></mocharaka-petition>`,
        );
        await element.localeLoaded();
        const root = element.shadowRoot!;
        await waitUntil(() => root.querySelector('[part=form], .notice'), `the ${view} petition never appeared`);
        assertInert(root);
        expectVisible(root, payload);
        const shown = root.textContent!.split(payload).length - 1;
        expect(shown, 'title, body, demands, agent, commune, data controller or notes').to.be.at.least(view === 'rejected' ? 7 : 5);
      }
    });
  }
});

const c = (id: string, text: string) => ({ id, label: T(text) });
const CONSULTATION: Consultation = {
  id: 'souk',
  title: T('Consultation sur le souk'),
  introduction: T('Nous voulons votre avis.'),
  opensAt: iso(-1),
  closesAt: iso(10),
  status: 'open',
  resultsPublished: false,
  documents: [{ title: T('Le projet de plan'), url: 'https://www.taroudant.ma/plan.pdf' }],
  survey: {
    sections: [
      {
        id: 'first',
        title: T('Première partie'),
        description: T('Vos habitudes'),
        questions: [
          {
            id: 'go',
            kind: 'single',
            required: true,
            title: T('Allez-vous au souk ?'),
            help: T('Une réponse'),
            options: [c('yes', 'Oui'), c('no', 'Non')],
          },
          {
            id: 'days',
            kind: 'multiple',
            required: false,
            max: 2,
            title: T('Quels jours ?'),
            options: [c('mon', 'Lundi'), c('thu', 'Jeudi')],
          },
          {
            id: 'grade',
            kind: 'scale',
            required: false,
            min: 1,
            max: 5,
            minLabel: T('Mauvais'),
            maxLabel: T('Excellent'),
            title: T('Note du souk'),
          },
          { id: 'why', kind: 'text', required: false, maxLength: 40, title: T('Pourquoi ?') },
        ],
      },
      {
        id: 'second',
        title: T('Deuxième partie'),
        questions: [
          { id: 'rank', kind: 'ranking', required: true, title: T('Classez'), options: [c('roads', 'Routes'), c('parks', 'Jardins')] },
          {
            id: 'grid',
            kind: 'matrix',
            required: false,
            title: T('Satisfaction'),
            rows: [c('clean', 'Propreté'), c('light', 'Éclairage')],
            columns: [c('good', 'Bien'), c('bad', 'Mal')],
          },
          { id: 'age', kind: 'number', required: false, min: 0, max: 120, integer: true, unit: T('ans'), title: T('Âge du souk') },
          {
            id: 'draft',
            kind: 'passage',
            required: false,
            maxLength: 200,
            title: T('Le projet'),
            paragraphs: [c('p1', 'Premier paragraphe.'), c('p2', 'Deuxième paragraphe.')],
          },
          { id: 'remarks', kind: 'long_text', required: false, maxLength: 500, title: T('Remarques') },
        ],
      },
    ],
  },
  profile: { fields: ['gender', 'ageBand', 'neighbourhood', 'associationMember'], neighbourhoods: [c('medina', 'Médina')] },
} as Consultation;

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
      ],
    },
    {
      questionId: 'grade',
      kind: 'scale',
      answered: 2,
      counts: [1, 2, 3, 4, 5].map((v) => ({ key: String(v), count: v === 4 ? 2 : 0 })),
      mean: 4,
    },
    { questionId: 'why', kind: 'text', answered: 1, texts: ['Un commentaire publié'] },
    {
      questionId: 'rank',
      kind: 'ranking',
      answered: 4,
      ranks: [
        { key: 'roads', meanRank: 1.2, first: 3 },
        { key: 'parks', meanRank: 1.8, first: 1 },
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
        { key: 'p1', count: 1, texts: ['Un avis publié'] },
        { key: 'p2', count: 0, texts: [] },
      ],
    },
    { questionId: 'remarks', kind: 'long_text', answered: 2, texts: ['Une remarque publiée', 'Une autre'] },
  ],
} as ConsultationResults;

describe('XSS corpus through <mocharaka-consultation>', () => {
  const render = async (data: Consultation, results: ConsultationResults) => {
    const backend: ConsultationBackend = {
      listConsultations: async () => [data],
      getConsultation: async () => data,
      respondToConsultation: async () => ({ receipt: { reference: 'C-1', submittedAt: new Date().toISOString() } }),
      getConsultationResults: async () => results,
    };
    const element = await fixture<HTMLElement & { localeLoaded(): Promise<void>; updateComplete: Promise<boolean> }>(
      html`<mocharaka-consultation lang="fr" consultation="souk" .backend=${backend}></mocharaka-consultation>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('#title, [role=alert]'), 'the consultation never appeared');
    return element;
  };

  it('renders every payload in the introduction, documents and every page of the survey as text', async () => {
    for (const payload of XSS_PAYLOADS) {
      localStorage.clear();
      const count = { texts: 0 };
      const element = await render(poison(CONSULTATION, payload, count), RESULTS);
      tried['consultation survey'] = (tried['consultation survey'] ?? 0) + count.texts;
      const root = element.shadowRoot!;
      assertInert(root);
      expectVisible(root, payload);
      const pages = [root.textContent!];
      for (const button of ['#start', '#next', '#next', '#next']) {
        const target = root.querySelector<HTMLButtonElement>(button);
        if (!target) break;
        target.click();
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        await element.updateComplete;
        assertInert(root);
        expectVisible(root, payload);
        pages.push(root.textContent!);
      }
      expect(pages.length, 'intro, two sections, profile').to.be.at.least(4);
      // Every question title, help, choice, matrix row, scale label, unit and paragraph reached the screen.
      expect(pages.join('').split(payload).length - 1).to.be.at.least(count.texts / 2 - 4);
    }
  });

  it('renders every payload in the published results, free-text answers included, as text', async () => {
    for (const payload of XSS_PAYLOADS) {
      const count = { texts: 0 };
      const closed = { ...CONSULTATION, opensAt: iso(-20), closesAt: iso(-1), status: 'closed', resultsPublished: true } as Consultation;
      const element = await render(poison(closed, payload, count), poison(RESULTS, payload, count));
      tried['consultation results'] = (tried['consultation results'] ?? 0) + count.texts;
      const root = element.shadowRoot!;
      await waitUntil(() => root.querySelector('[part=results]'), 'the results never appeared');
      assertInert(root);
      expectVisible(root, payload);
      expect(root.querySelector('[part=results]')!.textContent!.split(payload).length - 1, 'published texts').to.be.at.least(5);
    }
  });
});

describe('XSS corpus through <mocharaka-charter>', () => {
  it('renders every payload in every charter text, version note and association name as text', async () => {
    for (const payload of XSS_PAYLOADS) {
      const count = { texts: 0 };
      const charter = poison(CHARTER as Charter, payload, count);
      const adhesions = poison(
        {
          counts: { associations: 2, citizens: 4 },
          items: [
            { name: 'Association', adheredAt: '2025-03-01T10:00:00Z' },
            { name: 'Autre', adheredAt: '2025-03-02T10:00:00Z' },
          ],
        },
        payload,
        count,
      );
      tried.charter = (tried.charter ?? 0) + count.texts;
      const backend: CharterBackend = {
        listCharters: async () => [],
        getCharter: async () => charter,
        getCharterVersion: async () => charter,
        getCharterAdhesions: async () => adhesions,
        adhereToCharter: async () => ({ receipt: { reference: 'ADH-1', kind: 'citizen', adheredAt: new Date().toISOString() } }),
      };
      const element = await fixture<HTMLElement & { localeLoaded(): Promise<void>; updateComplete: Promise<boolean> }>(
        html`<mocharaka-charter lang="fr" charter="taroudant-participation" .backend=${backend}></mocharaka-charter>`,
      );
      await element.localeLoaded();
      const root = element.shadowRoot!;
      await waitUntil(() => root.querySelector('[part=document]') && root.querySelector('[part=form]'), 'the charter never appeared');
      await waitUntil(() => root.textContent!.split(payload).length - 1 >= 2 + 2, 'association names never appeared');
      assertInert(root);
      expectVisible(root, payload);
      // Titles, articles, list items, definitions, commitments, version notes, association names.
      expect(root.textContent!.split(payload).length - 1).to.be.at.least(20);
      // A citizen's search for the payload highlights it without making it markup.
      const search = root.querySelector<HTMLInputElement>('#search');
      if (search) {
        search.value = payload;
        search.dispatchEvent(new InputEvent('input'));
        await element.updateComplete;
        assertInert(root);
      }
    }
  });
});

describe('XSS corpus through <mocharaka-suggestions>', () => {
  it('renders every payload in the commune’s lists, a citizen’s text and the answer as text (list and follow-up)', async () => {
    for (const payload of XSS_PAYLOADS) {
      const choice = (id: string) => ({ id, label: T(payload) });
      const box = { topics: [choice('topic')], neighbourhoods: [choice('place')], departments: [choice('service')] };
      const suggestion = {
        code: 'S-TRD0-0001',
        kind: 'suggestion' as const,
        topic: 'topic',
        neighbourhood: 'place',
        department: 'service',
        text: payload,
        status: 'answered' as const,
        submittedAt: iso(-3),
        answer: { text: T(payload), at: iso(-1) },
        supportCount: 1,
        published: true,
      };
      tried.suggestions = (tried.suggestions ?? 0) + 5;
      const backend: SuggestionsBackend = {
        getSuggestionBox: async () => box,
        listSuggestions: async () => ({ items: [suggestion] }),
        submitSuggestion: async () => ({ code: 'S-TRD0-0002', status: 'received', submittedAt: iso(0), contactKept: false }),
        getSuggestion: async () => suggestion,
        supportSuggestion: async () => ({ code: suggestion.code, supportCount: 2, counted: true }),
      };
      for (const view of ['list', 'follow'] as const) {
        const element = await fixture<HTMLElement & { localeLoaded(): Promise<void> }>(
          view === 'list'
            ? html`<mocharaka-suggestions lang="fr" .backend=${backend}></mocharaka-suggestions>`
            : html`<mocharaka-suggestions lang="fr" code="S-TRD0-0001" .backend=${backend}></mocharaka-suggestions>`,
        );
        await element.localeLoaded();
        const root = element.shadowRoot!;
        await waitUntil(() => root.querySelector(view === 'list' ? '.cards' : '.timeline'), `the ${view} never appeared`);
        assertInert(root);
        expectVisible(root, payload);
        // Topic, neighbourhood, department, the text and the answer (and the topic filter in the list).
        expect(root.textContent!.split(payload).length - 1).to.be.at.least(5);
      }
    }
  });
});

after(() => console.log(`XSS corpus: ${XSS_PAYLOADS.length} payloads; strings poisoned (payloads × texts): ${JSON.stringify(tried)}`));
