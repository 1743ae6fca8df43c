import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { limit } from '../../../test/support/timeouts.mjs';
import { createAdmin, parseCreateAdminArgs, UsageError } from '../src/cli/create-admin.js';
import { readPassword } from '../src/cli/read-password.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { TEST_PASSWORD_COST, signIn, staffOnlyApp } from './staff-helpers.js';
import { availableDatabases, openTestDatabase, type TestDatabase } from './support/test-db.js';
import { initialisedDataFolder } from '../../../test/support/pglite-template.mjs';
import { builtServerEntry } from './support/built-entry.js';

const CLI = builtServerEntry('cli/create-admin.js');
const PASSWORD = 'a long enough first password';
const COMMUNE_ARGS = [
  '--commune-id',
  'tiznit',
  '--commune-name-ar',
  'تيزنيت',
  '--commune-name-fr',
  'Tiznit',
  '--population-category',
  'over_35000',
];

/** Runs the command as an operator would, its password on standard input; killed if it outlives the limit. */
function runCli(dataDir: string, args: string[], input: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const { DATABASE_URL: _postgres, ...env } = process.env;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    timeout: limit(120_000),
    killSignal: 'SIGKILL',
    env: { ...env, MOCHARAKA_DATA_DIR: dataDir, NODE_ENV: 'development', ...extraEnv },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run create-admin (the command, on PGlite)', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await initialisedDataFolder();
  });

  // At the default password cost: the command hashes as it does in production.
  test('creates the commune and the first administrator from a password on standard input, who can then sign in', async () => {
    const run = runCli(dataDir, ['--email', 'Admin@Tiznit.ma', '--name', 'Fatima Admin', ...COMMUNE_ARGS], `${PASSWORD}\n`);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Commune tiznit created/);
    const db = await openPglite(dataDir);
    try {
      const communes = await db.query<{ id: string; name: unknown; settings: { populationCategory: string } }>(
        'SELECT id, name, settings FROM communes',
      );
      assert.deepEqual(communes, [{ id: 'tiznit', name: { ar: 'تيزنيت', fr: 'Tiznit' }, settings: { populationCategory: 'over_35000' } }]);
      const accounts = await db.query<{ email: string; role: string; password_hash: string }>(
        'SELECT email, role, password_hash FROM staff_accounts',
      );
      assert.equal(accounts.length, 1);
      assert.deepEqual([accounts[0]!.email, accounts[0]!.role], ['admin@tiznit.ma', 'admin']);
      assert.match(accounts[0]!.password_hash, /^scrypt\$65536\$8\$2\$/);
      assert.ok(!accounts[0]!.password_hash.includes(PASSWORD));
      const audit = await db.query<{ actor_via: string; action: string; resource_type: string }>(
        'SELECT actor_via, action, resource_type FROM audit_log ORDER BY id',
      );
      assert.deepEqual(audit, [
        { actor_via: 'cli', action: 'create', resource_type: 'commune' },
        { actor_via: 'cli', action: 'create', resource_type: 'staff-account' },
      ]);
      const session = await signIn(staffOnlyApp(db), 'admin@tiznit.ma', PASSWORD);
      assert.equal(session.session.account.role, 'admin');
    } finally {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('refuses without a commune to create, changing nothing', async () => {
    try {
      const noCommune = runCli(dataDir, ['--email', 'a@b.ma', '--name', 'A'], `${PASSWORD}\n`, {
        MOCHARAKA_PASSWORD_COST: String(Math.log2(TEST_PASSWORD_COST.N)),
      });
      assert.equal(noCommune.code, 2);
      assert.match(noCommune.stderr, /no commune yet/);
      const db = await openPglite(dataDir);
      try {
        await migrate(db);
        assert.deepEqual(await db.query('SELECT id FROM communes'), []);
        assert.deepEqual(await db.query('SELECT id FROM staff_accounts'), []);
      } finally {
        await db.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('create-admin options', () => {
  test('no password on the command line, the commune fully described, the password read from a file', async () => {
    assert.throws(() => parseCreateAdminArgs(['--email', 'a@b.ma', '--name', 'A', '--password', PASSWORD]), /Unknown option '--password'/);
    assert.throws(() => parseCreateAdminArgs(['--name', 'A']), UsageError);
    assert.throws(() => parseCreateAdminArgs(['--email', 'a@b.ma', '--name', 'A', '--commune-name-ar', 'ت']), /--commune-id/);
    assert.throws(
      () => parseCreateAdminArgs(['--email', 'a@b.ma', '--name', 'A', ...COMMUNE_ARGS.slice(0, -1), 'huge']),
      /--population-category/,
    );
    const folder = mkdtempSync(join(tmpdir(), 'mocharaka-cli-'));
    try {
      writeFileSync(join(folder, 'password'), `${PASSWORD}\n`);
      assert.equal(await readPassword({ file: join(folder, 'password'), prompt: '' }), PASSWORD);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

for (const kind of availableDatabases()) {
  describe(`create-admin on ${kind}`, () => {
    let testDb: TestDatabase;
    let db: Database;
    before(async () => {
      testDb = await openTestDatabase(kind);
      db = testDb.db;
      await migrate(db);
    });
    after(async () => {
      await testDb?.dispose();
    });

    test('a second run neither adds a commune nor overwrites an account; --reset-password gives a new one and ends its sessions', async () => {
      const args = {
        ...parseCreateAdminArgs(['--email', 'boss@commune.ma', '--name', 'Boss', ...COMMUNE_ARGS]),
        passwordCost: TEST_PASSWORD_COST,
      };
      await assert.rejects(
        createAdmin(db, { ...args, password: 'short' }),
        (error) => error instanceof UsageError && /--password/.test(error.message),
      );
      assert.deepEqual(await db.query('SELECT id FROM communes'), [], 'a refused run changes nothing');
      const first = await createAdmin(db, { ...args, password: PASSWORD });
      assert.equal(first.account, 'created');
      await assert.rejects(
        createAdmin(db, { ...args, password: PASSWORD }),
        (error) => error instanceof UsageError && /commune exists/.test(error.message),
      );
      const again = { ...parseCreateAdminArgs(['--email', 'boss@commune.ma', '--name', 'Boss']), passwordCost: TEST_PASSWORD_COST };
      await assert.rejects(
        createAdmin(db, { ...again, password: PASSWORD }),
        (error) => error instanceof UsageError && /already/.test(error.message),
      );

      const session = await signIn(staffOnlyApp(db), 'boss@commune.ma', PASSWORD);
      const reset = await createAdmin(db, { ...again, resetPassword: true, password: 'the recovered password' });
      assert.equal(reset.account, 'reset');
      assert.equal((await staffOnlyApp(db).request('/v1/admin/session', { headers: session.headers() })).status, 401);
      await signIn(staffOnlyApp(db), 'boss@commune.ma', 'the recovered password');
      assert.deepEqual(await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM communes'), [{ n: 1 }]);
    });
  });
}
