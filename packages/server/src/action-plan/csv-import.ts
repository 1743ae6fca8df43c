import {
  ACTION_PLAN_PROJECTS_MAX,
  BUDGET_MAX_MAD,
  Id,
  PROJECT_STATUSES,
  WELL_FORMED_TEXT,
  toLatinDigits,
  type FieldErrorCode,
  type LocalizedText,
  type ProjectStatus,
} from '@mocharaka/core/contract';
import { CsvError, parse } from 'csv-parse/sync';
import { PROGRAMME_COLUMNS, STATUS_WORDS, type ColumnId } from './csv-format.js';

export interface ImportedAxis {
  id: string;
  title: LocalizedText;
}

export interface ImportedProject {
  id: string;
  axisId: string;
  title: LocalizedText;
  neighbourhood?: LocalizedText;
  budget: number;
  executed: number;
  planned: { start?: string; end?: string };
  actual: { start?: string; end?: string };
  progress: number;
  status: ProjectStatus;
}

export type ProgrammeCsv =
  | { ok: true; axes: ImportedAxis[]; projects: ImportedProject[] }
  /** `fields`: `line.<n>.<column>` (or `line.<n>` for a line that cannot be read) → what is wrong. */
  | { ok: false; fields: Record<string, FieldErrorCode> };

const TEXT_MAX = 500;
const ERRORS_MAX = 100;

/**
 * Reads a programme's CSV (UTF-8 with or without a BOM, `,` or `;` between cells, a
 * heading line) into axes and projects, or every bad cell by its line number. Nothing
 * is written here: the caller imports the result whole, in one transaction.
 */
