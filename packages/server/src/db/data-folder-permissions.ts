import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Nothing in the data folder is for the group or for others: it holds citizens' data (the WAL too). */
const PRIVATE_UMASK = 0o077;

/**
 * Makes the data folder private to the server's user: from now on this process creates
 * files without group or other permissions (PGlite opens its files with mode 0666, the
 * umask is what narrows them), and every file and folder already there loses those bits
 * — a folder created by an older server, or copied with permissive modes. Symbolic links
 * are left alone (their mode means nothing; what they point to is not ours to change).
 */
export function makeDataFolderPrivate(dataDir: string): void {
  process.umask(PRIVATE_UMASK);
  const pending = [dataDir];
  while (pending.length) {
    const path = pending.pop()!;
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) continue;
    if ((stat.mode & PRIVATE_UMASK) !== 0) chmodSync(path, stat.mode & 0o7777 & ~PRIVATE_UMASK);
    if (stat.isDirectory()) for (const name of readdirSync(path)) pending.push(join(path, name));
  }
}
