import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect } from 'storybook/test';
import { forever, inside, readyElement, typeInto } from './support.js';
import { ApiError, type Meeting, type MeetingsBackend } from '@mocharaka/core';
import '@mocharaka/meetings/mocharaka-meetings.js';
import type { MocharakaMeetings } from '@mocharaka/meetings';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const OUTBOX_KEY = 'mocharaka:outbox:meetings:custom';

/* The demo commune's meetings (as seeded by the reference server). */
const LIGHTING: Meeting = {
  id: 'bab-zorgan-lighting-2027',
  title: { ar: 'لقاء تواصلي حول إنارة وتبليط أزقة باب الزرقان', fr: 'Rencontre sur l’éclairage et le pavage des ruelles de Bab Zorgan' },
  description: {
    ar: 'تعرض المصالح التقنية للجماعة مشروع إنارة وتبليط الأزقة المؤدية إلى باب الزرقان، استجابة للعريضة التي وضعها السكان.',
    fr: 'Les services techniques présentent le projet d’éclairage et de pavage des ruelles menant à Bab Zorgan, en réponse à la pétition des habitants.',
  },
  startsAt: at(216),
  endsAt: at(218),
  place: {
    address: { ar: 'دار الشباب باب الزرقان، تارودانت', fr: 'Maison des jeunes de Bab Zorgan, Taroudant' },
    mapUrl: 'https://www.openstreetmap.org/?mlat=30.4689&mlon=-8.8805',
  },
  languages: ['ary', 'zgh'],
  accessibility: {
    ar: 'القاعة في الطابق الأرضي مع ولوج بالكراسي المتحركة.',
    fr: 'Salle au rez-de-chaussée, accessible en fauteuil roulant.',
  },
  status: 'scheduled',
  seats: { capacity: 60, taken: 23, waiting: 0 },
  registrationOpen: true,
};
const YOUTH: Meeting = {
  ...LIGHTING,
  id: 'youth-council-action-programme',
  title: {
    ar: 'جلسة استماع مع مجلس الشباب حول أولويات برنامج عمل الجماعة',
    fr: 'Audition du conseil des jeunes sur les priorités du programme d’action',
  },
  startsAt: at(552),
  endsAt: at(554),
  languages: ['ary', 'ar', 'fr'],
  seats: { capacity: 40, taken: 40, waiting: 6 },
};
const HELD: Meeting = {
  ...LIGHTING,
  id: 'participation-charter-consultation-2024',
  title: {
    ar: 'اللقاء التشاوري حول مشروع ميثاق المشاركة المواطنة',
    fr: 'Rencontre de concertation sur le projet de charte de la participation citoyenne',
  },
  startsAt: at(-1080),
  endsAt: at(-1078),
  registrationOpen: false,
  minutes: {
    summary: {
      ar: 'ناقش الحاضرون أبواب مشروع الميثاق، وطالبوا بآجال واضحة لأجوبة الجماعة.',
      fr: 'Les participants ont discuté des chapitres du projet de charte et demandé des délais clairs pour les réponses de la commune.',
    },
    points: [
      { title: { ar: 'إشراك الشباب والنساء في هيئات التشاور', fr: 'Associer les jeunes et les femmes aux instances de concertation' } },
    ],
    decisions: [
      {
        text: {
          ar: 'عرض مشروع الميثاق على استشارة عمومية رقمية لمدة أسبوعين',
          fr: 'Soumettre le projet de charte à une consultation publique de deux semaines',
        },
        responsible: { ar: 'هيئة المساواة وتكافؤ الفرص', fr: 'Instance de l’équité et de l’égalité des chances' },
      },
    ],
    links: [
      { kind: 'consultation', id: 'taroudant-participation-charter-2024' },
      { kind: 'petition', id: 'bab-zorgan-lane-lighting' },
    ],
    attendance: 74,
    publishedAt: at(-1030),
  },
};

/** A fake backend implementing `MeetingsBackend` from `@mocharaka/core`, as the tests use. */
function fakeBackend(overrides: Partial<MeetingsBackend> = {}, meetings = [LIGHTING, YOUTH, HELD]): MeetingsBackend {
  return {
    listMeetings: async (when) => meetings.filter((m) => (when === 'past') === Date.parse(m.endsAt) < Date.now()),
    getMeeting: async (id) => {
      const found = meetings.find((m) => m.id === id);
      if (!found) throw new ApiError(404, 'not_found', 'Meeting not found');
      return found;
    },
    meetingCalendarUrl: () => undefined,
    registerForMeeting: async (meetingId, registration) => ({
      receipt: {
        reference: 'MTG-4F2A-91C0-7B3D',
        cancellationCode: 'Qx7-kP2_aB9cD4eF6gH8jK1m',
        status: meetingId === YOUTH.id ? 'waiting' : 'confirmed',
        people: registration.people,
        ...(meetingId === YOUTH.id ? { waitingPosition: 7 } : {}),
        registeredAt: new Date().toISOString(),
      },
    }),
    cancelMeetingRegistration: async () => ({ cancellation: { reference: 'MTG-4F2A-91C0-7B3D', cancelledAt: new Date().toISOString() } }),
    ...overrides,
  };
}

