import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { initialisedDataFolder } from './pglite-template.mjs';
import { startChild, waitUntilHealthy } from './child-process.mjs';
import { TEST_BOOTSTRAP_TOKEN } from './bootstrap-token.mjs';

/** A TCP port nothing listens on right now, on the loopback interface. */
export async function freePort() {
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
 * Starts the built reference server with the demo commune (`packages/demo/dist/main.js`) on a free loopback
 * port with a fresh embedded database, for browser tests that talk to a real backend.
 * If it does not become healthy, it is stopped and its data folder removed before this throws.
 */
export async function startReferenceServer() {
  // Its database initialised already: these tests are not about the first start (production-start.test.ts is).
  const dataDir = await initialisedDataFolder();
  const port = await freePort();
  // The browser tests always use a fresh embedded database, even when CI exports DATABASE_URL.
  const { DATABASE_URL: _postgres, ...inherited } = process.env;
  const child = startChild(process.execPath, ['packages/demo/dist/main.js'], {
    name: 'reference server',
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      MOCHARAKA_DATA_DIR: dataDir,
      MOCHARAKA_LOG: 'silent',
      NODE_ENV: 'test',
      MOCHARAKA_ADMIN_TOKEN: TEST_BOOTSTRAP_TOKEN,
      // Browser tests send many submissions from one address; the limits have their own tests.
      MOCHARAKA_RATE_LIMIT_RATINGS_PER_MINUTE: '0',
      MOCHARAKA_RATE_LIMIT_SUBMISSIONS_PER_MINUTE: '0',
      // The console tests create accounts and sign in often; the default cost is tested in the server's tests.
      MOCHARAKA_PASSWORD_COST: '10',
    },
    stdout: 'inherit',
    stderr: 'inherit',
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(child, `${url}/v1/health`);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    async stop() {
      await child.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
