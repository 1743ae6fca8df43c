import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import { inside, readyElement } from './support.js';
import { ApiError, type Charter, type CharterBackend } from '@mocharaka/core';
import '@mocharaka/charter/mocharaka-charter.js';
import type { MocharakaCharter } from '@mocharaka/charter';
import { CHARTER, CHARTER_V1, DRAFT } from '../packages/charter/test/fixtures.js';

/** A fake backend implementing `CharterBackend` from `@mocharaka/core`, as the tests use. */
function fakeBackend(charter: Charter = CHARTER, overrides: Partial<CharterBackend> = {}): CharterBackend {
  let associations = 3;
  return {
    listCharters: async () => [],
    getCharter: async (id) => {
      if (id !== charter.id) throw new ApiError(404, 'not_found', `No charter ${id}`);
      return charter;
    },
    getCharterVersion: async (_id, version) => (version === 1 ? CHARTER_V1 : charter),
    getCharterAdhesions: async () => ({
      counts: { associations, citizens: 27 },
      items: [
        { name: 'جمعية أصدقاء باب الزرقان', adheredAt: '2025-03-01T10:00:00Z' },
        { name: 'Association Tifawin pour le développement', adheredAt: '2025-03-04T10:00:00Z' },
        { name: 'ⵜⴰⵎⵓⵏⵜ ⵜⴰⵣⵔⵓⵔⵜ', adheredAt: '2025-03-09T10:00:00Z' },
      ].slice(0, associations),
    }),
    adhereToCharter: async (_id, adhesion) => {
      if (adhesion.kind === 'association') associations += 1;
      return { receipt: { reference: 'ADH-1A2B-3C4D-5E6F', kind: adhesion.kind, adheredAt: new Date().toISOString() } };
    },
    ...overrides,
  };
}

interface CharterArgs {
  charter?: string;
  endpoint?: string;
  backend?: CharterBackend;
  fallback: boolean;
}

const logAdhered = action('mocharaka-charter-adhered');
const logError = action('mocharaka-error');
const logLoaded = action('mocharaka-loaded');

const ready = (canvasElement: HTMLElement, selector = '[part=document]') =>
  readyElement<MocharakaCharter>(canvasElement, 'mocharaka-charter', selector);

const meta: Meta<CharterArgs> = {
  title: 'Elements/Charter',
  component: 'mocharaka-charter',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '`<mocharaka-charter>` renders a commune’s citizen-participation charter from structured JSON (never HTML): ' +
          'table of contents, a link to every article, Arabic-aware search, languages one at a time or side by side, ' +
          'life cycle and version changes, a print layout, and adhesion for associations and citizens. Every story uses a ' +
          'fake backend object; switch locale and theme in the toolbar. See docs/elements/charter.md.',
      },
    },
  },
  args: { charter: CHARTER.id, backend: fakeBackend(), fallback: true },
  render: ({ charter, endpoint, backend, fallback }) => html`
    <mocharaka-charter
      charter=${ifDefined(charter || undefined)}
      endpoint=${ifDefined(endpoint || undefined)}
      .backend=${backend}
      @mocharaka-charter-adhered=${(event: CustomEvent) => logAdhered(event.detail)}
      @mocharaka-error=${(event: CustomEvent) => logError(event.detail)}
      @mocharaka-loaded=${(event: CustomEvent) => logLoaded(event.detail)}
    >
      ${fallback ? html`<a href="https://www.taroudant.ma/charte.pdf">ميثاق المشاركة المواطنة — Charte de la participation citoyenne</a>` : nothing}
    </mocharaka-charter>
  `,
};

export default meta;
type Story = StoryObj<CharterArgs>;

/** Adopted at the council's February 2025 session: the text, its versions, the adhesion form. */
export const Adopted: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '[part=form]');
    await expect(element.shadowRoot!.querySelectorAll('article').length).toBe(12);
  },
};

/** In public consultation: a link to give an opinion on the draft, no adhesion yet. */
export const InConsultation: Story = { args: { backend: fakeBackend(DRAFT) } };

/** Searching "المشاركه" also finds "المُشارَكة" (tashkeel and taa marbuta ignored). */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    const input = inside<HTMLInputElement>(element, '#search');
    input.value = 'المشاركه';
    input.dispatchEvent(new InputEvent('input'));
    await waitFor(() => expect(element.shadowRoot!.querySelector('mark')).toBeTruthy());
  },
};

/** Arabic, French and Amazigh side by side (columns stack on a narrow screen). */
export const SideBySide: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    const select = inside<HTMLSelectElement>(element, '#reading');
    select.value = 'all';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => expect(element.shadowRoot!.querySelector('.columns')).toBeTruthy());
  },
};

/** What changed from version 1 to version 2, article by article. */
export const VersionChanges: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    inside(element, '[part=versions] form button').click();
    await waitFor(() => expect(element.shadowRoot!.querySelector('#comparison h5')).toBeTruthy());
  },
};

/** Submitted empty: the error summary takes focus. */
export const AdhesionErrors: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '[part=form]');
    inside(element, '[part=form] button[type=submit]').click();
    await waitFor(() => expect(element.shadowRoot!.activeElement?.id).toBe('error-summary'));
  },
};

/** The backend cannot be reached: a clear message and a retry button. */
export const LoadFailed: Story = {
  args: {
    backend: fakeBackend(CHARTER, {
      getCharter: async () => {
        throw ApiError.network(new TypeError('Failed to fetch'));
      },
    }),
  },
};

/** The tag without a charter attribute: the admin sees what to fix. */
export const MissingCharter: Story = { args: { charter: '' } };
