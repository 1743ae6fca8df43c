import type { Locale } from './locales.js';

/**
 * Intl locales used to format numbers and dates for Morocco. `ar-MA` writes Latin
 * digits (1.234,5), as Moroccan administration does; plain `ar` would use
 * Arabic-Indic digits.
 */
export const INTL_LOCALE: Record<Locale, string> = { ar: 'ar-MA', fr: 'fr-MA', zgh: 'fr-MA', en: 'en-GB' };

/**
 * Neither Node's nor Chromium's ICU reliably has Amazigh (`zgh`) data, and a silent
 * fallback would print English month names. So zgh dates are built here from the
 * CLDR Tifinagh month names, with Latin digits like the rest of Morocco.
 */
const TIFINAGH_MONTHS = [
  'ⵉⵏⵏⴰⵢⵔ',
  'ⴱⵕⴰⵢⵕ',
  'ⵎⴰⵕⵚ',
  'ⵉⴱⵔⵉⵔ',
  'ⵎⴰⵢⵢⵓ',
  'ⵢⵓⵏⵢⵓ',
  'ⵢⵓⵍⵢⵓⵣ',
  'ⵖⵓⵛⵜ',
  'ⵛⵓⵜⴰⵏⴱⵉⵔ',
  'ⴽⵜⵓⴱⵔ',
  'ⵏⵓⵡⴰⵏⴱⵉⵔ',
  'ⴷⵓⵊⴰⵏⴱⵉⵔ',
];

export const MOROCCO_TIME_ZONE = 'Africa/Casablanca';

const formatters = new Map<string, unknown>();

/**
 * Building an Intl formatter costs far more than using one (a charter numbers every
 * article): each is built once per kind, locale and options, then reused.
 */
function intl<T>(kind: 'number' | 'date' | 'plural', locale: string, options: object, build: () => T): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = build()));
  return formatter;
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  const all = { numberingSystem: 'latn', ...options };
  return intl('number', INTL_LOCALE[locale], all, () => new Intl.NumberFormat(INTL_LOCALE[locale], all)).format(value);
}

/**
 * Builds the formatters a first render uses (numbers, long dates: the first date
 * formatter of a page loads the locale's and the time zone's data, a quarter of a second
 * on a slow phone), so that the render does not wait for them. Elements call it when
 * idle, usually while their data downloads.
 */
export function prepareFormats(locale: Locale): void {
  formatNumber(locale, 0);
  formatDate(locale, new Date(0));
}

export function formatPercent(locale: Locale, ratio: number): string {
  return formatNumber(locale, ratio, { style: 'percent', maximumFractionDigits: 0 });
}

/** A calendar date such as "26 نونبر 2026", "26 novembre 2026", "26 ⵏⵓⵡⴰⵏⴱⵉⵔ 2026". */
export function formatDate(locale: Locale, value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (locale === 'zgh') {
    const numeric = { timeZone: MOROCCO_TIME_ZONE, day: 'numeric', month: 'numeric', year: 'numeric' } as const;
    const parts = intl('date', 'en-GB', numeric, () => new Intl.DateTimeFormat('en-GB', numeric)).formatToParts(date);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return `${part('day')} ${TIFINAGH_MONTHS[part('month') - 1]} ${part('year')}`;
  }
  const long = { timeZone: MOROCCO_TIME_ZONE, dateStyle: 'long', numberingSystem: 'latn' } as const;
  return intl('date', INTL_LOCALE[locale], long, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], long)).format(date);
}

/** A calendar month such as "دجنبر 2026", "décembre 2026", "ⴷⵓⵊⴰⵏⴱⵉⵔ 2026", from its `2026-12`. */
export function formatMonth(locale: Locale, month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  if (locale === 'zgh') return `${TIFINAGH_MONTHS[number - 1]} ${year}`;
  const options = { timeZone: 'UTC', month: 'long', year: 'numeric', numberingSystem: 'latn' } as const;
  return intl('date', INTL_LOCALE[locale], options, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], options)).format(
    new Date(Date.UTC(year, number - 1, 15)),
  );
}

export function formatDateTime(locale: Locale, value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${formatDate(locale, date)} ${formatTime(locale, date)}`;
}

/** The time of day in Morocco, `18:30`. */
export function formatTime(locale: Locale, value: Date | string): string {
  const intlLocale = INTL_LOCALE[locale === 'zgh' ? 'fr' : locale];
  const time = { timeZone: MOROCCO_TIME_ZONE, hour: '2-digit', minute: '2-digit', numberingSystem: 'latn' } as const;
  return intl('date', intlLocale, time, () => new Intl.DateTimeFormat(intlLocale, time)).format(
    typeof value === 'string' ? new Date(value) : value,
  );
}

/**
 * The plural category of `count`. Arabic has six; zgh has no CLDR rules, so it is
 * decided here (one for exactly 1, other otherwise) instead of falling back to English.
 */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  if (locale === 'zgh') return count === 1 ? 'one' : 'other';
  return intl('plural', INTL_LOCALE[locale], {}, () => new Intl.PluralRules(INTL_LOCALE[locale])).select(count);
}
