import { configureLocalization, type LocaleModule } from '@lit/localize';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from './locales.js';

/**
 * The language the strings are written in; the catalogues translate it into the others.
 * The standalone build writes Arabic into the code instead, and sets this to match
 * (packages/loader/build/inline-default-locale.ts).
 */
const SOURCE_LOCALE: Locale = 'en';
const TARGET_LOCALES = SUPPORTED_LOCALES.filter((locale) => locale !== SOURCE_LOCALE);

type Templates = LocaleModule['templates'];
type TargetLocale = Exclude<Locale, 'en'>;
/**
 * One package's translations: a literal `import()` per locale, so bundlers split each
 * locale into its own chunk and a citizen downloads only the language they read.
 */
export type CatalogLoaders = Record<TargetLocale, () => Promise<{ templates: Templates }>>;
type AnyCatalog = Partial<Record<Locale, () => Promise<{ templates: Templates }>>>;

/** Dispatched on `window` once the active locale's catalogues are all merged. */
export const LOCALE_READY_EVENT = 'mocharaka-locale-ready';

const catalogs = new Set<CatalogLoaders>();
const merged = new Map<TargetLocale, Templates>();
const loads = new Map<CatalogLoaders, Map<TargetLocale, Promise<void>>>();
const loaded = new Map<CatalogLoaders, Set<TargetLocale>>();
let runtime: ReturnType<typeof configureLocalization> | undefined;
let requested: Locale | undefined;
/** The page's app configured @lit/localize before Mocharaka did (it may be done once per page). */
let hostRuntime = false;

/**
 * @lit/localize keeps one set of templates for the whole page. Every Mocharaka package
 * registers its own catalogue here, and the templates object handed to lit-localize is
 * filled in place with all of them, so elements loaded later still find their strings.
 */
function loadInto(catalog: CatalogLoaders, locale: TargetLocale): Promise<void> {
  let perLocale = loads.get(catalog);
  if (!perLocale) loads.set(catalog, (perLocale = new Map()));
  let load = perLocale.get(locale);
  if (!load) {
    const target = templatesFor(locale);
    load = (catalog as AnyCatalog)[locale]!().then((module) => {
      Object.assign(target, module.templates);
      if (!loaded.has(catalog)) loaded.set(catalog, new Set());
      loaded.get(catalog)!.add(locale);
    });
    load.catch(() => perLocale.delete(locale));
    perLocale.set(locale, load);
  }
  return load;
}

function templatesFor(locale: TargetLocale): Templates {
  let templates = merged.get(locale);
  if (!templates) merged.set(locale, (templates = {}));
  return templates;
}

async function loadAll(locale: TargetLocale): Promise<{ templates: Templates }> {
  await Promise.all([...catalogs].map((catalog) => loadInto(catalog, locale)));
  return { templates: templatesFor(locale) };
}

function getRuntime() {
  // configureLocalization may be called only once per page: core does it, lazily. When
  // the page's app already did, its runtime answers every msg() and has none of our
  // strings: the elements then speak the source language, and say so.
  if (!runtime && !hostRuntime) {
    try {
      runtime = configureLocalization({
        sourceLocale: SOURCE_LOCALE,
        targetLocales: TARGET_LOCALES,
        loadLocale: (locale) => loadAll(locale as TargetLocale),
      });
    } catch {
      hostRuntime = true;
    }
  }
  return runtime;
}

/** True when the page's own @lit/localize setup keeps Mocharaka from loading its translations. */
export function translationsBlockedByHost(): boolean {
  return hostRuntime;
}

function announceReady(locale: Locale) {
  window.dispatchEvent(new CustomEvent(LOCALE_READY_EVENT, { detail: { locale } }));
}

export function registerCatalog(catalog: CatalogLoaders): void {
  if (catalogs.has(catalog)) return;
  catalogs.add(catalog);
  const active = requested;
  if (active && active !== SOURCE_LOCALE) {
    void loadInto(catalog, active as TargetLocale).then(() => announceReady(active));
  }
}

/** The locale the page's Mocharaka elements currently speak. */
export function activeLocale(): Locale {
  if (hostRuntime) return SOURCE_LOCALE;
  return (runtime?.getLocale() as Locale | undefined) ?? requested ?? DEFAULT_LOCALE;
}

/**
 * Switches every Mocharaka element on the page to `locale` and resolves once the
 * strings of every registered package are there.
 */
export async function useLocale(locale: Locale): Promise<void> {
  requested = locale;
  const localization = getRuntime();
  if (!localization) return announceReady(SOURCE_LOCALE);
  await localization.setLocale(locale);
  if (locale !== SOURCE_LOCALE) await loadAll(locale as TargetLocale);
  if (requested === locale) announceReady(locale);
}

/** True once `useLocale(locale)` has finished loading every registered catalogue. */
export function isLocaleReady(locale: Locale): boolean {
  if (hostRuntime) return locale === SOURCE_LOCALE;
  // While the page switches to the locale last asked for, @lit/localize still answers in the previous one.
  if (requested !== locale || runtime?.getLocale() !== locale) return false;
  if (locale === SOURCE_LOCALE) return true;
  return [...catalogs].every((catalog) => loaded.get(catalog)?.has(locale as TargetLocale));
}
