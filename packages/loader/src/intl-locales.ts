/**
 * Core's Intl locale per language and Morocco's time zone (`core/src/localization/format.ts`),
 * copied because the loader must not import core; test/node/single-sources.test.ts keeps them equal.
 */
export const INTL_LOCALES: Record<string, string> = { ar: 'ar-MA', fr: 'fr-MA', zgh: 'fr-MA', en: 'en-GB' };
export const MOROCCO_TIME_ZONE = 'Africa/Casablanca';
