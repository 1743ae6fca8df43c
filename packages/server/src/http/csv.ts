/**
 * CSV for staff exports (RFC 4180, UTF-8 with a BOM so spreadsheet programs read
 * Arabic correctly). Every cell is quoted. A citizen's text must never run as a
 * spreadsheet formula on a staff computer, whichever separator the spreadsheet splits
 * on (`,` in English locales, `;` in French and Arabic ones, tab when pasted), and even
 * when it ignores the quotes: an apostrophe goes before any `=`, `+`, `-`, `@`, tab or
 * carriage return that starts the cell or follows one of those separators or a line break.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(cell)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The separators a spreadsheet may split a line on, and line breaks. */
const SPREADSHEET_SEPARATORS = ',;\\t\\r\\n';
/** A formula trigger, possibly behind quotes or spaces a spreadsheet skips. */
const TRIGGER = '(?=["\\s]*[=+\\-@\\t\\r])';
const AFTER_SEPARATOR = new RegExp(`([${SPREADSHEET_SEPARATORS}])${TRIGGER}`, 'g');
const AT_START = new RegExp(`^${TRIGGER}`);

export function neutralizeFormula(value: string): string {
  return value.replace(AFTER_SEPARATOR, "$1'").replace(AT_START, "'");
}

function csvCell(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '""';
  const text = typeof cell === 'number' ? String(cell) : neutralizeFormula(cell);
  return `"${text.replace(/"/g, '""')}"`;
}

/** The commune's time zone, in which exports give times. */
export const EXPORT_TIME_ZONE = 'Africa/Casablanca';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: EXPORT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/**
 * Every time in every staff export (CSV and printable lists): ISO 8601 in the commune's
 * time zone with its offset, e.g. `2026-03-02T13:00:15+01:00` (Morocco moves to +00:00
 * during Ramadan, so the offset is read from the zone, never assumed).
 */
export function moroccoIso(value: Date | string): string {
  const date = new Date(value);
  const part = Object.fromEntries(parts.formatToParts(date).map((p) => [p.type, p.value]));
  const offset = part.timeZoneName === 'GMT' ? '+00:00' : part.timeZoneName!.slice(3);
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}${offset}`;
}
