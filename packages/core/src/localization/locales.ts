/** UI languages, in the order a language switch shows them. */
export const SUPPORTED_LOCALES = ['ar', 'fr', 'zgh', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ar';

/** Each language's own name (autonym), as a language switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { ar: 'العربية', fr: 'Français', zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ', en: 'English' };

const RTL_LOCALES: ReadonlySet<Locale> = new Set(['ar']);

/** `fr-FR` → `fr`, `tzm-Tfng` / `ber` → `zgh`, unknown → undefined. */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'tzm' || language === 'ber' || language === 'shi') return 'zgh';
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as Locale) : undefined;
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The language an element should speak: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else Arabic.
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const locale = normalizeLocale(node.getAttribute('lang'));
      if (locale) return locale;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LOCALE;
}
