/** One submission waiting to reach the server. Its key never changes across retries. */
export interface OutboxEntry<Payload = unknown> {
  idempotencyKey: string;
  /** What the entry is for (e.g. the service id), so a sender knows where to post. */
  target: string;
  payload: Payload;
  createdAt: number;
  attempts: number;
}

/** Entries older than this are dropped: a week-old rating is no longer worth sending. */
export const OUTBOX_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** What an outbox holds in `localStorage`, oldest first, unreadable or foreign data read as empty. */
export function readEntries<Payload>(key: string): OutboxEntry<Payload>[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? (parsed as OutboxEntry<Payload>[]) : [];
  } catch {
    return [];
  }
}

/** The entries still worth sending. */
export function pendingEntries<Payload>(key: string): OutboxEntry<Payload>[] {
  const now = Date.now();
  return readEntries<Payload>(key).filter((entry) => now - entry.createdAt < OUTBOX_RETENTION_MS);
}

export function writeEntries(key: string, entries: OutboxEntry[]): void {
  try {
    if (entries.length === 0) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(entries));
  } catch {
    // Storage full or blocked (private mode, sandboxed iframe): the attempt in
    // progress still runs; only the survival across a reload is lost.
  }
}
