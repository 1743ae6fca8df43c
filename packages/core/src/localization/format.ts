import type { Locale } from './locales.js';

/**
 * Intl locales used to format numbers and dates for Morocco. `ar-MA` writes Latin
 * digits (1.234,5), as Moroccan administration does; plain `ar` would use
 * Arabic-Indic digits.
 */
const INTL_LOCALE: Record<Locale, string> = { ar: 'ar-MA', fr: 'fr-MA', zgh: 'fr-MA', en: 'en-GB' };

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

const MOROCCO_TIME_ZONE = 'Africa/Casablanca';

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { numberingSystem: 'latn', ...options }).format(value);
}

export function formatPercent(locale: Locale, ratio: number): string {
  return formatNumber(locale, ratio, { style: 'percent', maximumFractionDigits: 0 });
}

/** A calendar date such as "26 نونبر 2026", "26 novembre 2026", "26 ⵏⵓⵡⴰⵏⴱⵉⵔ 2026". */
export function formatDate(locale: Locale, value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (locale === 'zgh') {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: MOROCCO_TIME_ZONE,
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    }).formatToParts(date);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return `${part('day')} ${TIFINAGH_MONTHS[part('month') - 1]} ${part('year')}`;
  }
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: MOROCCO_TIME_ZONE,
    dateStyle: 'long',
    numberingSystem: 'latn',
  }).format(date);
}

export function formatDateTime(locale: Locale, value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${formatDate(locale, date)} ${formatTime(locale, date)}`;
}

/** The time of day in Morocco, `18:30`. */
export function formatTime(locale: Locale, value: Date | string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale === 'zgh' ? 'fr' : locale], {
    timeZone: MOROCCO_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    numberingSystem: 'latn',
  }).format(typeof value === 'string' ? new Date(value) : value);
}

/**
 * The plural category of `count`. Arabic has six; zgh has no CLDR rules, so it is
 * decided here (one for exactly 1, other otherwise) instead of falling back to English.
 */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  if (locale === 'zgh') return count === 1 ? 'one' : 'other';
  return new Intl.PluralRules(INTL_LOCALE[locale]).select(count);
}
