import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Locale, Meeting } from '@mocharaka/core';
import { languageName, localized, meetingWhen, seatsText } from './meeting-text.js';

/** The meeting's facts: when, where (with the commune's map link), languages, accessibility, seats, calendar file. */
export function renderMeetingDetail(locale: Locale, meeting: Meeting, calendarUrl: string | undefined) {
  return html`<h2 id="meeting-title" part="title">${localized(locale, meeting.title)}</h2>
    ${meeting.status === 'cancelled' ? html`<p class="notice error" id="called-off">${msg('The commune has cancelled this meeting.')}</p>` : nothing}
    ${meeting.description ? html`<p class="prose">${localized(locale, meeting.description)}</p>` : nothing}
    <dl class="facts">
      <div><dt>${msg('Date and time')}</dt><dd><time datetime=${meeting.startsAt}>${meetingWhen(locale, meeting)}</time></dd></div>
      <div>
        <dt>${msg('Place')}</dt>
        <dd>
          ${localized(locale, meeting.place.address)}
          ${
            meeting.place.mapUrl
              ? html`<br /><a href=${meeting.place.mapUrl} target="_blank" rel="noopener noreferrer">${msg('See on a map')}</a>`
              : nothing
          }
        </dd>
      </div>
      <div><dt>${msg('Languages')}</dt><dd>${meeting.languages.map(languageName).join(' · ')}</dd></div>
      ${
        meeting.accessibility
          ? html`<div><dt>${msg('Accessibility')}</dt><dd>${localized(locale, meeting.accessibility)}</dd></div>`
          : nothing
      }
      ${meeting.minutes ? nothing : html`<div><dt>${msg('Seats')}</dt><dd id="seats">${seatsText(meeting)}</dd></div>`}
    </dl>
    ${
      calendarUrl && meeting.status !== 'cancelled' && !meeting.minutes
        ? html`<p><a class="button secondary" part="calendar" href=${calendarUrl} download="${meeting.id}.ics">${msg('Add to my calendar')}</a></p>`
        : nothing
    }`;
}
