import type { LoaderMap } from './loader-map.js';
import { prefetchRead } from './prefetch.js';
import { INTL_LOCALES, MOROCCO_TIME_ZONE } from './intl-locales.js';

/**
 * Makes every `<mocharaka-*>` tag of the page work, those added later too (CMS page
 * builders, single-page apps): for each tag name seen, it preloads the element's whole
 * static module graph, the catalogue of the page's language and the lazy modules its
 * attributes call for (the satisfaction widget's `mode="button"`) in parallel (one hop
 * instead of a chain of imports), each file checked against its integrity hash, sends
 * the element's first read of the API at the same time, then imports the element.
 * Nothing is loaded for tags the page does not use.
 */
export function startLoader(map: LoaderMap, base: string, root: Document = document): void {
  const requested = new Set<string>();

  const load = (tag: string) => {
    const element = map.elements[tag];
    if (!element || requested.has(tag)) return;
    requested.add(tag);
    const locale = pageLocale(root, tag, map.defaultLocale, Object.keys(element.locales));
    for (const file of [...element.preload, ...(locale ? element.locales[locale]! : [])]) preload(root, base, file, map.integrity[file]);
    for (const node of root.querySelectorAll(tag)) {
      if (element.read) prefetchRead(root, node, element.read);
      const value = element.byAttribute && node.getAttribute(element.byAttribute.attribute);
      for (const file of (value && element.byAttribute!.values[value]) || []) preload(root, base, file, map.integrity[file]);
    }
    if (element.formatsFirstView) warmUpIntl(root, tag, map.defaultLocale);
    import(/* @vite-ignore */ new URL(element.entry, base).href).catch((error: unknown) => {
      console.error(`[mocharaka] could not load <${tag}> from ${new URL(element.entry, base).href}: ${String(error)}`);
    });
  };

  const scan = (node: ParentNode) => {
    for (const tag of Object.keys(map.elements)) {
      if (!requested.has(tag) && ((node as Element).localName === tag || node.querySelector(tag))) load(tag);
    }
  };

  scan(root);
  if (requested.size === Object.keys(map.elements).length) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element);
    if (requested.size === Object.keys(map.elements).length) observer.disconnect();
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
}

const preloaded = new Set<string>();

function preload(root: Document, base: string, file: string, integrity: string | undefined): void {
  const href = new URL(file, base).href;
  if (preloaded.has(href)) return;
  preloaded.add(href);
  const link = root.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = 'anonymous';
  if (integrity) link.integrity = integrity;
  link.href = href;
  root.head.append(link);
}

let warmedUp = false;

/**
 * The first Intl formatter of a page loads ICU's data (about 60 ms on a phone slowed 4x,
 * the next ones a few ms), and elements show dates and numbers in their first view. The
 * formatters core builds first (a long date in Morocco's time zone, a number), built
 * here when idle while the modules download, move that cost out of the element's first
 * render into time the page spends waiting anyway. One formatter per idle callback: a
 * module that arrives meanwhile waits for one formatter at most.
 */
function warmUpIntl(root: Document, tag: string, defaultLocale: string): void {
  if (warmedUp) return;
  warmedUp = true;
  const declared = root.querySelector(`${tag}[lang]`)?.getAttribute('lang') || root.documentElement.lang || defaultLocale;
  const locale = INTL_LOCALES[declared.toLowerCase().split('-')[0]!] ?? INTL_LOCALES[defaultLocale] ?? declared;
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
  const formatters = [
    () => new Intl.DateTimeFormat(locale, { timeZone: MOROCCO_TIME_ZONE, dateStyle: 'long', numberingSystem: 'latn' }).format(0),
    () => new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).format(0),
  ];
  const buildNext = () => {
    try {
      formatters.shift()?.();
    } catch {
      // An engine without that time zone: the element formats as it can anyway.
    }
    if (formatters.length > 0) whenIdle(buildNext);
  };
  whenIdle(buildNext);
}

/**
 * The language whose catalogue is worth preloading: the tag's or the page's `lang`
 * (`ar-MA` → `ar`), else the default. Only a hint: the elements decide their language
 * themselves and fetch what they need if this guessed wrong.
 */
function pageLocale(root: Document, tag: string, defaultLocale: string, available: readonly string[]): string | undefined {
  const declared = root.querySelector(`${tag}[lang]`)?.getAttribute('lang') || root.documentElement.lang || defaultLocale;
  const wanted = declared.toLowerCase().split('-')[0]!;
  return available.includes(wanted) ? wanted : undefined;
}
