import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A built entry of the server package (`npm test` builds first), for tests that start it as
 * a process: run as operators run it, without compiling TypeScript in every child (1.2 CPU-s each).
 */
export function builtServerEntry(path: string): string {
  const file = join(import.meta.dirname, '../../dist', path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run node scripts/build.mjs first`);
  return file;
}
