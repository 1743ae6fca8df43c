import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.js';
import { DEFAULT_PASSWORD_COST, hashPassword, needsRehash, passwordCost, verifyPassword } from '../src/staff/passwords.js';

const SECRET = 'a'.repeat(48);

describe('the scrypt cost of staff passwords (MOCHARAKA_PASSWORD_COST)', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'mocharaka-password-cost-'));
  after(() => rmSync(cwd, { recursive: true, force: true }));

  test("defaults to OWASP's N=2^16, r=8, p=2, in development and production", () => {
    assert.deepEqual(loadConfig({}, cwd).passwordCost, { N: 65536, r: 8, p: 2 });
    const production = { NODE_ENV: 'production', MOCHARAKA_ADMIN_TOKEN: SECRET, MOCHARAKA_SECRET_KEY: SECRET };
    assert.deepEqual(loadConfig({ ...production, MOCHARAKA_ACCEPT_PGLITE_DURABILITY: 'yes' }, cwd).passwordCost, DEFAULT_PASSWORD_COST);
    assert.deepEqual(
      loadConfig({ ...production, MOCHARAKA_ACCEPT_PGLITE_DURABILITY: 'yes', MOCHARAKA_PASSWORD_COST: '17' }, cwd).passwordCost,
      { N: 2 ** 17, r: 8, p: 2 },
    );
  });

  test('can be lowered outside production only, and never below 2^10', () => {
    assert.equal(loadConfig({ MOCHARAKA_PASSWORD_COST: '10' }, cwd).passwordCost.N, 1024);
    assert.throws(
      () =>
        loadConfig(
          {
            NODE_ENV: 'production',
            MOCHARAKA_ADMIN_TOKEN: SECRET,
            MOCHARAKA_SECRET_KEY: SECRET,
            MOCHARAKA_ACCEPT_PGLITE_DURABILITY: 'yes',
            MOCHARAKA_PASSWORD_COST: '12',
          },
          cwd,
        ),
      (error: unknown) => error instanceof ConfigError && /MOCHARAKA_PASSWORD_COST=12 is below 16/.test(error.message),
    );
    for (const value of ['9', '21', 'sixteen', '-16', '16.5']) {
      assert.throws(() => loadConfig({ MOCHARAKA_PASSWORD_COST: value }, cwd), /MOCHARAKA_PASSWORD_COST/, value);
    }
  });

  test('a hash records its cost; one cheaper than configured needs rehashing', async () => {
    const cheap = passwordCost(10);
    const hash = await hashPassword('correct horse battery staple', cheap);
    assert.match(hash, /^scrypt\$1024\$8\$2\$/);
    assert.equal(await verifyPassword('correct horse battery staple', hash), true);
    assert.equal(await verifyPassword('correct horse battery stapler', hash), false);
    assert.equal(needsRehash(hash, cheap), false);
    assert.equal(needsRehash(hash), true, 'below the default cost');
  });
});
