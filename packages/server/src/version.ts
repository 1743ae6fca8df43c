import { readFileSync } from 'node:fs';

/** The package version, read once; the same path works from `src/` (tsx) and `dist/`. */
export const SERVER_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;
