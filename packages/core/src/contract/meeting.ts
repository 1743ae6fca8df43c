import * as z from 'zod/mini';
import { Id, LocalizedText, Timestamp, listOf, wellFormed } from './common.js';
import { toLatinDigits } from './digits.js';
import { CONTACT_PATTERN } from './limits.js';
import {
  CANCELLATION_CODE_PATTERN,
  MEETING_CAPACITY_MAX,
  MEETING_CONTACT_MAX,
  MEETING_DECISIONS_MAX,
  MEETING_LANGUAGES,
  MEETING_LINKS_MAX,
  MEETING_LINK_ID_PATTERN,
  MEETING_LINK_KINDS,
  MEETING_NAME_MAX,
  MEETING_NAME_MIN,
  MEETING_PARTY_MAX,
  MEETING_POINTS_MAX,
  MEETING_STATUSES,
  REGISTRATION_REFERENCE_PATTERN,
  REGISTRATION_STATUSES,
} from './meeting-rules.js';

export const MeetingLanguage = z.enum(MEETING_LANGUAGES);
export type MeetingLanguage = z.infer<typeof MeetingLanguage>;
export const MeetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatus>;
export const RegistrationStatus = z.enum(REGISTRATION_STATUSES);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

export const MeetingPlace = z.strictObject({
  address: LocalizedText,
  /** A map link the commune chooses (any https map service, or none). */
  mapUrl: z.optional(z.url({ protocol: /^https$/ })),
});
export type MeetingPlace = z.infer<typeof MeetingPlace>;

/** A petition, consultation or suggestion the minutes relate to, by its id (a suggestion's is its follow-up code, `S-TRD0-0001`). */
export const MeetingLink = z.strictObject({ kind: z.enum(MEETING_LINK_KINDS), id: z.string().check(z.regex(MEETING_LINK_ID_PATTERN)) });
export type MeetingLink = z.infer<typeof MeetingLink>;

export const MeetingDecision = z.strictObject({
  text: LocalizedText,
  /** Who carries it out (a department, the council's committee). */
  responsible: z.optional(LocalizedText),
  /** By when, `2027-03-31`. */
  dueDate: z.optional(z.iso.date()),
});
export type MeetingDecision = z.infer<typeof MeetingDecision>;

/** What was discussed and decided, as structured data (never HTML). */
export const MeetingMinutesInput = z.strictObject({
  summary: LocalizedText,
  points: z.array(z.strictObject({ title: LocalizedText, text: z.optional(LocalizedText) })).check(z.maxLength(MEETING_POINTS_MAX)),
  decisions: z.array(MeetingDecision).check(z.maxLength(MEETING_DECISIONS_MAX)),
  links: z.array(MeetingLink).check(z.maxLength(MEETING_LINKS_MAX)),
  /** false keeps them as a draft staff can still edit; true shows them to the public. */
  published: z.boolean(),
});
export type MeetingMinutesInput = z.input<typeof MeetingMinutesInput>;

export const MeetingMinutes = z.object({
  summary: LocalizedText,
  points: z.array(z.object({ title: LocalizedText, text: z.optional(LocalizedText) })),
  decisions: z.array(MeetingDecision),
  links: z.array(MeetingLink),
  /** People marked present by staff. */
  attendance: z.int().check(z.gte(0)),
  publishedAt: Timestamp,
});
export type MeetingMinutes = z.infer<typeof MeetingMinutes>;

/** Seats as anyone may see them: counts of people, never a name. */
export const MeetingSeats = z.object({
  capacity: z.int().check(z.gte(1)),
  taken: z.int().check(z.gte(0)),
  /** People on the waiting list. */
  waiting: z.int().check(z.gte(0)),
});
export type MeetingSeats = z.infer<typeof MeetingSeats>;

