import { PGlite } from '@electric-sql/pglite';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';

export type DatabaseKind = Database['kind'];

export interface TestDatabase {
  db: Database;
  /** The PGlite data folder (pglite only). */
  dataDir?: string;
  dispose(): Promise<void>;
}

/** PGlite always; PostgreSQL too when DATABASE_URL is set. */
export function availableDatabases(): DatabaseKind[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** An empty database (no migrations applied) of the given kind, isolated from every other. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  return kind === 'pglite' ? openTestPglite() : openTestPostgres();
}

/** A fresh data folder ready for `openPglite`, copied from a template so initdb's ~4 s is paid once. */
export function freshPgliteDataDir(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'mocharaka-test-'));
  cpSync(pgliteTemplate(), join(dataDir, 'pgdata'), { recursive: true });
  return dataDir;
}

let template: Promise<string> | string | undefined;

async function openTestPglite(): Promise<TestDatabase> {
  await ensureTemplate();
  const dataDir = freshPgliteDataDir();
  const db = await openPglite(dataDir);
  return {
    db,
    dataDir,
    async dispose() {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates, once per machine and PGlite version, an initialised empty PGlite folder to copy. */
export async function ensureTemplate(): Promise<void> {
  template ??= (async () => {
    const version = (
      JSON.parse(readFileSync(join(import.meta.dirname, '../../../../node_modules/@electric-sql/pglite/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const folder = join(tmpdir(), `mocharaka-pglite-template-${version}`);
    if (!existsSync(folder)) {
      const building = `${folder}.${process.pid}.tmp`;
      const pg = await PGlite.create(building);
      await pg.close();
      try {
        renameSync(building, folder);
      } catch {
        rmSync(building, { recursive: true, force: true });
      }
    }
    return folder;
  })();
  template = await template;
}

function pgliteTemplate(): string {
  if (typeof template !== 'string') throw new Error('call ensureTemplate() first');
  return template;
}

async function openTestPostgres(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL!;
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  const admin = openPostgres(url, { max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = openPostgres(url, { searchPath: schema });
  return {
    db,
    async dispose() {
      await db.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.close();
    },
  };
}
