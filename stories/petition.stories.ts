import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import { forever, inside, readyElement, typeInto } from './support.js';
import { ApiError, type OutboxEntry, type Petition, type PetitionBackend, type SignatureInput } from '@mocharaka/core';
import '@mocharaka/petition/mocharaka-petition.js';
import type { MocharakaPetition } from '@mocharaka/petition';

const DAY = 24 * 60 * 60 * 1000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const OUTBOX_KEY = 'mocharaka:outbox:petition:custom';
const DRAFT_PREFIX = 'mocharaka:petition-draft:custom:';

/* The demo commune's collecting petition (as seeded by the reference server), in the languages an admin filled in. */
const COLLECTING: Petition = {
  id: 'bab-zorgan-lane-lighting',
  title: {
    ar: 'إنارة وتبليط الزقاق المؤدي إلى باب الزرقان',
    fr: 'Éclairage et pavage de la ruelle menant à Bab Zorgan',
    zgh: 'ⴰⵙⴼⵙⵉ ⴷ ⵓⵙⵏⴼⵍ ⵏ ⵓⵣⵏⵇⵇ ⵏ ⴱⴰⴱ ⵣⵔⴳⴰⵏ',
  },
  body: {
    ar: 'الزقاق الذي يربط حي القصبة بباب الزرقان غير مبلط وبدون إنارة عمومية. يستعمله يوميا التلاميذ والتجار والمسنون.\n\nنطلب من المجلس إدراج هذه الأشغال في برنامج عمل الجماعة.',
    fr: 'La ruelle qui relie le quartier de la Kasbah à Bab Zorgan n’est ni pavée ni éclairée. Élèves, commerçants et personnes âgées l’empruntent chaque jour.\n\nNous demandons au conseil d’inscrire ces travaux au programme d’action de la commune.',
  },
  demands: [
    { ar: 'تركيب أعمدة إنارة عمومية على طول الزقاق', fr: 'Installer des lampadaires sur toute la longueur de la ruelle' },
    { ar: 'تبليط الزقاق وإنجاز قناة لتصريف مياه الأمطار', fr: 'Paver la ruelle et y poser une rigole pour les eaux de pluie' },
    { ar: 'برمجة الأشغال في ميزانية السنة المقبلة', fr: 'Programmer les travaux au budget de l’an prochain' },
  ],
  agent: { name: 'فاطمة الزهراء أوبلا' },
  commune: { id: 'taroudant', name: { ar: 'جماعة تارودانت', fr: 'Commune de Taroudant', zgh: 'ⵜⴰⴳⵎⵓⵏⵜ ⵏ ⵜⴰⵔⵓⴷⴰⵏⵜ' } },
  status: 'collecting',
  statusHistory: [{ status: 'collecting', at: iso(-21) }],
  opensAt: iso(-21),
  closesAt: iso(60),
  threshold: 200,
  signatureCount: 137,
  eligibility: ['resident', 'economic'],
  dataController: {
    name: { ar: 'رئيس جماعة تارودانت', fr: 'Le président de la commune de Taroudant' },
    contact: 'petitions@commune-taroudant.ma',
  },
  portalUrl: 'https://www.eparticipation.ma/',
};

