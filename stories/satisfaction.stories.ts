import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import { ApiError, type RatingReceipt, type SatisfactionBackend, type Service } from '@mocharaka/core';
import '@mocharaka/satisfaction/mocharaka-satisfaction.js';
import type { MocharakaSatisfaction } from '@mocharaka/satisfaction';

/* Services of the demo commune, in the four languages an admin may fill in. */
const CIVIL_STATUS: Service = {
  id: 'civil-status',
  name: {
    ar: 'مكتب الحالة المدنية',
    fr: 'Bureau de l’état civil',
    zgh: 'ⴰⴷⴷⴰⴷ ⵉⵖⴻⵍⵍⵉ',
    en: 'Civil status office',
  },
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

/** Arabic only, long, with French names inside: what a real admin types. */
const LONG_MIXED_NAME: Service = {
  id: 'annexe-hay-salam',
  name: {
    ar: 'مكتب تصحيح الإمضاء ومطابقة النسخ لأصولها بالملحقة الإدارية حي السلام (Annexe administrative Hay Salam، بجوار Lycée Ibn Khaldoun)',
  },
};

const OUTBOX_KEY = 'mocharaka:outbox:satisfaction:custom';

/** A never-settling promise: the element stays in its waiting state. */
const forever = <T>() => new Promise<T>(() => {});

/**
 * A fake backend implementing `SatisfactionBackend` from `@mocharaka/core`, as the tests
 * use. Each story overrides what it needs; nothing leaves the browser.
 */
function fakeBackend(service: Service, overrides: Partial<SatisfactionBackend> = {}): SatisfactionBackend {
  let count = 0;
  return {
    listServices: async () => [service],
    getService: async () => service,
    rateService: async (serviceId, rating) => {
      count += 1;
      return { id: `r${count}`, serviceId, level: rating.level, createdAt: new Date().toISOString() } satisfies RatingReceipt;
    },
    getServiceSummary: async (serviceId) => ({
      serviceId,
      count: 0,
      mean: null,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
    }),
    ...overrides,
  };
}

interface SatisfactionArgs {
  service?: string;
  endpoint?: string;
  backend?: SatisfactionBackend;
  fallback: boolean;
}

const logRated = action('mocharaka-satisfaction-rated');
const logError = action('mocharaka-error');
const logLoaded = action('mocharaka-loaded');

/** The element once its strings are loaded and its first screen is shown. */
async function ready(canvasElement: HTMLElement, selector = 'form'): Promise<MocharakaSatisfaction> {
  const element = canvasElement.querySelector('mocharaka-satisfaction')!;
  await element.localeLoaded();
  await waitFor(() => expect(element.shadowRoot!.querySelector(selector)).toBeTruthy());
  return element;
}

const inside = <E extends Element = HTMLElement>(element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector<E>(selector)!;

async function rate(element: MocharakaSatisfaction, level: number, comment?: string) {
  inside(element, `#level-${level}`).click();
  if (comment !== undefined) {
    const textarea = inside<HTMLTextAreaElement>(element, '#comment');
    textarea.value = comment;
    textarea.dispatchEvent(new InputEvent('input'));
  }
  await element.updateComplete;
  inside(element, 'button[type=submit]').click();
}

const meta: Meta<SatisfactionArgs> = {
  title: 'Elements/Satisfaction',
  component: 'mocharaka-satisfaction',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '`<mocharaka-satisfaction>` rates one commune service: five faces with words, an optional comment and a thank-you. ' +
          'Every story uses a fake backend object (the `backend` property) so nothing leaves the browser; ' +
          'use the toolbar to switch locale (ar, fr, zgh, en) and theme. See docs/elements/satisfaction.md.',
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
      description: 'Attribute `service`: id of the service to rate, as listed by `GET /v1/services` (e.g. `civil-status`). Required.',
      table: { category: 'attributes', type: { summary: 'string' } },
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
        'Property `backend` (no attribute): an object implementing `SatisfactionBackend` from `@mocharaka/core` (`listServices`, `getService`, `rateService`, `getServiceSummary`). Wins over `endpoint`. Stories pass a fake one.',
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
    backend: fakeBackend(CIVIL_STATUS),
    fallback: true,
  },
  render: ({ service, endpoint, backend, fallback }) => html`
    <mocharaka-satisfaction
      service=${ifDefined(service || undefined)}
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

/** The form, ready to be filled in. */
export const Form: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('input[type=radio]')).toHaveLength(5);
  },
};

/** Another service of the demo commune. */
export const SignatureLegalisation: Story = {
  args: { service: SIGNATURE_LEGALISATION.id, backend: fakeBackend(SIGNATURE_LEGALISATION) },
};

/** Sent without choosing a level: the error summary takes focus and links to the choices. */
export const LevelMissing: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    inside(element, 'button[type=submit]').click();
    await waitFor(() => expect(element.shadowRoot!.activeElement?.id).toBe('error-summary'));
    await expect(inside(element, '#level-1').getAttribute('aria-invalid')).toBe('true');
  },
};

/** The rating is on its way: the button is disabled and says so (the fake never answers). */
export const Submitting: Story = {
  args: { backend: fakeBackend(CIVIL_STATUS, { rateService: () => forever<RatingReceipt>() }) },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await rate(element, 4, 'الاستقبال جيد لكن الانتظار طويل');
    await waitFor(() => expect(inside<HTMLButtonElement>(element, 'button[type=submit]').disabled).toBe(true));
  },
};

/** No connection: the rating is kept on the device and will be sent when the connection returns. */
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
    await rate(element, 2, 'Trop d’attente au guichet');
    await waitFor(() => expect(inside(element, '.notice[role=status]')).toBeTruthy());
  },
};

/** The server answered 422 with `fields.comment = "too_long"`: the comment is marked and the rating is not kept. */
export const RefusedByServer: Story = {
  args: {
    backend: fakeBackend(CIVIL_STATUS, {
      rateService: async () => {
        throw new ApiError(422, 'validation_failed', 'comment too long', { comment: 'too_long' });
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await rate(element, 3, 'تعليق');
    await waitFor(() => expect(inside(element, '#comment').getAttribute('aria-invalid')).toBe('true'));
  },
};

/** Recorded: the thank-you takes focus; `mocharaka-satisfaction-rated` carries the receipt. */
export const Thanks: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await rate(element, 5);
    await waitFor(() => expect(element.shadowRoot!.activeElement?.id).toBe('thanks'));
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
  args: {
    service: 'etat-civil',
    backend: fakeBackend(CIVIL_STATUS, {
      getService: async (serviceId) => {
        throw new ApiError(404, 'not_found', `No service ${serviceId}`);
      },
    }),
  },
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

/** The `service` attribute was forgotten: the element names it on screen. */
export const MissingService: Story = {
  args: { service: undefined },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '[part=config-error]');
    await expect(inside(element, '[part=config-error]').textContent).toContain('service');
  },
};

/** A long Arabic-only name with French inside: isolated with `<bdi>`, wraps at 320 px. */
export const LongMixedDirectionName: Story = {
  args: { service: LONG_MIXED_NAME.id, backend: fakeBackend(LONG_MIXED_NAME) },
};

/** The narrowest phone the design supports. */
export const NarrowPhone: Story = {
  decorators: [(story) => html`<div class="mocharaka-story-narrow">${story()}</div>`],
};
