import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.js';

const SECRET = 's'.repeat(40);

describe('configuration', () => {
  let cwd: string;
  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), 'mocharaka-config-'));
  });
  afterEach(() => {
    rmSync(cwd, { recursive: true, force: true });
  });

  test('defaults: port 8787 on loopback, PGlite in .mocharaka-data', () => {
    const config = loadConfig({}, cwd);
    assert.equal(config.port, 8787);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.dataDir, join(cwd, '.mocharaka-data'));
    assert.equal(config.production, false);
  });

  test('in development, missing secrets are generated once, kept private and reused', () => {
    const first = loadConfig({}, cwd);
    const file = join(cwd, '.mocharaka-data', 'secrets.json');
    assert.equal(first.generatedSecretsFile, file);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.ok(first.adminToken.length >= 32);
    assert.notEqual(first.adminToken, first.secretKey);
    const second = loadConfig({}, cwd);
    assert.equal(second.adminToken, first.adminToken);
    assert.equal(second.secretKey, first.secretKey);
  });

  test('in production, a missing secret is a startup error naming it', () => {
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production', MOCHARAKA_ADMIN_TOKEN: SECRET }, cwd),
      (error: unknown) => error instanceof ConfigError && /MOCHARAKA_SECRET_KEY must be set/.test(error.message),
    );
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }, cwd), /MOCHARAKA_ADMIN_TOKEN and MOCHARAKA_SECRET_KEY/);
  });

  test('in production, given secrets are used and nothing is written', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        MOCHARAKA_ADMIN_TOKEN: SECRET,
        MOCHARAKA_SECRET_KEY: `${SECRET}k`,
        DATABASE_URL: 'postgres://db/mocharaka',
      },
      cwd,
    );
    assert.equal(config.adminToken, SECRET);
    assert.equal(config.generatedSecretsFile, undefined);
  });

  test('in production, the embedded database is refused unless its durability is explicitly accepted', () => {
    const secrets = { NODE_ENV: 'production', MOCHARAKA_ADMIN_TOKEN: SECRET, MOCHARAKA_SECRET_KEY: `${SECRET}k` };
    assert.throws(
      () => loadConfig(secrets, cwd),
      (error: unknown) => error instanceof ConfigError && /DATABASE_URL/.test(error.message) && /power cut/.test(error.message),
    );
    assert.equal(loadConfig({ ...secrets, MOCHARAKA_ACCEPT_PGLITE_DURABILITY: 'yes' }, cwd).databaseUrl, undefined);
  });

  test('reads the database URL, the port and the allowed origins', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        DATABASE_URL: 'postgres://u:p@db:5432/mocharaka',
        MOCHARAKA_ALLOWED_ORIGINS: 'https://www.taroudant.ma/, https://portail.taroudant.ma',
      },
      cwd,
    );
    assert.equal(config.port, 9000);
    assert.equal(config.databaseUrl, 'postgres://u:p@db:5432/mocharaka');
    assert.deepEqual(config.allowedOrigins, ['https://www.taroudant.ma', 'https://portail.taroudant.ma']);
  });

  test('rejects invalid values with the variable name', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }, cwd), /PORT/);
    assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }, cwd), /DATABASE_URL/);
    assert.throws(() => loadConfig({ MOCHARAKA_ADMIN_TOKEN: 'short' }, cwd), /MOCHARAKA_ADMIN_TOKEN/);
  });
});
