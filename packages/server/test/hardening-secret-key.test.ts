import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { startChild, type Child } from '../../../test/support/child-process.mjs';
import { SecretKeyMismatchError } from '../src/crypto/key-fingerprint.js';
import { migrate } from '../src/db/migrate.js';
import { ADMIN_TOKEN, TEST_SECRET_KEY } from './support/test-app.js';
import { availableDatabases, openTestDatabase } from './support/test-db.js';
import { builtServerEntry } from './support/built-entry.js';
import { initialisedDataFolder } from '../../../test/support/pglite-template.mjs';

const MAIN = builtServerEntry('main.js');
const OTHER_KEY = 'another-secret-key-0123456789abcdef0123456789';

for (const kind of availableDatabases()) {
  describe(`the secret key's fingerprint on ${kind}`, () => {
    test('recorded on first start; the same key starts again; another key is refused with a clear message', async () => {
      const testDb = await openTestDatabase(kind);
      try {
        await migrate(testDb.db, undefined, { secretKey: TEST_SECRET_KEY });
        await migrate(testDb.db, undefined, { secretKey: TEST_SECRET_KEY });
        await assert.rejects(
          migrate(testDb.db, undefined, { secretKey: OTHER_KEY }),
          (error) =>
            error instanceof SecretKeyMismatchError &&
            /MOCHARAKA_SECRET_KEY is not the key this database was first used with/.test(error.message),
        );
        const [row] = await testDb.db.query<{ fingerprint: string }>('SELECT fingerprint FROM secret_key_fingerprint');
        assert.match(row!.fingerprint, /^[0-9a-f]{32}$/);
        assert.ok(!row!.fingerprint.includes(TEST_SECRET_KEY.slice(0, 8)), 'a fingerprint, not the key');
      } finally {
        await testDb.dispose();
      }
    });
  });
}

describe('a server started with another MOCHARAKA_SECRET_KEY', () => {
  const started: Child[] = [];
  const folders: string[] = [];
  after(async () => {
    for (const child of started) await child.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  test('stops at start (exit 1) and says why, instead of answering 500 later', async () => {
    const dataDir = await initialisedDataFolder();
    folders.push(dataDir);
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const start = (secretKey: string) => {
      const child = startChild(process.execPath, [MAIN], {
        name: 'server main.js',
        env: {
          ...inherited,
          MOCHARAKA_LOG: '',
          PORT: '0',
          MOCHARAKA_DATA_DIR: dataDir,
          MOCHARAKA_ADMIN_TOKEN: ADMIN_TOKEN,
          MOCHARAKA_SECRET_KEY: secretKey,
        },
        stdout: 'pipe',
      });
      started.push(child);
      return child;
    };
    const first = start(TEST_SECRET_KEY);
    let stdout = '';
    await new Promise<void>((resolve, reject) => {
      first.stdout!.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.includes('"event":"listening"')) resolve();
      });
      void first.exited().then(() => reject(new Error(`server exited: ${first.stderr}`)));
    });
    assert.equal((await first.stop()).code, 0);
    const second = start(OTHER_KEY);
    const { code } = await second.exited();
    assert.equal(code, 1);
    assert.match(second.stderr, /MOCHARAKA_SECRET_KEY is not the key this database was first used with/);
  });
});
