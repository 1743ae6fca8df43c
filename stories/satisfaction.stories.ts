import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import { forever, inside, readyElement } from './support.js';
import { ApiError, type RatingReceipt, type SatisfactionBackend, type Service, type ServiceSummary } from '@mocharaka/core';
import '@mocharaka/satisfaction/mocharaka-satisfaction.js';
import type { MocharakaSatisfaction } from '@mocharaka/satisfaction';

type SatisfactionMode = 'inline' | 'button' | 'kiosk' | 'results';

/* Services of the demo commune, in the four languages an admin may fill in. */
const CIVIL_STATUS: Service = {
  id: 'civil-status',
  name: {
    ar: 'مكتب الحالة المدنية',
    fr: 'Bureau de l’état civil',
    zgh: 'ⴰⴷⴷⴰⴷ ⵉⵖⴻⵍⵍⵉ',
    en: 'Civil status office',
  },
  tags: [
    { id: 'short-wait', kind: 'positive', label: { ar: 'انتظار قصير', fr: 'Attente courte', en: 'Short wait' } },
    { id: 'courtesy', kind: 'positive', label: { ar: 'لباقة الموظفين', fr: 'Courtoisie du personnel', en: 'Courteous staff' } },
    { id: 'clear-information', kind: 'positive', label: { ar: 'معلومات واضحة', fr: 'Informations claires', en: 'Clear information' } },
    { id: 'long-wait', kind: 'negative', label: { ar: 'انتظار طويل', fr: 'Longue attente', en: 'Long wait' } },
    { id: 'missing-document', kind: 'negative', label: { ar: 'وثيقة ناقصة', fr: 'Document manquant', en: 'Missing document' } },
    { id: 'closed-counter', kind: 'negative', label: { ar: 'شباك مغلق', fr: 'Guichet fermé', en: 'Counter closed' } },
  ],
};

const SIGNATURE_LEGALISATION: Service = {
  id: 'signature-legalisation',
  name: {
    ar: 'تصحيح الإمضاء',
    fr: 'Légalisation de signature',
    zgh: 'ⴰⵙⵖⴰⵔ ⵏ ⵓⵙⴻⵎⴽⵏ',
    en: 'Signature legalisation',
  },
};

const LONG_MIXED_NAME: Service = {
  id: 'annexe-hay-salam',
  name: {
    ar: 'مكتب تصحيح الإمضاء ومطابقة النسخ لأصولها بالملحقة الإدارية حي السلام (Annexe administrative Hay Salam، بجوار Lycée Ibn Khaldoun)',
  },
};

const OUTBOX_KEY = 'mocharaka:outbox:satisfaction:custom';

/** A never-settling promise: the element stays in its waiting state. */

/** No rating yet. */
const emptySummary = (serviceId: string): ServiceSummary => ({
  serviceId,
  count: 0,
  mean: null,
  distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
});

/** Six months of a busy counter: 214 ratings, 71 % satisfied or very satisfied. */
const CIVIL_STATUS_SUMMARY: ServiceSummary = {
  serviceId: CIVIL_STATUS.id,
  count: 214,
  mean: 3.9,
  distribution: { 1: 14, 2: 19, 3: 29, 4: 68, 5: 84 },
  satisfactionScore: 0.71,
  significant: true,
  trend: [
    { month: '2026-06', count: 28, mean: 3.5, satisfactionScore: 0.61 },
    { month: '2026-07', count: 31, mean: 3.6, satisfactionScore: 0.65 },
    { month: '2026-08', count: 22, mean: 3.7, satisfactionScore: 0.68 },
    { month: '2026-09', count: 41, mean: 4.0, satisfactionScore: 0.73 },
    { month: '2026-10', count: 47, mean: 4.1, satisfactionScore: 0.77 },
    { month: '2026-11', count: 45, mean: 4.1, satisfactionScore: 0.76 },
  ],
  topTags: [
    { tagId: 'courtesy', count: 61 },
    { tagId: 'short-wait', count: 44 },
    { tagId: 'long-wait', count: 27 },
    { tagId: 'clear-information', count: 19 },
    { tagId: 'missing-document', count: 9 },
  ],
};

