import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import type { Consultation, ConsultationBackend, ConsultationResults } from '@mocharaka/core';
import '@mocharaka/consultation/mocharaka-consultation.js';

const DAY = 24 * 60 * 60 * 1000;
const c = (id: string, ar: string, fr: string) => ({ id, label: { ar, fr } });

/* A short consultation exercising every question kind, in Arabic and French. */
const OPEN: Consultation = {
  id: 'action-programme-priorities',
  title: { ar: 'أولويات برنامج عمل الجماعة', fr: 'Les priorités du programme d’action de la commune' },
  introduction: { ar: 'شاركونا أولوياتكم لبرنامج عمل الجماعة.', fr: 'Dites-nous vos priorités pour le programme d’action de la commune.' },
  opensAt: new Date(Date.now() - 3 * DAY).toISOString(),
  closesAt: new Date(Date.now() + 11 * DAY).toISOString(),
  status: 'open',
  resultsPublished: false,
  survey: {
    sections: [
      {
        id: 'priorities',
        title: { ar: 'الأولويات', fr: 'Les priorités' },
        questions: [
          {
            id: 'favourite',
            kind: 'single',
            required: true,
            title: { ar: 'أي مشروع تفضلون؟', fr: 'Quel projet préférez-vous ?' },
            options: [
              c('souk', 'سوق مغطى', 'Un souk couvert'),
              c('park', 'حديقة قرب', 'Un jardin de proximité'),
              c('other', 'مشروع آخر', 'Un autre projet'),
            ],
          },
          {
            id: 'other',
            kind: 'text',
            required: true,
            maxLength: 200,
            showIf: { question: 'favourite', anyOf: ['other'] },
            title: { ar: 'ما هو؟', fr: 'Lequel ?' },
          },
          {
            id: 'channels',
            kind: 'multiple',
            required: false,
            max: 2,
            title: { ar: 'كيف تفضلون أن تُخبَروا؟', fr: 'Comment préférez-vous être informé ?' },
            options: [
              c('web', 'موقع الجماعة', 'Le site de la commune'),
              c('radio', 'الإذاعة المحلية', 'La radio locale'),
              c('meetings', 'لقاءات الأحياء', 'Des réunions de quartier'),
            ],
          },
          {
            id: 'importance',
            kind: 'scale',
            required: false,
            min: 1,
            max: 5,
            minLabel: { ar: 'غير مهم', fr: 'Pas important' },
            maxLabel: { ar: 'مهم جدا', fr: 'Très important' },
            title: { ar: 'أهمية نشر التتبع', fr: 'Importance du suivi publié' },
          },
          {
            id: 'ranking',
            kind: 'ranking',
            required: true,
            title: { ar: 'رتبوا المجالات', fr: 'Classez les domaines' },
            options: [c('roads', 'الطرق', 'Voirie'), c('clean', 'النظافة', 'Propreté'), c('green', 'المساحات الخضراء', 'Espaces verts')],
          },
        ],
      },
      {
        id: 'details',
        title: { ar: 'التفاصيل', fr: 'Les détails' },
        questions: [
          {
            id: 'grid',
            kind: 'matrix',
            required: false,
            title: { ar: 'رضاكم عن الخدمات', fr: 'Votre satisfaction' },
            rows: [c('clean', 'النظافة', 'Propreté'), c('light', 'الإنارة', 'Éclairage')],
            columns: [c('good', 'راض', 'Satisfait'), c('bad', 'غير راض', 'Insatisfait')],
          },
          {
            id: 'share',
            kind: 'number',
            required: false,
            min: 0,
            max: 100,
            integer: true,
            unit: { ar: '٪', fr: '%' },
            title: { ar: 'نسبة الميزانية للأحياء البعيدة', fr: 'Part du budget pour les quartiers éloignés' },
          },
          {
            id: 'draft',
            kind: 'passage',
            required: false,
            title: { ar: 'محاور المشروع', fr: 'Les axes du projet' },
            paragraphs: [
              c('a1', 'المحور 1: تأهيل الأحياء الناقصة التجهيز.', 'Axe 1 : mise à niveau des quartiers sous-équipés.'),
              c('a2', 'المحور 2: النظافة وتدبير النفايات.', 'Axe 2 : propreté et gestion des déchets.'),
            ],
          },
          { id: 'remarks', kind: 'long_text', required: false, maxLength: 1000, title: { ar: 'ملاحظات أخرى', fr: 'Autres remarques' } },
        ],
      },
    ],
  },
  profile: {
    fields: ['gender', 'ageBand', 'neighbourhood'],
    neighbourhoods: [c('medina', 'المدينة العتيقة', 'Médina'), c('douars', 'الدواوير', 'Douars')],
  },
};