interface MeetingsArgs {
  meeting?: string;
  period?: 'upcoming' | 'past';
  petitionLink?: string;
  endpoint?: string;
  backend?: MeetingsBackend;
  fallback: boolean;
}

const logRegistered = action('mocharaka-meeting-registered');
const logError = action('mocharaka-error');

const ready = (canvasElement: HTMLElement, selector: string) =>
  readyElement<MocharakaMeetings>(canvasElement, 'mocharaka-meetings', selector);

const meta: Meta<MeetingsArgs> = {
  title: 'Elements/Meetings',
  component: 'mocharaka-meetings',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '`<mocharaka-meetings>` shows the commune’s citizen meetings, takes registrations with a waiting list, gives a receipt ' +
          'whose code cancels it, links a calendar file, and shows the published minutes. Every story uses a fake backend ' +
          '(the `backend` property); see docs/elements/meetings.md.',
      },
    },
  },
  beforeEach: () => {
    localStorage.removeItem(OUTBOX_KEY);
  },
  argTypes: {
    meeting: {
      control: 'text',
      description: 'Attribute `meeting`: show this one meeting; without it, the list.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    period: {
      control: 'select',
      options: ['upcoming', 'past'],
      description: 'Attribute `period`: which list shows first.',
      table: { category: 'attributes', type: { summary: "'upcoming' | 'past'" } },
    },
    petitionLink: {
      control: 'text',
      description: 'Attribute `petition-link`: where a related petition lives, with `{id}`.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    endpoint: {
      control: 'text',
      description: 'Attribute `endpoint`: base URL of the Mocharaka API. Ignored when `backend` is set.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    backend: {
      control: false,
      description: 'Property `backend`: an object implementing `MeetingsBackend` from `@mocharaka/core`. Stories pass a fake one.',
      table: { category: 'properties', type: { summary: 'MeetingsBackend | undefined' } },
    },
    fallback: {
      control: 'boolean',
      description: 'Story only: a light-DOM fallback link inside the tag.',
      table: { category: 'slots', type: { summary: 'default slot' } },
    },
  },
  args: { backend: fakeBackend(), fallback: true, petitionLink: 'https://www.taroudant.ma/petitions/{id}' },
  render: ({ meeting, period, petitionLink, endpoint, backend, fallback }) => html`
    <mocharaka-meetings
      meeting=${ifDefined(meeting || undefined)}
      period=${ifDefined(period)}
      petition-link=${ifDefined(petitionLink || undefined)}
      endpoint=${ifDefined(endpoint || undefined)}
      .backend=${backend}
      @mocharaka-meeting-registered=${(event: CustomEvent) => logRegistered(event.detail)}
      @mocharaka-error=${(event: CustomEvent) => logError(event.detail)}
    >
      ${fallback ? html`<a href="https://www.taroudant.ma/contact">اللقاءات المواطنة — Rencontres citoyennes</a>` : nothing}
    </mocharaka-meetings>
  `,
};

export default meta;
type Story = StoryObj<MeetingsArgs>;

/** The upcoming meetings with their seats. */
export const Upcoming: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '[part=list]');
    await expect(element.shadowRoot!.querySelectorAll('.meeting-card').length).toBe(2);
  },
};

/** Past meetings, their minutes published. */
export const Past: Story = {
  args: { period: 'past' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part=list]');
  },
};

/** No meeting planned. */
export const Empty: Story = {
  args: { backend: fakeBackend({}, []) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '#empty');
  },
};

/** Still loading. */
export const Loading: Story = {
  args: { backend: fakeBackend({ listMeetings: () => forever() }) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[aria-busy=true]');
  },
};

/** The server cannot be reached. */
export const LoadFailed: Story = {
  args: { backend: fakeBackend({ listMeetings: async () => Promise.reject(new ApiError(503, 'server_error', 'down')) }) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[role=alert]');
  },
};

/** One meeting with its registration form. */
export const Registration: Story = {
  args: { meeting: LIGHTING.id },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part=form]');
  },
};

/** Registered: the receipt with its cancellation code. */
export const Receipt: Story = {
  args: { meeting: LIGHTING.id },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement, '[part=form]');
    await typeInto(element, '#name', 'Fatima Zahra Ait Baha');
    inside<HTMLInputElement>(element, '#consent').click();
    inside<HTMLButtonElement>(element, '[part=submit]').click();
    await ready(canvasElement, '#receipt');
  },
};

/** A full meeting: registrations join the waiting list. */
export const WaitingList: Story = {
  args: { meeting: YOUTH.id },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part=form]');
  },
};

/** A held meeting's minutes, decisions and related items. */
export const Minutes: Story = {
  args: { meeting: HELD.id },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part=minutes]');
  },
};
