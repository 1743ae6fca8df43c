import type { CatalogLoaders } from './catalogs.js';

export const coreCatalog: CatalogLoaders = {
  ar: () => import('../generated/locales/ar.js'),
  fr: () => import('../generated/locales/fr.js'),
  zgh: () => import('../generated/locales/zgh.js'),
};
