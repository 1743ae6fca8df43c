/**
 * Dates as staff pick them: a calendar day in a `<input type="date">`, read in the
 * browser's time zone (the commune's offices), turned into the instants the API stores.
 */
export function dayOf(instant: string | Date): string {
  const date = new Date(instant);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function today(): string {
  return dayOf(new Date());
}

/** The first instant of `day` (`2026-03-14`), or undefined for an empty or invalid day. */
export function startOfDay(day: string): string | undefined {
  const date = new Date(`${day}T00:00:00`);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/** The last second of `day`: a petition "closing on the 30th" still takes signatures that evening. */
export function endOfDay(day: string): string | undefined {
  const date = new Date(`${day}T23:59:59`);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}