export function parseProgrammeCsv(text: string): ProgrammeCsv {
  const source = text.replace(/^\uFEFF/, '');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(source, {
      delimiter: delimiterOf(source),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError)
      return { ok: false, fields: { [`line.${(error as CsvError & { lines?: number }).lines ?? 1}`]: 'invalid_format' } };
    throw error;
  }
  const [heading, ...lines] = records;
  if (!heading) return { ok: false, fields: { 'line.1': 'required' } };

  const errors: Record<string, FieldErrorCode> = {};
  const columns = readHeading(heading.record, heading.info.lines, errors);
  if (Object.keys(errors).length > 0) return { ok: false, fields: errors };
  if (lines.length === 0) return { ok: false, fields: { 'line.2': 'required' } };
  if (lines.length > ACTION_PLAN_PROJECTS_MAX)
    return { ok: false, fields: { [`line.${lines[ACTION_PLAN_PROJECTS_MAX]!.info.lines}`]: 'too_big' } };

  const axes = new Map<string, ImportedAxis & { line: number }>();
  const projects = new Map<string, ImportedProject>();
  for (const { record, info } of lines) {
    if (Object.keys(errors).length >= ERRORS_MAX) break;
    const line = info.lines;
    const fail = (column: ColumnId | undefined, code: FieldErrorCode) => {
      errors[column ? `line.${line}.${column}` : `line.${line}`] = code;
    };
    if (record.length > heading.record.length) fail(undefined, 'invalid');
    const cell = (column: ColumnId) => {
      const index = columns.get(column);
      return index === undefined ? '' : (record[index] ?? '');
    };
    const cells = new Cells(cell, fail);
    const project = {
      id: cells.id('project_id'),
      axisId: cells.id('axis_id'),
      title: cells.localized('title_ar', 'title_fr', true),
      neighbourhood: cells.localized('neighbourhood_ar', 'neighbourhood_fr', false),
      budget: cells.amount('budget_mad', true) ?? 0,
      executed: cells.amount('executed_mad', false) ?? 0,
      planned: cells.span('planned_start', 'planned_end'),
      actual: cells.span('actual_start', 'actual_end'),
      status: cells.status('status'),
      progress: 0,
    };
    project.progress = cells.progress('progress') ?? (project.status === 'completed' ? 100 : 0);
    const axisTitle = cells.localized('axis_ar', 'axis_fr', true);

    if (project.id && projects.has(project.id)) fail('project_id', 'invalid_value');
    if (project.axisId && axisTitle) {
      const known = axes.get(project.axisId);
      if (!known) axes.set(project.axisId, { id: project.axisId, title: axisTitle, line });
      else if (known.title.ar !== axisTitle.ar) fail('axis_ar', 'invalid_value');
    }
    if (cells.valid && project.id && project.title && project.status) {
      projects.set(project.id, {
        ...project,
        title: project.title,
        status: project.status,
        neighbourhood: project.neighbourhood ?? undefined,
      });
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, fields: errors };
  return { ok: true, axes: [...axes.values()].map(({ id, title }) => ({ id, title })), projects: [...projects.values()] };
}

/** `;` when the heading line has more of them than commas (French and Arabic spreadsheets), else `,`. */
function delimiterOf(source: string): ',' | ';' {
  const heading = source.split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => heading.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const headingKey = (value: string) => value.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

function readHeading(heading: readonly string[], line: number, errors: Record<string, FieldErrorCode>): Map<ColumnId, number> {
  const names = new Map<string, ColumnId>();
  for (const column of PROGRAMME_COLUMNS) for (const name of [column.id, column.ar, column.fr]) names.set(headingKey(name), column.id);
  const columns = new Map<ColumnId, number>();
  heading.forEach((name, index) => {
    if (name === '') return;
    const id = names.get(headingKey(name));
    if (!id || columns.has(id)) errors[`line.${line}.${index + 1}`] = id ? 'invalid_value' : 'unknown_field';
    else columns.set(id, index);
  });
  for (const column of PROGRAMME_COLUMNS) {
    if ('required' in column && column.required && !columns.has(column.id)) errors[`line.${line}.${column.id}`] = 'required';
  }
  return columns;
}

const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/;
const PLAIN = /^\d+(?:[.,]\d{1,2})?$/;
const CURRENCY = /\s*(?:mad|dhs?|درهم)\.?$/i;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads one line's cells, recording each bad one; `valid` says whether all were good. */
class Cells {
  valid = true;
  constructor(
    private readonly cell: (column: ColumnId) => string,
    private readonly report: (column: ColumnId, code: FieldErrorCode) => void,
  ) {}

  #fail(column: ColumnId, code: FieldErrorCode): undefined {
    this.valid = false;
    this.report(column, code);
    return undefined;
  }

  #text(column: ColumnId): string | undefined {
    const value = this.cell(column).normalize('NFC');
    if (!WELL_FORMED_TEXT.test(value)) return this.#fail(column, 'invalid_format');
    if (value.length > TEXT_MAX) return this.#fail(column, 'too_long');
    return value;
  }

  /** A code such as `1.3` or `٢` becomes the id `1-3` or `2`. */
  id(column: ColumnId): string {
    const value = toLatinDigits(this.cell(column))
      .toLowerCase()
      .replace(/[\s._/]+/g, '-');
    if (value === '') return this.#fail(column, 'required') ?? '';
    return Id.safeParse(value).success ? value : (this.#fail(column, 'invalid_format') ?? '');
  }

  localized(arColumn: ColumnId, frColumn: ColumnId, required: boolean): LocalizedText | undefined {
    const ar = this.#text(arColumn);
    const fr = this.#text(frColumn);
    if (ar === undefined || fr === undefined) return undefined;
    if (ar === '') return fr === '' && !required ? undefined : this.#fail(arColumn, 'required');
    return fr ? { ar, fr } : { ar };
  }

  amount(column: ColumnId, required: boolean): number | undefined {
    const value = toLatinDigits(this.cell(column))
      .replace(/[\s\u00A0\u202F\u066C']/g, '')
      .replace(/\u066B/g, '.')
      .replace(CURRENCY, '');
    if (value === '') return required ? this.#fail(column, 'required') : undefined;
    let normalized: string | undefined;
    if (GROUPED_DOT.test(value)) normalized = value.replace(/\./g, '').replace(',', '.');
    else if (GROUPED_COMMA.test(value)) normalized = value.replace(/,/g, '');
    else if (PLAIN.test(value)) normalized = value.replace(',', '.');
    if (normalized === undefined) return this.#fail(column, 'invalid_format');
    const amount = Number(normalized);
    return amount > BUDGET_MAX_MAD ? this.#fail(column, 'too_big') : amount;
  }

  date(column: ColumnId): string | undefined {
    const value = toLatinDigits(this.cell(column));
    if (value === '') return undefined;
    const iso = ISO_DAY.exec(value);
    const dayFirst = DAY_FIRST.exec(value);
    const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : dayFirst ? [dayFirst[3]!, dayFirst[2]!, dayFirst[1]!] : [];
    if (!year) return this.#fail(column, 'invalid_format');
    const text = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
    const parsed = new Date(`${text}T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text ? this.#fail(column, 'invalid_value') : text;
  }

  span(startColumn: ColumnId, endColumn: ColumnId): { start?: string; end?: string } {
    const start = this.date(startColumn);
    const end = this.date(endColumn);
    if (start && end && end < start) this.#fail(endColumn, 'invalid_value');
    return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  }

  progress(column: ColumnId): number | undefined {
    const value = toLatinDigits(this.cell(column)).replace(/\s*[%\u066A]$/, '');
    if (value === '') return undefined;
    if (!/^\d{1,3}$/.test(value)) return this.#fail(column, 'invalid_format');
    const progress = Number(value);
    return progress > 100 ? this.#fail(column, 'too_big') : progress;
  }

  status(column: ColumnId): ProjectStatus | undefined {
    const value = headingKey(this.cell(column));
    if (value === '') return this.#fail(column, 'required');
    const status = PROJECT_STATUSES.find((id) => id === value || STATUS_WORDS[id].some((word) => headingKey(word) === value));
    return status ?? this.#fail(column, 'invalid_value');
  }
}