/** Too few ratings to compare: 12, shown with the "not significant" note. */
const FEW_RATINGS_SUMMARY: ServiceSummary = {
  serviceId: SIGNATURE_LEGALISATION.id,
  count: 12,
  mean: 3.4,
  distribution: { 1: 2, 2: 1, 3: 3, 4: 4, 5: 2 },
  satisfactionScore: 0.5,
  significant: false,
  trend: [
    { month: '2026-10', count: 5, mean: 3.2, satisfactionScore: 0.4 },
    { month: '2026-11', count: 7, mean: 3.6, satisfactionScore: 0.57 },
  ],
};

/**
 * A fake backend implementing `SatisfactionBackend` from `@mocharaka/core`, as the tests
 * use. Each story overrides what it needs; nothing leaves the browser.
 */
function fakeBackend(services: Service | Service[], overrides: Partial<SatisfactionBackend> = {}): SatisfactionBackend {
  const list = Array.isArray(services) ? services : [services];
  const levels = new Map<string, number>();
  let count = 0;
  return {
    listServices: async () => list,
    getService: async (serviceId) => {
      const found = list.find((one) => one.id === serviceId);
      if (!found) throw new ApiError(404, 'not_found', `No service ${serviceId}`);
      return found;
    },
    rateService: async (serviceId, rating, { idempotencyKey }) => {
      count += 1;
      levels.set(idempotencyKey, rating.level);
      return { id: `r${count}`, serviceId, level: rating.level, createdAt: new Date().toISOString() } satisfies RatingReceipt;
    },
    addRatingDetails: async (serviceId, details) => {
      const level = levels.get(details.ratingKey) ?? 3;
      return { id: `r${count}`, serviceId, level, createdAt: new Date().toISOString() } satisfies RatingReceipt;
    },
    getServiceSummary: async (serviceId) =>
      [CIVIL_STATUS_SUMMARY, FEW_RATINGS_SUMMARY].find((one) => one.serviceId === serviceId) ?? emptySummary(serviceId),
    ...overrides,
  };
}

interface SatisfactionArgs {
  service?: string;
  mode?: SatisfactionMode;
  position?: 'end' | 'start';
  kioskId?: string;
  resetAfter?: number;
  endpoint?: string;
  backend?: SatisfactionBackend;
  fallback: boolean;
}

const logRated = action('mocharaka-satisfaction-rated');
const logError = action('mocharaka-error');
const logLoaded = action('mocharaka-loaded');

const ready = (canvasElement: HTMLElement, selector = '.faces') =>
  readyElement<MocharakaSatisfaction>(canvasElement, 'mocharaka-satisfaction', selector);

/** One tap on a face: the rating is recorded and the details step opens. */
async function tap(element: MocharakaSatisfaction, level: number) {
  inside(element, `#level-${level}`).click();
  await element.updateComplete;
  await waitFor(() => expect(inside(element, 'form.details')).toBeTruthy());
}