const NOT_YET_OPEN: Petition = { ...COLLECTING, opensAt: iso(6), closesAt: iso(96), statusHistory: [], signatureCount: 0 };
const CLOSED: Petition = { ...COLLECTING, opensAt: iso(-95), closesAt: iso(-2), signatureCount: 64 };
const DEPOSITED: Petition = {
  ...COLLECTING,
  opensAt: iso(-95),
  closesAt: iso(-5),
  status: 'deposited',
  signatureCount: 231,
  statusHistory: [
    { status: 'collecting', at: iso(-95) },
    { status: 'deposited', at: iso(-4) },
  ],
  answerDueAt: iso(88),
};
const REJECTED: Petition = {
  ...DEPOSITED,
  id: 'provincial-hospital-commune',
  title: { ar: 'مطالبة الجماعة ببناء مستشفى جديد بتارودانت', fr: 'Demande à la commune de construire un nouvel hôpital à Taroudant' },
  status: 'rejected',
  statusHistory: [
    ...DEPOSITED.statusHistory,
    { status: 'under_review', at: iso(-3) },
    {
      status: 'rejected',
      at: iso(-1),
      note: {
        ar: 'بناء المستشفيات ليس من اختصاصات الجماعة (المادة 77 وما يليها من القانون التنظيمي 113.14)، بل من اختصاص وزارة الصحة.',
        fr: 'La construction d’hôpitaux ne relève pas des compétences de la commune (art. 77 et suivants de la loi organique 113.14) mais du ministère de la santé.',
      },
    },
  ],
};
const ANSWERED: Petition = {
  ...DEPOSITED,
  status: 'answered',
  statusHistory: [
    ...DEPOSITED.statusHistory,
    { status: 'under_review', at: iso(-3) },
    { status: 'accepted', at: iso(-2) },
    {
      status: 'answered',
      at: iso(-1),
      note: { ar: 'صادق المجلس على برمجة الأشغال في ميزانية 2027.', fr: 'Le conseil a voté les travaux au budget 2027.' },
    },
  ],
};
const HOSTILE: Petition = {
  ...COLLECTING,
  title: { ar: '<img src=x onerror=alert(1)> عريضة (Pétition « test »)' },
  body: { ar: '<script>alert(1)</script>\nنص بالعربية مع كلمات فرنسية: Bab Zorgan, Kasbah.' },
  agent: { name: '<b>Mohamed Aït Lahcen</b>' },
};

/** A never-settling promise: the element stays in its waiting state. */

/**
 * A fake backend implementing `PetitionBackend` from `@mocharaka/core`, as the tests use.
 * It counts each idempotency key once, like the reference server.
 */
function fakeBackend(petition: Petition = COLLECTING, overrides: Partial<PetitionBackend> = {}): PetitionBackend {
  const keys = new Set<string>();
  return {
    listPetitions: async () => [petition],
    getPetition: async (petitionId) => {
      if (petitionId !== petition.id) throw new ApiError(404, 'not_found', `No petition ${petitionId}`);
      return { ...petition, signatureCount: petition.signatureCount + keys.size };
    },
    signPetition: async (_petitionId, _signature, { idempotencyKey }) => {
      keys.add(idempotencyKey);
      return { receipt: { reference: '7F3A-9C21-04BE-D58E', signedAt: new Date().toISOString() } };
    },
    ...overrides,
  };
}

interface PetitionArgs {
  petition?: string;
  endpoint?: string;
  backend?: PetitionBackend;
  fallback: boolean;
}

const logSigned = action('mocharaka-petition-signed');
const logError = action('mocharaka-error');
const logLoaded = action('mocharaka-loaded');

const ready = (canvasElement: HTMLElement, selector = '[part=form]') =>
  readyElement<MocharakaPetition>(canvasElement, 'mocharaka-petition', selector);

/** Fills the form the way a citizen would (the ID typed loosely: it is normalised). */
async function fill(element: MocharakaPetition) {
  await typeInto(element, '#full-name', 'Amina Aït Lhaj');
  await typeInto(element, '#national-id', 'jb 123 456');
  await typeInto(element, '#address', 'Derb Bab Zorgan 12, Taroudant');
  inside(element, '#eligibility-resident').click();
  inside(element, '#consent').click();
  await element.updateComplete;
}

