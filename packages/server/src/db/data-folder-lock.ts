import { closeSync, mkdirSync, openSync, readFileSync, realpathSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'server.lock';

/** Data folders this process holds, by real path: a lock naming our PID is ours only if it is here. */
const held = new Set<string>();

export class DataFolderLockedError extends Error {
  override name = 'DataFolderLockedError';
}

/** Who wrote a lock: its PID, and when that process started (Linux), to tell it from a later process given the same PID. */
interface LockOwner {
  pid: number;
  startTime?: string;
}

/**
 * Takes the data folder for this process. PGlite is a single-process database: two
 * servers on one folder would corrupt it, so the second one must stop at once. A lock
 * whose owner no longer runs is taken over — including one naming this very PID: a
 * container restarts its server as PID 1 after a SIGKILL, and the lock left by the
 * previous PID 1 must not keep it down. So the lock records the owner's start time too,
 * and a lock naming our PID counts as held only when this process took it.
 */
export function lockDataFolder(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const folder = realpathSync(dataDir);
  if (held.has(folder)) throw locked(dataDir, process.pid);
  const file = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      const owner: LockOwner = { pid: process.pid, ...optional('startTime', startTimeOf(process.pid)) };
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      held.add(folder);
      return () => {
        held.delete(folder);
        unlinkSync(file);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (owner !== undefined && isRunning(owner)) throw locked(dataDir, owner.pid);
      unlinkSync(file);
    }
  }
  throw new DataFolderLockedError(`Could not lock the data folder ${dataDir}: another process keeps taking it.`);
}

const locked = (dataDir: string, pid: number) =>
  new DataFolderLockedError(
    `The data folder ${dataDir} is in use by process ${pid}${pid === process.pid ? ' (this one)' : ''}. The embedded ` +
      'database (PGlite) serves one process only: stop the other server, choose another MOCHARAKA_DATA_DIR, ' +
      'or set DATABASE_URL to run several servers on PostgreSQL.',
  );

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/** The lock's owner: `{"pid":…,"startTime":…}`, or a bare PID as older servers wrote it. */
function readOwner(file: string): LockOwner | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
  if (/^[0-9]+$/.test(text)) return validPid(Number(text)) ? { pid: Number(text) } : undefined;
  try {
    const { pid, startTime } = JSON.parse(text) as Partial<LockOwner>;
    if (typeof pid !== 'number' || !validPid(pid)) return undefined;
    return { pid, ...optional('startTime', typeof startTime === 'string' ? startTime : undefined) };
  } catch {
    return undefined;
  }
}

const validPid = (pid: number) => Number.isSafeInteger(pid) && pid > 0;

function isRunning(owner: LockOwner): boolean {
  // Our PID, yet not in `held`: a previous process that had this PID and was killed.
  if (owner.pid === process.pid) return false;
  if (!isAlive(owner.pid)) return false;
  // Alive, but started at another time: the PID was given to another process since.
  const startTime = startTimeOf(owner.pid);
  return owner.startTime === undefined || startTime === undefined || startTime === owner.startTime;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat (clock ticks after boot); undefined off Linux. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
