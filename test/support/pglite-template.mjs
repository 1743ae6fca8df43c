import { PGlite } from '@electric-sql/pglite';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** Where an initialised empty PGlite of the installed PGlite version is kept, for this machine. */
export function pgliteTemplateFolder() {
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'));
  return join(tmpdir(), `mocharaka-pglite-template-${version}`);
}

let ready;

/**
 * Creates the template once per machine and PGlite version (initdb takes seconds; a copy
 * takes milliseconds). Test processes running side by side may race: each builds in a
 * folder of its own and the first rename wins.
 */
export function ensurePgliteTemplate() {
  ready ??= (async () => {
    const folder = pgliteTemplateFolder();
    if (existsSync(folder)) return folder;
    const building = `${folder}.${process.pid}.tmp`;
    const pg = await PGlite.create(building);
    await pg.close();
    try {
      renameSync(building, folder);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
    return folder;
  })();
  return ready;
}

/**
 * A new data folder (as MOCHARAKA_DATA_DIR or `openPglite` take it) whose database is the
 * initialised template: for servers whose test is not about the first start itself.
 */
export async function initialisedDataFolder(prefix = 'mocharaka-test-') {
  const template = await ensurePgliteTemplate();
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(template, join(dataDir, 'pgdata'), { recursive: true });
  return dataDir;
}
