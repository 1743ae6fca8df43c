/*
 * iCalendar (RFC 5545) for one meeting: CRLF line ends, TEXT values escaped (§3.3.11),
 * content lines folded at 75 octets without splitting a UTF-8 character (§3.1), times
 * in UTC (so no VTIMEZONE is needed), a stable UID and a SEQUENCE that grows with each
 * change so a calendar replaces its copy.
 */

export interface CalendarEvent {
  uid: string;
  sequence: number;
  stamp: Date;
  lastModified: Date;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location: string;
  /** Alternate representation of the location: the commune's map link. */
  locationUrl?: string;
  cancelled: boolean;
  language: string;
}

/** `\` `;` `,` and line breaks escaped, as a TEXT value requires. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

const FOLD_OCTETS = 75;

/** Splits a content line into lines of at most 75 octets, each continuation starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // A continuation's leading space counts in its 75 octets.
    const limit = parts.length === 0 ? FOLD_OCTETS : FOLD_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20270115T170000Z` */
export const utcDateTime = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A parameter value in double quotes may hold anything but a double quote and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a quoted parameter refuses
const quotedParameter = (value: string) => `"${value.replace(/"/g, '%22').replace(/[\u0000-\u001f\u007f]/g, '')}"`;

export function calendarFile(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mocharaka//Citizen meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `LAST-MODIFIED:${utcDateTime(event.lastModified)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `SUMMARY;LANGUAGE=${event.language}:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION;LANGUAGE=${event.language}:${escapeText(event.description)}`] : []),
    `LOCATION;LANGUAGE=${event.language}${event.locationUrl ? `;ALTREP=${quotedParameter(event.locationUrl)}` : ''}:${escapeText(event.location)}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
