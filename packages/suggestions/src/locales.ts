import type { CatalogLoaders } from '@mocharaka/core';

export const suggestionsCatalog: CatalogLoaders = {
  ar: () => import('./generated/locales/ar.js'),
  fr: () => import('./generated/locales/fr.js'),
  zgh: () => import('./generated/locales/zgh.js'),
};