const meta: Meta<SatisfactionArgs> = {
  title: 'Elements/Satisfaction',
  component: 'mocharaka-satisfaction',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '`<mocharaka-satisfaction>` rates a commune service: one tap on a face records the rating at once, then an optional ' +
          'details step (tags, comment, Send / Skip) and a thank-you. Modes: `inline`, `button` (floating button and dialog), ' +
          '`kiosk` (counter tablet) and `results` (public scores). Every story uses a fake backend object (the `backend` property) ' +
          'so nothing leaves the browser; use the toolbar to switch locale (ar, fr, zgh, en) and theme. See docs/elements/satisfaction.md.',
      },
    },
  },
  // Ratings left in the outbox by one story (offline) must not be sent by the next one.
  beforeEach: () => {
    localStorage.removeItem(OUTBOX_KEY);
  },
  argTypes: {
    service: {
      control: 'text',
      description:
        'Attribute `service`: id of the service, as listed by `GET /v1/services` (e.g. `civil-status`). Without it the citizen picks a service first; in `results` mode all services are shown.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    mode: {
      control: 'inline-radio',
      options: ['inline', 'button', 'kiosk', 'results'],
      description:
        'Attribute `mode`: `inline` (default), `button` (floating button opening a dialog), `kiosk` (counter tablet) or `results` (public scores).',
      table: {
        category: 'attributes',
        type: { summary: "'inline' | 'button' | 'kiosk' | 'results'" },
        defaultValue: { summary: 'inline' },
      },
    },
    position: {
      control: 'inline-radio',
      options: ['end', 'start'],
      description: 'Attribute `position` (mode `button`): corner of the floating button, mirrored right to left.',
      table: { category: 'attributes', type: { summary: "'end' | 'start'" }, defaultValue: { summary: 'end' } },
    },
    kioskId: {
      control: 'text',
      name: 'kiosk-id',
      description: 'Attribute `kiosk-id` (mode `kiosk`): identifies the tablet, sent with each rating.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    resetAfter: {
      control: 'number',
      name: 'reset-after',
      description: 'Attribute `reset-after` (mode `kiosk`): seconds the thank-you stays before returning to the start.',
      table: { category: 'attributes', type: { summary: 'number' }, defaultValue: { summary: '8' } },
    },
    endpoint: {
      control: 'text',
      description:
        'Attribute `endpoint`: base URL of the Mocharaka API (`https://commune.ma/v1`). Without it the element reads `<meta name="mocharaka:endpoint">`. Ignored when `backend` is set.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    backend: {
      control: false,
      description:
        'Property `backend` (no attribute): an object implementing `SatisfactionBackend` from `@mocharaka/core` (`listServices`, `getService`, `rateService`, `addRatingDetails`, `getServiceSummary`). Wins over `endpoint`. Stories pass a fake one.',
      table: { category: 'properties', type: { summary: 'SatisfactionBackend | undefined' } },
    },
    fallback: {
      control: 'boolean',
      description: 'Story only: put a light-DOM fallback link inside the tag (shown until the element is ready, and without JavaScript).',
      table: { category: 'slots', type: { summary: 'default slot' } },
    },
  },
  args: {
    service: CIVIL_STATUS.id,
    mode: 'inline',
    backend: fakeBackend(CIVIL_STATUS),
    fallback: true,
  },
  render: ({ service, mode, position, kioskId, resetAfter, endpoint, backend, fallback }) => html`
    <mocharaka-satisfaction
      service=${ifDefined(service || undefined)}
      mode=${ifDefined(mode)}
      position=${ifDefined(position)}
      kiosk-id=${ifDefined(kioskId || undefined)}
      reset-after=${ifDefined(resetAfter)}
      endpoint=${ifDefined(endpoint || undefined)}
      .backend=${backend}
      @mocharaka-satisfaction-rated=${(event: CustomEvent) => logRated(event.detail)}
      @mocharaka-error=${(event: CustomEvent) => logError(event.detail)}
      @mocharaka-loaded=${(event: CustomEvent) => logLoaded(event.detail)}
    >
      ${fallback ? html`<a href="https://www.taroudant.ma/avis">رأيكم في خدمات الجماعة — Votre avis sur les services</a>` : nothing}
    </mocharaka-satisfaction>
  `,
};

export default meta;
type Story = StoryObj<SatisfactionArgs>;

/** Ready: five faces with words; one tap is enough. */
export const InlineFaces: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('button[part=level]')).toHaveLength(5);
  },
};

/** Another service of the demo commune (no tags configured). */
export const SignatureLegalisation: Story = {
  args: { service: SIGNATURE_LEGALISATION.id, backend: fakeBackend(SIGNATURE_LEGALISATION) },
};

/** After a tap on "very satisfied": the rating is already recorded; positive tags and a comment are optional. */
export const DetailsAfterTap: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await tap(element, 5);
    await expect(element.shadowRoot!.querySelectorAll('[part=tag]')).toHaveLength(3);
    await expect(inside(element, '#comment')).toBeTruthy();
  },
};

/** After a tap on "very dissatisfied": only the negative tags are offered. */
export const DetailsNegativeTags: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await tap(element, 1);
    await expect(element.shadowRoot!.querySelectorAll('[part=tag]')).toHaveLength(3);
    await expect(inside(element, '[part=tag]').textContent).toMatch(/انتظار طويل|Longue attente|Long wait/);
  },
};

/** Tap, then Skip: the thank-you takes focus; `mocharaka-satisfaction-rated` carries the receipt. */
export const Thanks: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await tap(element, 4);
    const skip = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('form.details .actions button')].find(
      (button) => button.type === 'button',
    )!;
    skip.click();
    await waitFor(() => expect(element.shadowRoot!.activeElement?.id).toBe('thanks'));
  },
};

