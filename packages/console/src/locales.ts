import { coreCatalog, registerCatalog, type CatalogLoaders } from '@mocharaka/core';

export const consoleCatalog: CatalogLoaders = {
  ar: () => import('./generated/locales/ar.js'),
  fr: () => import('./generated/locales/fr.js'),
  zgh: () => import('./generated/locales/zgh.js'),
};

/** The console's strings and core's (error summary, shared messages): every screen needs both. */
export function registerConsoleCatalogs(): void {
  registerCatalog(coreCatalog);
  registerCatalog(consoleCatalog);
}
