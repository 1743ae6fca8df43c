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
