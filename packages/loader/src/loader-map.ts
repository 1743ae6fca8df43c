/** What the build tells the loader about one element: its files and their integrity. */
export interface LoaderElement {
  /** The element's entry module, relative to the loader (`mocharaka-petition.js`). */
  entry: string;
  /** Every module the entry imports statically, transitively, the entry included. */
  preload: string[];
  /** Per locale, the catalogue chunks the element (and the runtime) load for it. */
  locales: Record<string, string[]>;
  /** The element's first read, sent by the loader while the modules download. */
  read?: LoaderRead;
  /** Its first view shows dates or numbers: the loader warms Intl up while the modules download. */
  formatsFirstView?: true;
  /** The lazy modules (and what they import) a tag needs when `attribute` has one of these values (build/attribute-modules.ts). */
  byAttribute?: { attribute: string; values: Record<string, string[]> };
}

/** A `GET` an element starts with, named by one of its attributes. */
export interface LoaderRead {
  /** The attribute holding the resource's id (`petition`). */
  attribute: string;
  /** Below the endpoint, `{id}` for the attribute's value (`petitions/{id}`). */
  path: string;
  /** Attributes that make the element read something else (the charter's `src`). */
  unless: string[];
}

/** The loader's map, written into `mocharaka.js` by the build. */
export interface LoaderMap {
  /** By tag name (`mocharaka-petition`). */
  elements: Record<string, LoaderElement>;
  /** The elements' language when neither the tag nor the page says one. */
  defaultLocale: string;
  /** `sha384-…` per file, for the `integrity` of each preload. */
  integrity: Record<string, string>;
}

/** Where the build puts the map in the loader's code (a string literal it replaces). */
export const LOADER_MAP_PLACEHOLDER = '__MOCHARAKA_LOADER_MAP__';
