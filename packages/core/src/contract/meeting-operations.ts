import type { Operation } from './operations.js';

/*
 * Citizen meetings' operations, part of the route table: `operations.ts` spreads them
 * in, and `meeting-route-schemas.ts` gives their schemas.
 */

const meetingOp = <const O extends Operation>(operation: O): O => operation;

export const listMeetings = meetingOp({ method: 'GET', path: '/v1/meetings', auth: 'public' });
export const getMeeting = meetingOp({ method: 'GET', path: '/v1/meetings/{id}', auth: 'public' });
export const getMeetingCalendar = meetingOp({ method: 'GET', path: '/v1/meetings/{id}/calendar.ics', auth: 'public', uncached: true });
export const registerForMeeting = meetingOp({
  method: 'POST',
  path: '/v1/meetings/{id}/registrations',
  auth: 'public',
  proof: true,
  idempotent: true,
  rateLimit: 'submissions',
});
export const cancelMeetingRegistration = meetingOp({
  method: 'POST',
  path: '/v1/meetings/{id}/cancellations',
  auth: 'public',
  proof: true,
  idempotent: true,
  rateLimit: 'submissions',
});

export const meetingOperations = {
  listMeetings,
  getMeeting,
  getMeetingCalendar,
  registerForMeeting,
  cancelMeetingRegistration,
  listMeetingsForStaff: meetingOp({ method: 'GET', path: '/v1/admin/meetings', auth: ['editor', 'moderator', 'viewer'] }),
  getMeetingForStaff: meetingOp({ method: 'GET', path: '/v1/admin/meetings/{id}', auth: ['editor', 'moderator', 'viewer'] }),
  upsertMeeting: meetingOp({ method: 'POST', path: '/v1/admin/meetings', auth: ['editor'], idempotent: true }),
  listMeetingRegistrations: meetingOp({ method: 'GET', path: '/v1/admin/meetings/{id}/registrations', auth: ['editor', 'moderator'] }),
  exportMeetingRegistrations: meetingOp({
    method: 'GET',
    path: '/v1/admin/meetings/{id}/registrations.csv',
    auth: ['editor', 'moderator'],
  }),
  markMeetingAttendance: meetingOp({
    method: 'POST',
    path: '/v1/admin/meetings/{id}/attendance',
    auth: ['editor', 'moderator'],
    idempotent: true,
  }),
  saveMeetingMinutes: meetingOp({ method: 'POST', path: '/v1/admin/meetings/{id}/minutes', auth: ['editor'], idempotent: true }),
} as const satisfies Record<string, Operation>;
