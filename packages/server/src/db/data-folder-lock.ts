import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'server.lock';

export class DataFolderLockedError extends Error {
  override name = 'DataFolderLockedError';
}

/**
 * Takes the data folder for this process. PGlite is a single-process database: two
 * servers on one folder would corrupt it, so the second one must stop at once. A lock
 * left by a process that no longer exists is taken over.
 */
export function lockDataFolder(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => unlinkSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (owner !== undefined && isAlive(owner)) {
        throw new DataFolderLockedError(
          `The data folder ${dataDir} is in use by process ${owner}. The embedded database (PGlite) ` +
            'serves one process only: stop the other server, choose another MOCHARAKA_DATA_DIR, ' +
            'or set DATABASE_URL to run several servers on PostgreSQL.',
        );
      }
      unlinkSync(file);
    }
  }
  throw new DataFolderLockedError(`Could not lock the data folder ${dataDir}: another process keeps taking it.`);
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
