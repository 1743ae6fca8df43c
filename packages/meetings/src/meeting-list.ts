import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Locale, Meeting, MeetingPeriod } from '@mocharaka/core';
import { localized, meetingWhen, seatsText } from './meeting-text.js';

export interface MeetingListHost {
  locale: Locale;
  period: MeetingPeriod;
  meetings: readonly Meeting[];
  choosePeriod(period: MeetingPeriod): void;
  open(meetingId: string): void;
}

/** Upcoming or past meetings, each a heading with its date, place and seats, opened with a button. */
export function renderMeetingList(host: MeetingListHost) {
  const { locale, period, meetings } = host;
  const tab = (value: MeetingPeriod, label: string) =>
    html`<button type="button" class="button secondary" aria-pressed=${period === value ? 'true' : 'false'}
      @click=${() => host.choosePeriod(value)}>${label}</button>`;
  return html`<section aria-labelledby="meetings-title">
    <h2 id="meetings-title" part="title">${msg('Citizen meetings')}</h2>
    <div class="periods" role="group" aria-label=${msg('Which meetings')}>
      ${tab('upcoming', msg('Upcoming'))} ${tab('past', msg('Past'))}
    </div>
    ${
      meetings.length === 0
        ? html`<p class="notice" id="empty">${period === 'upcoming' ? msg('No meeting is planned at the moment.') : msg('No past meeting yet.')}</p>`
        : html`<ul class="meetings" part="list">
          ${meetings.map(
            (meeting) => html`<li class="meeting-card">
              <h3 id="meeting-${meeting.id}">${localized(locale, meeting.title)}</h3>
              <p><time datetime=${meeting.startsAt}>${meetingWhen(locale, meeting)}</time></p>
              <p>${localized(locale, meeting.place.address)}</p>
              <p class="seats">${meeting.minutes ? msg('Minutes published') : seatsText(meeting)}</p>
              <button type="button" class="button secondary" aria-describedby="meeting-${meeting.id}" @click=${() => host.open(meeting.id)}>
                ${period === 'upcoming' && meeting.registrationOpen ? msg('Details and registration') : msg('Details')}
              </button>
            </li>`,
          )}
        </ul>`
    }
  </section>`;
}

/** Back to the list, when the detail was opened from it. */
export const renderBack = (back?: () => void) =>
  back ? html`<button type="button" class="button secondary back" @click=${back}>${msg('All meetings')}</button>` : nothing;
