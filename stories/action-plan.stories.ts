import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect } from 'storybook/test';
import { forever, inside, readyElement } from './support.js';
import { ApiError, type ActionPlan, type ActionPlanBackend } from '@mocharaka/core';
import '@mocharaka/action-plan/mocharaka-action-plan.js';
import type { MocharakaActionPlan } from '@mocharaka/action-plan';

const OUTBOX_KEY = 'mocharaka:outbox:action-plan:custom';
const t = (ar: string, fr: string) => ({ ar, fr });

/* A part of the demo commune's programme (Taroudant 2022-2027), from the workshop's priorities. */
const PLAN: ActionPlan = {
  id: 'taroudant-2022-2027',
  title: t('برنامج عمل جماعة تارودانت 2022-2027', 'Programme d’action de la commune de Taroudant 2022-2027'),
  period: { from: 2022, to: 2027 },
  charterId: 'taroudant-participation',
  projectCount: 3,
  axes: [
    { id: '1', title: t('النظافة والمساحات الخضراء', 'Propreté et espaces verts') },
    { id: '2', title: t('الطرق والإنارة العمومية', 'Voirie et éclairage public') },
  ],
  projects: [
    {
      id: '1-2',
      axisId: '1',
      title: t('تهيئة حديقة باب الزرقان وإحداث فضاء للعب الأطفال', 'Aménagement du jardin de Bab Zorgane et d’une aire de jeux'),
      neighbourhood: t('باب الزرقان', 'Bab Zorgane'),
      budget: 2_400_000,
      executed: 960_000,
      planned: { start: '2024-03-01', end: '2025-06-30' },
      actual: { start: '2024-05-20' },
      progress: 45,
      status: 'in_progress',
      updates: [
        {
          date: '2025-03-12',
          text: t('انتهت أشغال السقي وبدأ غرس الأشجار.', 'Irrigation terminée ; la plantation a commencé.'),
          progress: 45,
        },
      ],
      commentCount: 1,
    },
    {
      id: '1-3',
      axisId: '1',
      title: t('غرس 3000 شجرة على طول السور التاريخي', 'Plantation de 3 000 arbres le long des remparts'),
      neighbourhood: t('القصبة', 'La Kasbah'),
      budget: 750_000,
      executed: 120_000,
      planned: { start: '2024-10-01', end: '2025-04-30' },
      actual: { start: '2024-11-15' },
      progress: 20,
      status: 'delayed',
      updates: [],
      commentCount: 0,
    },
    {
      id: '2-2',
      axisId: '2',
      title: t('تبليط الطريق المؤدية إلى سوق الخميس', 'Revêtement de la route du souk El Khemis'),
      budget: 4_500_000,
      executed: 0,
      planned: { start: '2025-09-01', end: '2026-06-30' },
      actual: {},
      progress: 0,
      status: 'planned',
      updates: [],
      commentCount: 0,
    },
  ],
  totals: {
    projects: 3,
    byStatus: { planned: 1, in_progress: 1, completed: 0, delayed: 1, suspended: 0 },
    budget: 7_650_000,
    executed: 1_080_000,
  },
  commitments: [
    {
      id: 'means',
      party: 'commune',
      text: t('توفير الوسائل اللازمة لتحقيق المشاركة الفعالة للمواطنين والجمعيات', 'Fournir les moyens d’une participation effective'),
      indicators: [
        { id: 'tools', label: t('أدوات المشاركة الرقمية المفتوحة', 'Outils de participation en ligne ouverts'), target: 6, value: 5 },
      ],
    },
  ],
  evaluations: [
    {
      date: '2025-07-15',
      title: t('تقرير التقييم نصف السنوي لفريق التتبع', 'Rapport d’évaluation semestriel de l’équipe de suivi'),
      summary: t(
        'تقدم ملموس في الأدوات الرقمية؛ تأخر في اللقاءات بالأحياء.',
        'Progrès sur les outils numériques ; retard des rencontres de quartier.',
      ),
    },
  ],
  updatedAt: '2025-07-15T10:00:00.000Z',
};

