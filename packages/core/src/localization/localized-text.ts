import type { LocalizedText } from '../contract/common.js';
import { directionOf, type Locale } from './locales.js';

export interface PickedText {
  text: string;
  /** The language the text is actually in: may differ from the UI when a translation is missing. */
  lang: Locale;
  dir: 'rtl' | 'ltr';
}

/** The text in the citizen's language, else French, else Arabic (always present). */
export function pickText(text: LocalizedText, locale: Locale): PickedText {
  for (const candidate of [locale, 'fr', 'ar'] as const) {
    const value = text[candidate];
    if (value) return { text: value, lang: candidate, dir: directionOf(candidate) };
  }
  return { text: text.ar, lang: 'ar', dir: 'rtl' };
}