const CLOSED: Consultation = {
  ...OPEN,
  status: 'closed',
  resultsPublished: true,
  opensAt: '2024-04-03T00:00:00+01:00',
  closesAt: '2024-04-16T00:00:00+01:00',
};
const UPCOMING: Consultation = {
  ...OPEN,
  status: 'upcoming',
  opensAt: new Date(Date.now() + 5 * DAY).toISOString(),
  closesAt: new Date(Date.now() + 19 * DAY).toISOString(),
};

const RESULTS: ConsultationResults = {
  consultationId: OPEN.id,
  responseCount: 42,
  questions: [
    {
      questionId: 'favourite',
      kind: 'single',
      answered: 42,
      counts: [
        { key: 'souk', count: 20 },
        { key: 'park', count: 17 },
        { key: 'other', count: 5 },
      ],
    },
    {
      questionId: 'channels',
      kind: 'multiple',
      answered: 30,
      counts: [
        { key: 'web', count: 18 },
        { key: 'radio', count: 9 },
        { key: 'meetings', count: 14 },
      ],
    },
    {
      questionId: 'importance',
      kind: 'scale',
      answered: 35,
      counts: [1, 2, 3, 4, 5].map((v) => ({ key: String(v), count: [1, 2, 6, 12, 14][v - 1]! })),
      mean: 4,
    },
    {
      questionId: 'ranking',
      kind: 'ranking',
      answered: 42,
      ranks: [
        { key: 'clean', meanRank: 1.6, first: 21 },
        { key: 'roads', meanRank: 2, first: 14 },
        { key: 'green', meanRank: 2.4, first: 7 },
      ],
    },
    {
      questionId: 'grid',
      kind: 'matrix',
      answered: 28,
      rows: [
        {
          key: 'clean',
          counts: [
            { key: 'good', count: 10 },
            { key: 'bad', count: 18 },
          ],
        },
        {
          key: 'light',
          counts: [
            { key: 'good', count: 15 },
            { key: 'bad', count: 13 },
          ],
        },
      ],
    },
    { questionId: 'share', kind: 'number', answered: 20, mean: 38.5, min: 10, max: 80 },
    {
      questionId: 'draft',
      kind: 'passage',
      answered: 9,
      paragraphs: [
        { key: 'a1', count: 6, texts: ['إضافة تصريف مياه الأمطار في الأحياء الجنوبية.'] },
        { key: 'a2', count: 3, texts: [] },
      ],
    },
    { questionId: 'remarks', kind: 'long_text', answered: 12, texts: ['Publier le suivi tous les six mois.'] },
  ],
};

function backendFor(data: Consultation): ConsultationBackend {
  return {
    listConsultations: async () => [data],
    getConsultation: async () => data,
    getConsultationResults: async () => RESULTS,
    respondToConsultation: async () => ({ receipt: { reference: 'C-7Q2K-0043', submittedAt: new Date().toISOString() } }),
  };
}

interface Args {
  lang: 'ar' | 'fr' | 'zgh' | 'en';
  state: 'open' | 'upcoming' | 'closed-with-results';
}

const meta: Meta<Args> = {
  title: 'Elements/Consultation',
  component: 'mocharaka-consultation',
  tags: ['autodocs'],
  argTypes: {
    lang: { control: 'inline-radio', options: ['ar', 'fr', 'zgh', 'en'] },
    state: { control: 'inline-radio', options: ['open', 'upcoming', 'closed-with-results'] },
  },
  args: { lang: 'ar', state: 'open' },
  render: ({ lang, state }) => {
    // Each story starts from an empty draft.
    for (const key of Object.keys(localStorage)) if (key.startsWith('mocharaka:consultation:')) localStorage.removeItem(key);
    const data = state === 'open' ? OPEN : state === 'upcoming' ? UPCOMING : CLOSED;
    return html`<mocharaka-consultation lang=${lang} consultation=${data.id} .backend=${backendFor(data)}
      @mocharaka-consultation-submitted=${action('mocharaka-consultation-submitted')}
      @mocharaka-error=${action('mocharaka-error')}></mocharaka-consultation>`;
  },
};
export default meta;

type Story = StoryObj<Args>;
export const OpenArabic: Story = {};
export const OpenFrench: Story = { args: { lang: 'fr' } };
export const OpenAmazigh: Story = { args: { lang: 'zgh' } };
export const NotYetOpen: Story = { args: { state: 'upcoming' } };
export const ClosedWithResults: Story = { args: { state: 'closed-with-results' } };
export const ClosedWithResultsFrench: Story = { args: { state: 'closed-with-results', lang: 'fr' } };
export const NarrowPhone: Story = { args: { lang: 'ar' }, parameters: { viewport: { defaultViewport: 'mobile1' } } };
