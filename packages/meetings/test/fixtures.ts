import { fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { ApiError, type Meeting, type MeetingsBackend, type RegistrationInput } from '@mocharaka/core';
import '../src/mocharaka-meetings.js';
import type { MocharakaMeetings } from '../src/meetings.element.js';

/* The meetings, fake backend and form helpers the element's test files share. */
const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
export const CODE = 'Qx7-kP2_aB9cD4eF6gH8jK1m';

export const UPCOMING: Meeting = {
  id: 'bab-zorgan-lighting',
  title: { ar: 'لقاء تواصلي حول إنارة أزقة باب الزرقان', fr: 'Rencontre sur l’éclairage des ruelles de Bab Zorgan' },
  description: { ar: 'عرض مشروع الإنارة ومناقشته مع الساكنة.', fr: 'Présentation du projet d’éclairage et débat avec les habitants.' },
  startsAt: at(72),
  endsAt: at(74),
  place: {
    address: { ar: 'دار الشباب باب الزرقان، تارودانت', fr: 'Maison des jeunes de Bab Zorgan, Taroudant' },
    mapUrl: 'https://www.openstreetmap.org/?mlat=30.4703&mlon=-8.8770',
  },
  languages: ['ary', 'zgh'],
  accessibility: { ar: 'القاعة في الطابق الأرضي', fr: 'Salle au rez-de-chaussée' },
  status: 'scheduled',
  seats: { capacity: 60, taken: 12, waiting: 0 },
  registrationOpen: true,
};
export const FULL: Meeting = { ...UPCOMING, id: 'full-meeting', seats: { capacity: 20, taken: 20, waiting: 3 } };
export const PAST: Meeting = {
  ...UPCOMING,
  id: 'budget-2026',
  title: { ar: 'لقاء حول برمجة الميزانية', fr: 'Rencontre sur la programmation du budget' },
  startsAt: at(-240),
  endsAt: at(-238),
  registrationOpen: false,
  minutes: {
    summary: { ar: 'ناقش الحاضرون أولويات الأحياء.', fr: 'Les participants ont discuté des priorités des quartiers.' },
    points: [{ title: { ar: 'الإنارة العمومية', fr: 'Éclairage public' } }],
    decisions: [
      {
        text: { ar: 'إدراج إنارة باب الزرقان في برنامج العمل', fr: 'Inscrire l’éclairage de Bab Zorgan au programme' },
        dueDate: '2027-06-30',
      },
    ],
    links: [
      { kind: 'petition', id: 'bab-zorgan-lane-lighting' },
      { kind: 'suggestion', id: 'SUG-7K2M' },
    ],
    attendance: 41,
    publishedAt: at(-200),
  },
};

export function fakeBackend(meetings: Meeting[] = [UPCOMING, FULL], overrides: Partial<MeetingsBackend> = {}) {
  const registrations: { meetingId: string; registration: RegistrationInput; idempotencyKey: string }[] = [];
  const cancellations: string[] = [];
  const backend: MeetingsBackend = {
    listMeetings: async (when) => meetings.filter((m) => (when === 'past') === Date.parse(m.endsAt) < Date.now()),
    getMeeting: async (id) => {
      const found = meetings.find((m) => m.id === id);
      if (!found) throw new ApiError(404, 'not_found', 'Meeting not found');
      return found;
    },
    meetingCalendarUrl: (id, lang) => `/v1/meetings/${id}/calendar.ics?lang=${lang}`,
    registerForMeeting: async (meetingId, registration, { idempotencyKey }) => {
      registrations.push({ meetingId, registration, idempotencyKey });
      const waiting = meetingId === FULL.id;
      return {
        receipt: {
          reference: 'MTG-1A2B-3C4D-5E6F',
          cancellationCode: CODE,
          status: waiting ? 'waiting' : 'confirmed',
          people: registration.people,
          ...(waiting ? { waitingPosition: 4 } : {}),
          registeredAt: new Date().toISOString(),
        },
      };
    },
    cancelMeetingRegistration: async (_meetingId, { code }) => {
      cancellations.push(code);
      return { cancellation: { reference: 'MTG-1A2B-3C4D-5E6F', cancelledAt: new Date().toISOString() } };
    },
    ...overrides,
  };
  return { backend, registrations, cancellations };
}

export const $ = <E extends Element = HTMLElement>(element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector<E>(selector)!;
export const text = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

export async function render(
  lang: 'ar' | 'fr',
  backend: MeetingsBackend,
  meeting?: string,
  ready = '[part=list], [part=form], .notice, [role=alert], #meeting-title',
) {
  const element = await fixture<MocharakaMeetings>(html`<mocharaka-meetings lang=${lang}></mocharaka-meetings>`);
  // Set as React and Vue do: properties, after creation.
  element.backend = backend;
  if (meeting) element.meeting = meeting;
  element.petitionLink = 'https://www.taroudant.ma/petitions/{id}';
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector(ready), 'the meetings never appeared');
  return element;
}

export async function type(element: MocharakaMeetings, selector: string, value: string) {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
}

export async function fill(element: MocharakaMeetings, people = '2') {
  await type(element, '#name', 'Fatima Zahra Ait Baha');
  await type(element, '#contact', '+212 661 23 45 67');
  await type(element, '#people', people);
  const consent = $<HTMLInputElement>(element, '#consent');
  consent.checked = true;
  consent.dispatchEvent(new Event('change'));
  await element.updateComplete;
}