const meta: Meta<PetitionArgs> = {
  title: 'Elements/Petition',
  component: 'mocharaka-petition',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '`<mocharaka-petition>` shows a petition to the commune council (text, demands, agent, signature count against the ' +
          'legal threshold, dated status timeline) and lets an eligible citizen sign it with exactly what organic law 113.14 asks. ' +
          'Every story uses a fake backend object (the `backend` property) so nothing leaves the browser; use the toolbar to ' +
          'switch locale (ar, fr, zgh, en) and theme. See docs/elements/petition.md.',
      },
    },
  },
  // Drafts and queued signatures of one story must not leak into the next one.
  beforeEach: () => {
    localStorage.removeItem(OUTBOX_KEY);
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(DRAFT_PREFIX)) sessionStorage.removeItem(key);
  },
  argTypes: {
    petition: {
      control: 'text',
      description:
        'Attribute `petition` (required): id of the petition, as listed by `GET /v1/petitions` (e.g. `bab-zorgan-lane-lighting`).',
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
        'Property `backend` (no attribute): an object implementing `PetitionBackend` from `@mocharaka/core` (`listPetitions`, `getPetition`, `signPetition`). Wins over `endpoint`. Stories pass a fake one.',
      table: { category: 'properties', type: { summary: 'PetitionBackend | undefined' } },
    },
    fallback: {
      control: 'boolean',
      description: 'Story only: put a light-DOM fallback link inside the tag (shown until the element is ready, and without JavaScript).',
      table: { category: 'slots', type: { summary: 'default slot' } },
    },
  },
  args: {
    petition: COLLECTING.id,
    backend: fakeBackend(),
    fallback: true,
  },
  render: ({ petition, endpoint, backend, fallback }) => html`
    <mocharaka-petition
      petition=${ifDefined(petition || undefined)}
      endpoint=${ifDefined(endpoint || undefined)}
      .backend=${backend}
      @mocharaka-petition-signed=${(event: CustomEvent) => logSigned(event.detail)}
      @mocharaka-error=${(event: CustomEvent) => logError(event.detail)}
      @mocharaka-loaded=${(event: CustomEvent) => logLoaded(event.detail)}
    >
      ${fallback ? html`<a href="https://www.taroudant.ma/petitions">عريضة: إنارة الزقاق — Pétition : éclairage de la ruelle</a>` : nothing}
    </mocharaka-petition>
  `,
};

export default meta;
type Story = StoryObj<PetitionArgs>;

/** Collecting signatures: the petition, 137 of 200 signatures, the timeline, the signing form. */
export const Collecting: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await expect(inside<HTMLProgressElement>(element, 'progress').value).toBe(137);
  },
};

/** Submitted empty: the error summary takes focus; each link moves focus to its field. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    inside(element, '[part=submit]').click();
    await waitFor(() => expect(element.shadowRoot!.activeElement?.id).toBe('error-summary'));
  },
};

/** Signed: the receipt (reference, date and time), a print button, the count refreshed. */
export const Signed: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await fill(element);
    inside(element, '[part=submit]').click();
    await waitFor(() => expect(inside(element, '#receipt')).toBeTruthy());
  },
};

