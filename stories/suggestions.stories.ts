import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import { forever, inside, readyElement, typeInto } from './support.js';
import { ApiError, type PublicSuggestion, type SuggestionBox, type SuggestionsBackend } from '@mocharaka/core';
import '@mocharaka/suggestions/mocharaka-suggestions.js';
import type { MocharakaSuggestions } from '@mocharaka/suggestions';

const DAY = 24 * 60 * 60 * 1000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const OUTBOX_KEY = 'mocharaka:outbox:suggestions:custom';

/* The demo commune's box and a few of its published messages (as seeded by the reference server). */
const BOX: SuggestionBox = {
  topics: [
    { id: 'cleanliness', label: { ar: 'النظافة وجمع النفايات', fr: 'Propreté et collecte des déchets' } },
    { id: 'green-spaces', label: { ar: 'المساحات الخضراء', fr: 'Espaces verts' } },
    { id: 'participatory-budget', label: { ar: 'الميزانية التشاركية', fr: 'Budget participatif' } },
  ],
  neighbourhoods: [
    { id: 'medina', label: { ar: 'المدينة العتيقة داخل الأسوار', fr: 'Médina, dans les remparts' } },
    { id: 'south', label: { ar: 'الأحياء الجنوبية خارج الأسوار', fr: 'Quartiers sud, hors remparts' } },
  ],
  departments: [{ id: 'hygiene', label: { ar: 'مكتب حفظ الصحة والنظافة', fr: 'Bureau d’hygiène et de propreté' } }],
};

const PUBLISHED: PublicSuggestion[] = [
  {
    code: 'S-TRD0-0004',
    kind: 'suggestion',
    topic: 'participatory-budget',
    text: 'Réserver une part du budget d’investissement à des projets proposés et votés par les habitants, quartier par quartier.',
    status: 'answered',
    submittedAt: iso(-20),
    studiedAt: iso(-19),
    department: 'hygiene',
    answer: {
      text: {
        ar: 'سيعرض مقترح ميزانية تشاركية تجريبية على المجلس في دورته المقبلة.',
        fr: 'Une expérimentation de budget participatif sera proposée au conseil lors de sa prochaine session.',
      },
      at: iso(-11),
    },
    supportCount: 52,
    published: true,
  },
  {
    code: 'S-TRD0-0001',
    kind: 'suggestion',
    topic: 'cleanliness',
    neighbourhood: 'medina',
    text: 'نقترح وضع حاويات مغلقة للنفايات قرب ساحة أسراك وتكثيف الجمع بعد السوق الأسبوعي.',
    status: 'under_study',
    submittedAt: iso(-9),
    studiedAt: iso(-7),
    department: 'hygiene',
    supportCount: 37,
    published: true,
  },
];

/** A fake backend implementing `SuggestionsBackend` from `@mocharaka/core`, as the tests use. */
function fakeBackend(overrides: Partial<SuggestionsBackend> = {}, items = PUBLISHED): SuggestionsBackend {
  const supports = new Map<string, number>();
  return {
    getSuggestionBox: async () => BOX,
    listSuggestions: async (filter = {}) => ({
      items: items
        .filter((item) => (!filter.topic || item.topic === filter.topic) && (!filter.status || item.status === filter.status))
        .map((item) => ({ ...item, supportCount: item.supportCount + (supports.get(item.code) ?? 0) })),
    }),
    submitSuggestion: async () => ({ code: 'S-7Q2K-M9XD', status: 'received', submittedAt: new Date().toISOString(), contactKept: false }),
    getSuggestion: async (code) => {
      const found = items.find((item) => item.code === code);
      if (!found) throw new ApiError(404, 'not_found', `No suggestion ${code}`);
      return found;
    },
    supportSuggestion: async (code) => {
      supports.set(code, (supports.get(code) ?? 0) + 1);
      return { code, supportCount: (items.find((item) => item.code === code)?.supportCount ?? 0) + supports.get(code)!, counted: true };
    },
    ...overrides,
  };
}

interface SuggestionsArgs {
  view?: 'list' | 'send' | 'follow';
  code?: string;
  endpoint?: string;
  backend?: SuggestionsBackend;
  fallback: boolean;
}

const logSent = action('mocharaka-suggestion-sent');
const logError = action('mocharaka-error');

