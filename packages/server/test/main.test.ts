import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startChild, type Child } from '../../../test/support/child-process.mjs';
import { initialisedDataFolder } from '../../../test/support/pglite-template.mjs';
import { builtServerEntry } from './support/built-entry.js';

const MAIN = builtServerEntry('main.js');

const started: Child[] = [];
function startServer(env: Record<string, string>): Child {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = startChild(process.execPath, [MAIN], {
    name: 'server main.js',
    env: { ...inherited, MOCHARAKA_LOG: '', PORT: '0', ...env },
    stdout: 'pipe',
  });
  started.push(child);
  return child;
}

describe('server process', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await initialisedDataFolder();
  });
  after(async () => {
    await Promise.all(started.map((child) => child.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('starts, migrates, serves no demo content, and on SIGTERM closes the database and unlocks', async () => {
    const server = startServer({ MOCHARAKA_DATA_DIR: dataDir });
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout!.on('data', (chunk) => {
        stdout += chunk;
        const match = /"event":"listening","url":"([^"]+)"/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      void server.exited().then(() => reject(new Error(`server exited: ${server.stderr}`)));
    });
    const stderr = server.stderr;
    const services = (await (await fetch(`${url}v1/services`)).json()) as { items: unknown[] };
    assert.equal(services.items.length, 0);
    assert.match(stderr, /secrets\.json/);
    assert.doesNotMatch(stderr + stdout, /"adminToken"/);
    assert.ok(existsSync(join(dataDir, 'server.lock')));

    const { code } = await server.stop();
    assert.equal(code, 0);
    assert.ok(!existsSync(join(dataDir, 'server.lock')));
  });

  test('refuses to start in production without secrets, saying which', async () => {
    const server = startServer({ NODE_ENV: 'production', MOCHARAKA_DATA_DIR: dataDir });
    const { code } = await server.exited();
    assert.equal(code, 1);
    assert.match(server.stderr, /MOCHARAKA_ADMIN_TOKEN and MOCHARAKA_SECRET_KEY must be set when NODE_ENV=production/);
  });
});
