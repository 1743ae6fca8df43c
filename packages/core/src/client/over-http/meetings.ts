import type { CancellationReceipt, Meeting, RegistrationReceipt } from '../../contract/meeting.js';
import type { MeetingsBackend } from '../meetings-backend.js';
import { path, type HttpClient } from '../http-client.js';

/** The citizen meetings part of the contract over HTTP. */
export const meetingsOverHttp = (http: HttpClient): MeetingsBackend => ({
  listMeetings: (when, options) => http.list<Meeting>(`meetings?when=${encodeURIComponent(when)}`, options),
  getMeeting: (meetingId, options) => http.get<Meeting>(path('meetings', meetingId), options),
  meetingCalendarUrl: (meetingId, lang) =>
    new URL(`${path('meetings', meetingId, 'calendar.ics')}?lang=${encodeURIComponent(lang)}`, http.endpoint).href,
  registerForMeeting: (meetingId, registration, options) =>
    http.post<RegistrationReceipt>(path('meetings', meetingId, 'registrations'), registration, options),
  cancelMeetingRegistration: (meetingId, cancellation, options) =>
    http.post<CancellationReceipt>(path('meetings', meetingId, 'cancellations'), cancellation, options),
});