/** No connection: the rating is kept on the device (with a "Send now" button) and the details step still opens. */
export const OfflineQueued: Story = {
  args: {
    backend: fakeBackend(CIVIL_STATUS, {
      rateService: async () => {
        throw ApiError.network(new TypeError('Failed to fetch'));
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await tap(element, 2);
    await waitFor(() => expect(inside(element, 'div.notice[role=status] button')).toBeTruthy());
  },
};

/** The server refused the rating for good (409): back to the faces with a message; nothing is kept. */
export const RefusedByServer: Story = {
  args: {
    backend: fakeBackend(CIVIL_STATUS, {
      rateService: async () => {
        throw new ApiError(409, 'conflict', 'rating refused');
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    inside(element, '#level-3').click();
    await waitFor(() => expect(inside(element, '.faces')).toBeTruthy());
    await waitFor(() => expect(inside(element, '[role=alert]')).toBeTruthy());
  },
};

/** Loading the service failed (503): a translated message and a retry button. */
export const LoadFailed: Story = {
  args: {
    backend: fakeBackend(CIVIL_STATUS, {
      getService: async () => {
        throw new ApiError(503, 'server_error', 'down');
      },
    }),
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[role=alert] button');
  },
};

/** The `service` id does not exist on the backend (404). */
export const NotFound: Story = {
  args: { service: 'etat-civil' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[role=alert]');
  },
};

/** Still loading (the fake never answers): the element says so and is marked busy. */
export const Loading: Story = {
  args: { backend: fakeBackend(CIVIL_STATUS, { getService: () => forever<Service>() }) },
};

/** No backend, no `endpoint` and no meta tag: a configuration error on screen, for the CMS admin. */
export const MissingEndpoint: Story = {
  args: { backend: undefined, endpoint: undefined },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '[part=config-error]');
    await expect(inside(element, '[part=config-error]').textContent).toContain('endpoint');
  },
};

/** No `service` attribute: the citizen first picks the service they used. */
export const ServicePicker: Story = {
  args: { service: undefined, backend: fakeBackend([CIVIL_STATUS, SIGNATURE_LEGALISATION, LONG_MIXED_NAME]) },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '.services');
    await expect(element.shadowRoot!.querySelectorAll('.services button')).toHaveLength(3);
  },
};

/** Mode `button`, closed: a floating "Give your opinion" button in the end corner. */
export const ButtonMode: Story = {
  args: { mode: 'button' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part=trigger]');
  },
};

/** Mode `button`, opened: the trigger opens a modal dialog with the faces. */
export const ButtonModeOpen: Story = {
  args: { mode: 'button' },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '[part=trigger]');
    inside(element, '[part=trigger]').click();
    await waitFor(() => expect(inside<HTMLDialogElement>(element, '[part=dialog]').open).toBe(true));
    await waitFor(() => expect(inside(element, '[part=dialog] .faces')).toBeTruthy());
  },
};

/** Mode `kiosk`: large targets for a counter tablet, no comment field, back to the start after the thank-you. */
export const KioskMode: Story = {
  args: { mode: 'kiosk', kioskId: 'guichet-1', resetAfter: 8 },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '.mode-kiosk .faces');
  },
};

/** Mode `results`: the public scoreboard of one service, 214 ratings over six months, with its top tags. */
export const Results: Story = {
  args: { mode: 'results' },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '[part=results]');
    await expect(element.shadowRoot!.querySelectorAll('table').length).toBeGreaterThanOrEqual(2);
  },
};

/** Mode `results` with only 12 ratings: the score is flagged as not significant yet. */
export const ResultsFewRatings: Story = {
  args: { mode: 'results', service: SIGNATURE_LEGALISATION.id, backend: fakeBackend(SIGNATURE_LEGALISATION) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part=results] [role=note]');
  },
};

/** Mode `results` without `service`: every service of the commune. */
export const ResultsAllServices: Story = {
  args: { mode: 'results', service: undefined, backend: fakeBackend([CIVIL_STATUS, SIGNATURE_LEGALISATION]) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part=results]');
  },
};

/** A long Arabic-only name with French inside: isolated with `<bdi>`, wraps at 320 px. */
export const LongMixedDirectionName: Story = {
  args: { service: LONG_MIXED_NAME.id, backend: fakeBackend(LONG_MIXED_NAME) },
};

/** The narrowest phone the design supports (320 px). */
export const NarrowPhone: Story = {
  decorators: [(story) => html`<div class="mocharaka-story-narrow">${story()}</div>`],
};
