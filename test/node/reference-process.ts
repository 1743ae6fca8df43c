import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    server.on('error', reject);
  });
}

/** A reference server process (`packages/server/dist/main.js`, built by `npm test`). */
export class ReferenceProcess {
  readonly url: string;
  #child?: ChildProcess;

  constructor(
    readonly port: number,
    readonly dataDir: string,
    readonly databaseUrl?: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  start(): void {
    const { DATABASE_URL: _inherited, ...env } = process.env;
    this.#child = spawn(process.execPath, ['packages/server/dist/main.js'], {
      env: {
        ...env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        MOCHARAKA_DATA_DIR: this.dataDir,
        MOCHARAKA_LOG: 'silent',
        NODE_ENV: 'test',
        // The load below comes from one client on purpose.
        MOCHARAKA_RATE_LIMIT_RATINGS_PER_MINUTE: '0',
        // The crash test posts with plain fetch; the browser tests prove the elements solve the proof of work.
        MOCHARAKA_PROOF_OF_WORK: 'off',
        ...(this.databaseUrl ? { DATABASE_URL: this.databaseUrl } : {}),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  }

  async waitUntilHealthy(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.url}/v1/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The reference server on ${this.url} did not become healthy`);
  }

  /** SIGKILL: no shutdown handler runs, as in a crash or an OOM kill. */
  async kill(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  adminToken(): string {
    return JSON.parse(readFileSync(join(this.dataDir, 'secrets.json'), 'utf8')).adminToken;
  }
}
