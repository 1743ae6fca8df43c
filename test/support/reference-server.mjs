import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts the built reference server (`packages/server/dist/main.js`) on a free loopback
 * port with a fresh embedded database, for browser tests that talk to a real backend.
 */
export async function startReferenceServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'mocharaka-test-'));
  const port = await freePort();
  // The browser tests always use a fresh embedded database, even when CI exports DATABASE_URL.
  const { DATABASE_URL: _postgres, ...inherited } = process.env;
  const child = spawn(process.execPath, ['packages/server/dist/main.js'], {
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      MOCHARAKA_DATA_DIR: dataDir,
      MOCHARAKA_LOG: 'silent',
      NODE_ENV: 'test',
      // Browser tests send many submissions from one address; the limits have their own tests.
      MOCHARAKA_RATE_LIMIT_RATINGS_PER_MINUTE: '0',
      MOCHARAKA_RATE_LIMIT_SUBMISSIONS_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The reference server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/v1/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
