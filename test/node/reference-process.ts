import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startChild, waitUntilHealthy, type Child } from '../support/child-process.mjs';

export { freePort } from '../support/reference-server.mjs';

/**
 * A reference server process with the demo commune (`packages/demo/dist/main.js`, built by `npm test`) that can
 * be killed and started again on the same data. Stop it in an `after`/`finally`: `stop()`
 * is safe to call on a process that never started or already exited.
 */
export class ReferenceProcess {
  readonly url: string;
  #child?: Child;

  constructor(
    readonly port: number,
    readonly dataDir: string,
    readonly databaseUrl?: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  start(): void {
    if (this.#child?.running) throw new Error(`The reference server on ${this.url} is already running`);
    const { DATABASE_URL: _inherited, ...env } = process.env;
    this.#child = startChild(process.execPath, ['packages/demo/dist/main.js'], {
      name: `reference server on ${this.url}`,
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
    });
  }

  /** Waits for /v1/health; on failure the process is stopped before this throws. */
  async waitUntilHealthy(timeoutMs?: number): Promise<void> {
    if (!this.#child) throw new Error('The reference server was not started');
    await waitUntilHealthy(this.#child, `${this.url}/v1/health`, timeoutMs);
  }

  /** SIGKILL: no shutdown handler runs, as in a crash or an OOM kill. */
  async kill(): Promise<void> {
    await this.#child?.kill();
  }

  async stop(): Promise<void> {
    await this.#child?.stop();
  }

  adminToken(): string {
    return JSON.parse(readFileSync(join(this.dataDir, 'secrets.json'), 'utf8')).adminToken;
  }
}
