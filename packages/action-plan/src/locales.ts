import type { CatalogLoaders } from '@mocharaka/core';

export const actionPlanCatalog: CatalogLoaders = {
  ar: () => import('./generated/locales/ar.js'),
  fr: () => import('./generated/locales/fr.js'),
  zgh: () => import('./generated/locales/zgh.js'),
};
