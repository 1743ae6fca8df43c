import { PGlite } from '@electric-sql/pglite';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** Where an initialised empty PGlite of the installed PGlite version is kept, for this machine. */
export function pgliteTemplateFolder() {
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'));
  return join(tmpdir(), `mocharaka-pglite-template-${version}`);
}

let ready;
let memoryReady;

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
 * The same empty database as a gzipped dump, which `PGlite.create({ loadDataDir })` opens in
 * memory (5 MB to read instead of the folder's 40 MB). Made once per machine like the folder.
 */
export function ensurePgliteMemoryTemplate() {
  memoryReady ??= (async () => {
    const file = `${pgliteTemplateFolder()}.tar.gz`;
    if (existsSync(file)) return file;
    const pg = await PGlite.create();
    const dump = await pg.dumpDataDir('gzip');
    await pg.close();
    const building = `${file}.${process.pid}.tmp`;
    writeFileSync(building, Buffer.from(await dump.arrayBuffer()));
    renameSync(building, file);
    return file;
  })();
  return memoryReady;
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
