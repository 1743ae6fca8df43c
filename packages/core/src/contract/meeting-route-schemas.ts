import * as z from 'zod/mini';
import { Id } from './common.js';
import {
  AdminMeeting,
  AdminMeetingList,
  AdminRegistration,
  AdminRegistrationList,
  AttendanceInput,
  CancellationInput,
  CancellationReceipt,
  Meeting,
  MeetingInput,
  MeetingList,
  MeetingMinutesInput,
  MeetingPeriod,
  RegistrationInput,
  RegistrationReceipt,
} from './meeting.js';
import type { meetingOperations } from './meeting-operations.js';
import type { Answer, PathParameter, RouteSchemas } from './route-schemas.js';

/* The schema half of the meetings' operations (see `route-schemas.ts`), spread into `routeSchemas`. */

const json = (schema: z.ZodMiniType, description: string): Answer => ({ schema, description });
const meetingId: { id: PathParameter } = { id: { schema: Id, description: 'Meeting identifier, e.g. `bab-zorgan-lighting-2027-01`' } };
const exportLanguage = {
  lang: {
    schema: z.optional(z.string()),
    description: 'Language of the headings and texts: `fr` for French, anything else Arabic',
    documented: { type: 'string', enum: ['ar', 'fr'], default: 'ar' },
  },
};

export const meetingRouteSchemas = {
  listMeetings: {
    summary: 'The commune’s citizen meetings: upcoming ones soonest first, or past ones latest first',
    query: { when: { schema: z.optional(MeetingPeriod), description: '`upcoming` (default) or `past`' } },
    responses: { 200: json(MeetingList, 'The meetings, with seat counts and published minutes') },
  },
  getMeeting: { summary: 'One meeting', params: meetingId, responses: { 200: json(Meeting, 'The meeting') } },
  getMeetingCalendar: {
    summary: 'The meeting as an iCalendar file (RFC 5545) to add to a calendar',
    description: 'One VEVENT, times in UTC; `UID` is stable and `SEQUENCE` grows with each change, so a calendar updates its copy.',
    params: meetingId,
    query: exportLanguage,
    responses: { 200: { mediaType: 'text/calendar', description: 'The `.ics` file' } },
  },
  registerForMeeting: {
    summary: 'Register for a meeting; when it is full, join the waiting list',
    description:
      'Seats are counted in people. A registration that fits (and finds nobody waiting) is `confirmed`; otherwise it waits, ' +
      'and is confirmed in order as seats free up. The receipt’s `cancellationCode` is the only way to cancel it.',
    params: meetingId,
    body: RegistrationInput,
    responses: { 201: json(RegistrationReceipt, 'Registered, or on the waiting list') },
    errors: { 409: ['`registration_closed`: the meeting has started or is over', '`meeting_cancelled`: the commune called it off'] },
  },
  cancelMeetingRegistration: {
    summary: 'Cancel a registration with the code of its receipt; its seats go to the waiting list',
    params: meetingId,
    body: CancellationInput,
    responses: { 200: json(CancellationReceipt, 'Cancelled (also when it already was)') },
    errors: { 404: ['`registration_not_found`: no registration of this meeting has this code'] },
  },
  listMeetingsForStaff: {
    summary: 'Every meeting, with minutes drafts (staff)',
    responses: { 200: json(AdminMeetingList, 'The meetings, latest first') },
  },
  getMeetingForStaff: {
    summary: 'One meeting, with its minutes draft (staff)',
    params: meetingId,
    responses: { 200: json(AdminMeeting, 'The meeting, as the list gives it') },
  },
  upsertMeeting: {
    summary: 'Create or update a meeting (staff)',
    description: 'Raising the capacity confirms waiting registrations in order; lowering it below the seats taken is refused.',
    body: MeetingInput,
    responses: { 200: json(AdminMeeting, 'Updated'), 201: json(AdminMeeting, 'Created') },
    errors: {
      409: ['`commune_missing`: no commune is configured yet'],
      422: ['`fields.endsAt: invalid_value`: not after `startsAt`', '`fields.capacity: too_small`: below the seats already taken'],
    },
  },
  listMeetingRegistrations: {
    summary: 'The registrations with names and contacts, oldest first (staff)',
    params: meetingId,
    responses: { 200: json(AdminRegistrationList, 'The registrations') },
  },
  exportMeetingRegistrations: {
    summary: 'The attendance list as CSV (staff)',
    params: meetingId,
    query: exportLanguage,
    responses: { 200: { mediaType: 'text/csv', description: 'Reference, name, contact, people, status, attended, date' } },
  },
  markMeetingAttendance: {
    summary: 'Mark a registrant present or absent (staff)',
    params: meetingId,
    body: AttendanceInput,
    responses: { 200: json(AdminRegistration, 'The registration') },
    errors: { 404: ['`registration_not_found`: no such registration for this meeting'] },
  },
  saveMeetingMinutes: {
    summary: 'Save the minutes and decisions, as a draft or published (staff)',
    params: meetingId,
    body: MeetingMinutesInput,
    responses: { 200: json(AdminMeeting, 'The meeting with its minutes') },
    errors: { 409: ['`meeting_not_held`: minutes cannot be published before the meeting starts'] },
  },
} as const satisfies { readonly [K in keyof typeof meetingOperations]: RouteSchemas };
