import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { migrate, openPglite } from '@mocharaka/server/seeding';
import { initialisedDataFolder } from '../../../test/support/pglite-template.mjs';

/** The built entry point (npm test builds first), started as `npm start` starts it: no TypeScript loader to pay for. */
const MAIN = join(import.meta.dirname, '../dist/main.js');
/** Tables that hold the server's own bookkeeping, not a commune's content. */
const BOOKKEEPING = /^(schema_migrations|idempotency_keys|used_challenges|rate_limits|secret_key_fingerprint|server_[a-z_]+)$/;
const START_TIMEOUT_MS = 120_000;

/** `npm start`'s entry point on a fresh data folder; killed with its process group whatever happens. */
async function runOnce(dataDir: string, env: Record<string, string>, visit: (url: string) => Promise<void>): Promise<void> {
  const { DATABASE_URL: _postgres, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: { ...inherited, MOCHARAKA_LOG: '', PORT: '0', HOST: '127.0.0.1', MOCHARAKA_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening" line within ${START_TIMEOUT_MS} ms: ${output}`)), START_TIMEOUT_MS);
      const read = (chunk: Buffer) => {
        output += chunk;
        const match = /"event":"listening","url":"([^"]+)"/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code}): ${output}`));
      });
    });
    await visit(url);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  } finally {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  }
}

async function rowCounts(dataDir: string): Promise<Record<string, number>> {
  const db = await openPglite(dataDir);
  try {
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      if (BOOKKEEPING.test(name)) continue;
      const [row] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM "${name.replaceAll('"', '""')}"`);
      counts[name] = row!.count;
    }
    return counts;
  } finally {
    await db.close();
  }
}

describe('npm start and production', () => {
  before(() => assert.ok(existsSync(MAIN), `${MAIN} is missing: run node scripts/build.mjs first`));
  const folders: string[] = [];
  const fresh = () => {
    const folder = mkdtempSync(join(tmpdir(), 'mocharaka-start-'));
    folders.push(folder);
    return folder;
  };
  /** A folder whose database is initialised already, for the tests that are not about a first start. */
  const initialised = async () => {
    const folder = await initialisedDataFolder('mocharaka-start-');
    folders.push(folder);
    return folder;
  };
  after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  test('a production start on an empty database creates no demo rows and serves no demo page', async () => {
    const dataDir = fresh();
    await runOnce(
      dataDir,
      {
        NODE_ENV: 'production',
        MOCHARAKA_ADMIN_TOKEN: 'production-admin-token-0123456789abcdef',
        MOCHARAKA_SECRET_KEY: 'production-secret-key-0123456789abcdef0123',
        MOCHARAKA_ACCEPT_PGLITE_DURABILITY: 'yes',
      },
      async (url) => {
        assert.equal((await fetch(url)).status, 404);
        assert.equal((await fetch(`${url}demo/page.css`)).status, 404);
        assert.deepEqual(((await (await fetch(`${url}v1/services`)).json()) as { items: unknown[] }).items, []);
      },
    );
    const counts = await rowCounts(dataDir);
    assert.ok(Object.keys(counts).length >= 10, `content tables found: ${Object.keys(counts).join(', ')}`);
    assert.deepEqual(
      Object.entries(counts).filter(([, count]) => count > 0),
      [],
    );
  });

  test('a database set up for another commune gets no demo commune beside it', async () => {
    const dataDir = await initialised();
    const db = await openPglite(dataDir);
    await migrate(db);
    await db.query(`INSERT INTO communes (id, name, settings) VALUES ('tiznit', '{"ar":"تيزنيت","fr":"Tiznit"}'::jsonb, '{}'::jsonb)`);
    await db.close();
    await runOnce(dataDir, { NODE_ENV: 'development' }, async (url) => {
      assert.equal((await fetch(url)).status, 404);
    });
    const counts = await rowCounts(dataDir);
    assert.equal(counts.communes, 1);
    assert.equal(counts.services, 0);
  });

  test('in development the demo commune is seeded and its page served', async () => {
    const dataDir = await initialised();
    await runOnce(dataDir, { NODE_ENV: 'development' }, async (url) => {
      const page = await fetch(url);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /جماعة تارودانت/);
      assert.equal(((await (await fetch(`${url}v1/services`)).json()) as { items: unknown[] }).items.length, 6);
    });
    const counts = await rowCounts(dataDir);
    assert.equal(counts.communes, 1);
    assert.ok(counts.ratings! > 100);
    assert.ok(counts.petition_signatures! > 0);
  });
});