/** No connection: the signature waits on the device, to be sent (counted once) when the connection returns. */
export const QueuedOffline: Story = {
  args: {
    backend: fakeBackend(COLLECTING, {
      signPetition: async () => {
        throw ApiError.network(new TypeError('Failed to fetch'));
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await fill(element);
    inside(element, '[part=submit]').click();
    await waitFor(() => expect(inside(element, '#queued')).toBeTruthy());
  },
};

/** A signature left in the outbox by an earlier visit is sent at load, and its receipt shown. */
export const SentFromOutbox: Story = {
  beforeEach: () => {
    const entry: OutboxEntry<SignatureInput> = {
      idempotencyKey: '0b7c6a52-6f7e-4a7c-9a53-3d3c2d9e8f10',
      target: COLLECTING.id,
      payload: {
        fullName: 'Amina Aït Lhaj',
        nationalId: 'JB123456',
        address: 'Derb Bab Zorgan 12',
        eligibility: 'resident',
        consent: true,
      },
      createdAt: Date.now() - 60_000,
      attempts: 1,
    };
    localStorage.setItem(OUTBOX_KEY, JSON.stringify([entry]));
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '#receipt');
  },
};

/** The server refused some fields (422): its codes are shown on the same fields, in the summary. */
export const ServerFieldErrors: Story = {
  args: {
    backend: fakeBackend(COLLECTING, {
      signPetition: async () => {
        throw new ApiError(422, 'validation_failed', 'invalid', { nationalId: 'invalid_format', eligibility: 'invalid_value' });
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await fill(element);
    inside(element, '[part=submit]').click();
    await waitFor(() => expect(element.shadowRoot!.activeElement?.id).toBe('error-summary'));
  },
};

/** The petition closed while the citizen was filling in the form (409). */
export const ClosedWhileSigning: Story = {
  args: {
    backend: fakeBackend(COLLECTING, {
      signPetition: async () => {
        throw new ApiError(409, 'petition_closed', 'closed');
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await fill(element);
    inside(element, '[part=submit]').click();
    await waitFor(() => expect(inside(element, '#not-open')).toBeTruthy());
  },
};

/** Only residents may sign this one: the economic basis is not offered. */
export const ResidentsOnly: Story = {
  args: { backend: fakeBackend({ ...COLLECTING, eligibility: ['resident'] }) },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('input[type=radio]')).toHaveLength(1);
  },
};

/** Not open yet: the opening date instead of the form. */
export const NotYetOpen: Story = {
  args: { backend: fakeBackend(NOT_YET_OPEN) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '#not-open');
  },
};

/** The signing period is over. */
export const Closed: Story = {
  args: { backend: fakeBackend(CLOSED) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '#not-open');
  },
};

/** Deposited with the president: the legal deadline of the bureau's answer (three months). */
export const Deposited: Story = {
  args: { backend: fakeBackend(DEPOSITED) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '.due');
  },
};

/** Rejected by the bureau: the dated decision and its stated reasons. */
export const Rejected: Story = {
  args: { petition: REJECTED.id, backend: fakeBackend(REJECTED) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '.timeline .note');
  },
};

/** Accepted onto the agenda, then answered by the council: every step dated. */
export const Answered: Story = {
  args: { backend: fakeBackend(ANSWERED) },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '.timeline');
    await expect(element.shadowRoot!.querySelectorAll('.timeline li.done')).toHaveLength(5);
  },
};

/** Still loading (the fake never answers). */
export const Loading: Story = {
  args: { backend: fakeBackend(COLLECTING, { getPetition: () => forever<Petition>() }) },
};

/** Loading failed (503): a translated message and a retry button. */
export const LoadFailed: Story = {
  args: {
    backend: fakeBackend(COLLECTING, {
      getPetition: async () => {
        throw new ApiError(503, 'server_error', 'down');
      },
    }),
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[role=alert] button');
  },
};

/** The `petition` id does not exist on the backend (404). */
export const NotFound: Story = {
  args: { petition: 'eclairage-bab-zorgan' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[role=alert]');
  },
};

/** No `petition` attribute: a configuration error on screen, for the CMS admin. */
export const MissingPetition: Story = {
  args: { petition: undefined },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part=config-error]');
  },
};

/** No backend, no `endpoint` and no meta tag. */
export const MissingEndpoint: Story = {
  args: { backend: undefined, endpoint: undefined },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part=config-error]');
  },
};

/** Markup typed by an admin is shown as text; Arabic-only text keeps its own direction in a French page. */
export const HostileAdminText: Story = {
  args: { backend: fakeBackend(HOSTILE) },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    await expect(element.shadowRoot!.querySelector('img')).toBeNull();
  },
};

/** The narrowest phone the design supports (320 px). */
export const NarrowPhone: Story = {
  decorators: [(story) => html`<div class="mocharaka-story-narrow">${story()}</div>`],
};
