import type { meetingOperations } from '@mocharaka/core/contract';
import type { AuditOf } from '../staff/admin-write-audit.js';

type MeetingWriteId = {
  [K in keyof typeof meetingOperations]: (typeof meetingOperations)[K] extends { idempotent: true; auth: readonly string[] } ? K : never;
}[keyof typeof meetingOperations];

type Body = Record<string, unknown>;
const body = (input: { body: unknown }) => (input.body ?? {}) as Body;
const pick = (source: Body, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
const meetingId = (input: { params: Record<string, string> }) => input.params.id ?? '';

/** How each staff write of the meetings enters the audit trail (spread into admin-write-audit.ts); never a registrant's name or contact. */
export const meetingAudits: Record<MeetingWriteId, AuditOf> = {
  upsertMeeting: {
    resourceType: 'meeting',
    resourceId: (input) => String(body(input).id),
    summary: (input) => pick(body(input), ['title', 'startsAt', 'endsAt', 'capacity', 'status']),
  },
  // The registration's reference only.
  markMeetingAttendance: {
    resourceType: 'meeting',
    action: 'attendance',
    resourceId: meetingId,
    summary: (input) => pick(body(input), ['reference', 'attended']),
  },
  saveMeetingMinutes: {
    resourceType: 'meeting',
    action: 'minutes_publication',
    resourceId: meetingId,
    summary: (input) => pick(body(input), ['published', 'links']),
  },
};
