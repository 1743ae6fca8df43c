/**
 * CSV for staff exports (RFC 4180, UTF-8 with a BOM so spreadsheet programs read
 * Arabic correctly). A cell starting with `=`, `+`, `-`, `@`, tab or carriage return
 * is prefixed with an apostrophe: a citizen's text must never run as a spreadsheet
 * formula on a staff computer.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(cell)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell) : neutralizeFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
