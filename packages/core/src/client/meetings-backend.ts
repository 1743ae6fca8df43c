import type {
  CancellationInput,
  CancellationReceipt,
  Meeting,
  MeetingPeriod,
  RegistrationInput,
  RegistrationReceipt,
} from '../contract/meeting.js';
import type { ReadOptions, SubmitOptions } from './backend.js';

/** The citizen meetings part of the contract (issue 16, section 2). */
export interface MeetingsBackend {
  /** `upcoming` soonest first, `past` latest first. */
  listMeetings(when: MeetingPeriod, options?: ReadOptions): Promise<Meeting[]>;
  getMeeting(meetingId: string, options?: ReadOptions): Promise<Meeting>;
  /** Where the meeting's `.ics` file is, for an "Add to calendar" link; undefined when the backend serves none. */
  meetingCalendarUrl(meetingId: string, lang: string): string | undefined;
  /** 409 `registration_closed` once it has started, `meeting_cancelled` when called off. */
  registerForMeeting(meetingId: string, registration: RegistrationInput, options: SubmitOptions): Promise<RegistrationReceipt>;
  /** 404 `registration_not_found` for a code that names no registration of this meeting. */
  cancelMeetingRegistration(meetingId: string, cancellation: CancellationInput, options: SubmitOptions): Promise<CancellationReceipt>;
}