function fakeBackend(overrides: Partial<ActionPlanBackend> = {}, plan: ActionPlan = PLAN): ActionPlanBackend {
  return {
    listActionPlans: async () => [plan],
    getActionPlan: async () => plan,
    listProjectComments: async (_plan, project) =>
      project === '1-2'
        ? [
            {
              reference: 'COM-DE30-0001',
              submittedAt: '2025-03-20T10:15:00.000Z',
              text: 'نرجو تخصيص جزء من الحديقة للمسنين مع كراسي مظللة.',
              answer: { date: '2025-03-28', text: t('شكرا، أضيفت عشرة كراسي مظللة.', 'Merci : dix bancs ombragés ont été ajoutés.') },
            },
          ]
        : [],
    commentOnProject: async () => ({ receipt: { reference: 'COM-BEEF-0001', status: 'pending', submittedAt: new Date().toISOString() } }),
    ...overrides,
  };
}

interface ActionPlanArgs {
  view?: 'all' | 'programme' | 'charter';
  charterHref?: string;
  backend: ActionPlanBackend;
  fallback: boolean;
}

const meta: Meta<ActionPlanArgs> = {
  title: 'Elements/Action plan',
  component: 'mocharaka-action-plan',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '`<mocharaka-action-plan>` shows the commune’s action programme (summary tables, projects to search and filter, ' +
          'dated updates, moderated comments) and the follow-up of its charter’s commitments. Every story uses a fake ' +
          'backend (the `backend` property); see docs/elements/action-plan.md.',
      },
    },
  },
  beforeEach: () => {
    localStorage.removeItem(OUTBOX_KEY);
  },
  argTypes: {
    view: {
      control: 'select',
      options: ['all', 'programme', 'charter'],
      description: 'Attribute `view`.',
      table: { category: 'attributes' },
    },
    charterHref: { control: 'text', description: 'Attribute `charter-href`: a link to the charter.', table: { category: 'attributes' } },
    backend: { control: false, table: { category: 'properties' } },
    fallback: { control: 'boolean', description: 'Light-DOM fallback content.', table: { category: 'slots' } },
  },
  args: { backend: fakeBackend(), fallback: true },
  render: ({ view, charterHref, backend, fallback }) => html`
    <mocharaka-action-plan
      plan="taroudant-2022-2027"
      view=${ifDefined(view)}
      charter-href=${ifDefined(charterHref || undefined)}
      .backend=${backend}
      @mocharaka-action-plan-commented=${(event: CustomEvent) => action('mocharaka-action-plan-commented')(event.detail)}
      @mocharaka-error=${(event: CustomEvent) => action('mocharaka-error')(event.detail)}
    >
      ${fallback ? html`<a href="https://www.taroudant.ma/programme">برنامج عمل الجماعة — Programme d’action</a>` : nothing}
    </mocharaka-action-plan>
  `,
};

export default meta;
type Story = StoryObj<ActionPlanArgs>;

const ready = (canvasElement: HTMLElement, selector: string) =>
  readyElement<MocharakaActionPlan>(canvasElement, 'mocharaka-action-plan', selector);

/** The summary, the projects and the charter's follow-up. */
export const Programme: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '#plan-title');
    await expect(element.shadowRoot!.querySelectorAll('.project-list > li').length).toBe(3);
  },
};

/** Only the charter's follow-up, as shown beside the charter. */
export const CharterFollowUp: Story = {
  args: { view: 'charter', charterHref: 'https://www.taroudant.ma/charte' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part=charter]');
  },
};

/** A project opened: its updates, a published comment with the commune's answer, the form. */
export const ProjectOpened: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '#plan-title');
    inside<HTMLButtonElement>(element, '[aria-controls="project-1-2-details"]').click();
    await ready(canvasElement, '.comments li');
  },
};

/** No project published yet. */
export const Empty: Story = {
  args: { backend: fakeBackend({}, { ...PLAN, projects: [], projectCount: 0, totals: { ...PLAN.totals, projects: 0 } }) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '#empty');
  },
};

/** Still loading. */
export const Loading: Story = {
  args: { backend: fakeBackend({ getActionPlan: () => forever() }) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[aria-busy=true]');
  },
};

/** The server cannot be reached. */
export const LoadFailed: Story = {
  args: { backend: fakeBackend({ getActionPlan: async () => Promise.reject(new ApiError(503, 'server_error', 'down')) }) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[role=alert]');
  },
};
