import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import { ensureTemplate, freshPgliteDataDir } from './support/test-db.js';

const MAIN = join(import.meta.dirname, '../src/main.ts');

function startServer(env: Record<string, string>) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...inherited, MOCHARAKA_LOG: '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('server process', () => {
  let dataDir: string;
  before(async () => {
    await ensureTemplate();
    dataDir = freshPgliteDataDir();
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('starts, migrates, seeds, serves, and on SIGTERM closes the database and unlocks', async () => {
    const server = startServer({ MOCHARAKA_DATA_DIR: dataDir });
    let stdout = '';
    let stderr = '';
    server.stderr.on('data', (chunk) => (stderr += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk) => {
        stdout += chunk;
        const match = /"event":"listening","url":"([^"]+)"/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      server.on('exit', () => reject(new Error(`server exited: ${stderr}`)));
    });
    const services = (await (await fetch(`${url}v1/services`)).json()) as { items: unknown[] };
    assert.equal(services.items.length, 6);
    assert.match(stderr, /secrets\.json/);
    assert.doesNotMatch(stderr + stdout, /"adminToken"/);
    assert.ok(existsSync(join(dataDir, 'server.lock')));

    server.kill('SIGTERM');
    const [code] = await once(server, 'exit');
    assert.equal(code, 0);
    assert.ok(!existsSync(join(dataDir, 'server.lock')));
  });

  test('refuses to start in production without secrets, saying which', async () => {
    const server = startServer({ NODE_ENV: 'production', MOCHARAKA_DATA_DIR: dataDir });
    let stderr = '';
    server.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(server, 'exit');
    assert.equal(code, 1);
    assert.match(stderr, /MOCHARAKA_ADMIN_TOKEN and MOCHARAKA_SECRET_KEY must be set when NODE_ENV=production/);
  });
});