export const Meeting = z.object({
  id: Id,
  title: LocalizedText,
  description: z.optional(LocalizedText),
  startsAt: Timestamp,
  endsAt: Timestamp,
  place: MeetingPlace,
  languages: z.array(MeetingLanguage),
  accessibility: z.optional(LocalizedText),
  status: MeetingStatus,
  seats: MeetingSeats,
  /** Registration is open: scheduled, not yet started. Full meetings take registrations onto the waiting list. */
  registrationOpen: z.boolean(),
  /** Published minutes only. */
  minutes: z.optional(MeetingMinutes),
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingList = listOf(Meeting);
export type MeetingList = z.infer<typeof MeetingList>;

/** `upcoming` (not yet ended, soonest first) or `past` (ended, latest first). */
export const MeetingPeriod = z.enum(['upcoming', 'past']);
export type MeetingPeriod = z.infer<typeof MeetingPeriod>;

export const RegistrationInput = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(MEETING_NAME_MIN), z.maxLength(MEETING_NAME_MAX), wellFormed()),
  /** For the commune to reach the registrant about this meeting only; never published. */
  contact: z.optional(
    z.string().check(z.overwrite(toLatinDigits), z.trim(), z.maxLength(MEETING_CONTACT_MAX), z.regex(CONTACT_PATTERN), wellFormed()),
  ),
  people: z.int().check(z.gte(1), z.lte(MEETING_PARTY_MAX)),
  consent: z.literal(true),
});
export type RegistrationInput = z.input<typeof RegistrationInput>;

export const RegistrationReference = z.string().check(z.regex(REGISTRATION_REFERENCE_PATTERN));
export const CancellationCode = z.string().check(z.regex(CANCELLATION_CODE_PATTERN));

export const RegistrationReceipt = z.object({
  receipt: z.object({
    reference: z.string(),
    /** The secret that cancels this registration; shown once, kept by the registrant. */
    cancellationCode: z.string(),
    status: z.enum(['confirmed', 'waiting']),
    people: z.int(),
    /** Place on the waiting list when it was joined (1 = next). */
    waitingPosition: z.optional(z.int().check(z.gte(1))),
    registeredAt: Timestamp,
  }),
});
export type RegistrationReceipt = z.infer<typeof RegistrationReceipt>;

export const CancellationInput = z.strictObject({ code: CancellationCode });
export type CancellationInput = z.input<typeof CancellationInput>;

export const CancellationReceipt = z.object({
  cancellation: z.object({ reference: z.string(), cancelledAt: Timestamp }),
});
export type CancellationReceipt = z.infer<typeof CancellationReceipt>;

// Staff

export const MeetingInput = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: z.optional(LocalizedText),
  startsAt: Timestamp,
  endsAt: Timestamp,
  place: MeetingPlace,
  languages: z.array(MeetingLanguage).check(z.minLength(1), z.maxLength(MEETING_LANGUAGES.length)),
  accessibility: z.optional(LocalizedText),
  capacity: z.int().check(z.gte(1), z.lte(MEETING_CAPACITY_MAX)),
  status: z.optional(MeetingStatus),
});
export type MeetingInput = z.input<typeof MeetingInput>;

/** A meeting as staff see it: minutes drafts included. */
export const AdminMeeting = z.extend(Meeting, { minutesDraft: z.optional(MeetingMinutesInput) });
export type AdminMeeting = z.infer<typeof AdminMeeting>;

export const AdminMeetingList = listOf(AdminMeeting);
export type AdminMeetingList = z.infer<typeof AdminMeetingList>;

/** A registration as staff see it, name and contact opened. */
export const AdminRegistration = z.object({
  reference: z.string(),
  name: z.string(),
  contact: z.optional(z.string()),
  people: z.int(),
  status: RegistrationStatus,
  attended: z.boolean(),
  registeredAt: Timestamp,
});
export type AdminRegistration = z.infer<typeof AdminRegistration>;

export const AdminRegistrationList = listOf(AdminRegistration);
export type AdminRegistrationList = z.infer<typeof AdminRegistrationList>;

export const AttendanceInput = z.strictObject({ reference: RegistrationReference, attended: z.boolean() });
export type AttendanceInput = z.input<typeof AttendanceInput>;
