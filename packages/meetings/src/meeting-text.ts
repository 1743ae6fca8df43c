import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, formatTime, pickText, type Locale, type LocalizedText, type Meeting, type MeetingLanguage } from '@mocharaka/core';

/** A commune's text in the reader's language, marked with the language it is actually in. */
export function localized(locale: Locale, text: LocalizedText) {
  const picked = pickText(text, locale);
  return html`<span lang=${picked.lang} dir=${picked.dir}>${picked.text}</span>`;
}

export function languageName(language: MeetingLanguage): string {
  switch (language) {
    case 'ary':
      return msg('Moroccan Arabic (Darija)');
    case 'ar':
      return msg('Standard Arabic');
    case 'zgh':
      return msg('Tamazight');
    case 'fr':
      return msg('French');
    default:
      return msg('English');
  }
}

/** `12 يناير 2027, 18:00 – 20:00` (Africa/Casablanca); both dates when it spans days. */
export function meetingWhen(locale: Locale, meeting: Meeting): string {
  const startDay = formatDate(locale, meeting.startsAt);
  const endDay = formatDate(locale, meeting.endsAt);
  const start = formatTime(locale, meeting.startsAt);
  const end = formatTime(locale, meeting.endsAt);
  return startDay === endDay
    ? msg(str`${startDay}, ${start} – ${end}`, { id: 'meeting-same-day' })
    : msg(str`${startDay} ${start} – ${endDay} ${end}`, { id: 'meeting-days' });
}

/** Seats as a citizen needs them: how many are left, or that registrations now join the waiting list. */
export function seatsText(meeting: Meeting): string {
  const left = meeting.seats.capacity - meeting.seats.taken;
  if (meeting.status === 'cancelled') return msg('Cancelled by the commune');
  if (!meeting.registrationOpen) return msg('Registration closed');
  if (left > 0 && meeting.seats.waiting === 0) return msg(str`${left} of ${meeting.seats.capacity} seats left`);
  return msg('Full: new registrations join the waiting list');
}