const ready = (canvasElement: HTMLElement, selector: string) =>
  readyElement<MocharakaSuggestions>(canvasElement, 'mocharaka-suggestions', selector);

async function fill(element: MocharakaSuggestions) {
  const topic = inside<HTMLSelectElement>(element, '#topic');
  topic.value = 'green-spaces';
  topic.dispatchEvent(new Event('change'));
  await typeInto(element, '#text', 'سقي أشجار شارع محمد الخامس في الصيف، فقد يبست عدة أشجار السنة الماضية.');
}

const meta: Meta<SuggestionsArgs> = {
  title: 'Elements/Suggestions',
  component: 'mocharaka-suggestions',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '`<mocharaka-suggestions>` is the commune’s space for suggestions and remarks: the published ones with their dated ' +
          'answers and a “me too”, a form whose receipt gives a follow-up code, and the follow-up by code. Every story uses a fake ' +
          'backend (the `backend` property); see docs/elements/suggestions.md.',
      },
    },
  },
  beforeEach: () => {
    localStorage.removeItem(OUTBOX_KEY);
  },
  argTypes: {
    view: {
      control: 'select',
      options: ['list', 'send', 'follow'],
      description: 'Attribute `view`: the view shown first.',
      table: { category: 'attributes', type: { summary: "'list' | 'send' | 'follow'" } },
    },
    code: {
      control: 'text',
      description: 'Attribute `code`: a follow-up code to show at once.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    endpoint: {
      control: 'text',
      description: 'Attribute `endpoint`: base URL of the Mocharaka API. Ignored when `backend` is set.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    backend: {
      control: false,
      description: 'Property `backend`: an object implementing `SuggestionsBackend` from `@mocharaka/core`. Stories pass a fake one.',
      table: { category: 'properties', type: { summary: 'SuggestionsBackend | undefined' } },
    },
    fallback: {
      control: 'boolean',
      description: 'Story only: a light-DOM fallback link inside the tag.',
      table: { category: 'slots', type: { summary: 'default slot' } },
    },
  },
  args: { view: 'list', backend: fakeBackend(), fallback: true },
  render: ({ view, code, endpoint, backend, fallback }) => html`
    <mocharaka-suggestions
      view=${ifDefined(view)}
      code=${ifDefined(code || undefined)}
      endpoint=${ifDefined(endpoint || undefined)}
      .backend=${backend}
      @mocharaka-suggestion-sent=${(event: CustomEvent) => logSent(event.detail)}
      @mocharaka-error=${(event: CustomEvent) => logError(event.detail)}
    >
      ${fallback ? html`<a href="https://www.taroudant.ma/contact">الاقتراحات والملاحظات — Suggestions et remarques</a>` : nothing}
    </mocharaka-suggestions>
  `,
};

export default meta;
type Story = StoryObj<SuggestionsArgs>;

/** The published suggestions with their answers, a filter per topic and status, and “me too”. */
export const Published: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '.cards');
    await expect(element.shadowRoot!.querySelectorAll('.cards > li').length).toBe(2);
  },
};

/** Nothing published yet. */
export const Empty: Story = {
  args: { backend: fakeBackend({}, []) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '.notice');
  },
};

/** Still loading the commune’s lists. */
export const Loading: Story = {
  args: { backend: fakeBackend({ getSuggestionBox: () => forever() }) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[aria-busy=true]');
  },
};

/** The form, the contact’s purpose stated beside it. */
export const Form: Story = {
  args: { view: 'send' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part=form]');
  },
};

/** Sent: the receipt with the follow-up code. */
export const Receipt: Story = {
  args: { view: 'send' },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '[part=form]');
    await fill(element);
    inside(element, '[part=submit]').click();
    await waitFor(() => expect(inside(element, '#receipt')).toBeTruthy());
  },
};

/** Offline: the message waits on the device. */
export const QueuedOffline: Story = {
  args: {
    view: 'send',
    backend: fakeBackend({
      submitSuggestion: async () => {
        throw ApiError.network(new TypeError('Failed to fetch'));
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '[part=form]');
    await fill(element);
    inside(element, '[part=submit]').click();
    await waitFor(() => expect(inside(element, '#queued')).toBeTruthy());
  },
};

/** The follow-up of a code: its steps and the commune’s dated answer. */
export const FollowUp: Story = {
  args: { code: 'S-TRD0-0004' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '.timeline');
  },
};
