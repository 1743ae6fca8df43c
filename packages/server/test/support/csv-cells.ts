/** The rows of an export made by `toCsv` (every cell quoted), read as RFC 4180. */
export function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const text = csv.replace(/^\uFEFF/, '');
  const cell = /"((?:[^"]|"")*)"(,|\r\n|$)/gy;
  let match: RegExpExecArray | null;
  while (cell.lastIndex < text.length && (match = cell.exec(text))) {
    row.push(match[1]!.replace(/""/g, '"'));
    if (match[2] !== ',') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}
