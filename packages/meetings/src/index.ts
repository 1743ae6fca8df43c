export { MocharakaMeetings } from './meetings.element.js';
export { MocharakaMeetingCancelledEvent, MocharakaMeetingRegisteredEvent, type MeetingRegisteredDetail } from './meetings.events.js';
export { checkRegistration, type RegistrationDraft, type RegistrationField } from './registration-rules.js';
export { cancellationLink, readCancellationLink } from './cancellation-link.js';
