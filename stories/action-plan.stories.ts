import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect } from 'storybook/test';
import { forever, inside, readyElement } from './support.js';
import { ApiError, type ActionPlan, type ActionPlanBackend } from '@mocharaka/core';
import '@mocharaka/action-plan/mocharaka-action-plan.js';
import { COMMENTS, PLAN } from '../packages/action-plan/test/fixtures.js';
import type { MocharakaActionPlan } from '@mocharaka/action-plan';

const OUTBOX_KEY = 'mocharaka:outbox:action-plan:custom';

function fakeBackend(overrides: Partial<ActionPlanBackend> = {}, plan: ActionPlan = PLAN): ActionPlanBackend {
  return {
    listActionPlans: async () => [plan],
    getActionPlan: async () => plan,
    listProjectComments: async (_plan, project) => (project === '1-2' ? COMMENTS : []),
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
