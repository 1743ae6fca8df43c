import { pluralCategory, type Locale } from '@mocharaka/core';

/**
 * A message in each plural category, each its own catalogue entry: Arabic needs all six
 * (حرف واحد، حرفان، 3 أحرف، 11 حرفا، 1.000 حرف), French and English two, and Amazigh is
 * decided in core (`pluralCategory`: one for 1, other otherwise), never left to English.
 */
export type PluralForms = Record<Intl.LDMLPluralRule, () => string>;

/** The form of `forms` that `count` takes in `locale`. */
export const plural = (locale: Locale, count: number, forms: PluralForms): string => forms[pluralCategory(locale, count)]();
