import { isIP } from 'node:net';
import type { Context } from 'hono';
import type { Queryable } from '../db/database.js';
import { HttpError } from './http-error.js';

/** Length of a fixed rate-limit window. Limits are expressed per window, i.e. per minute. */
export const RATE_LIMIT_WINDOW_SECONDS = 60;
/** How often one process deletes windows that ended; any process may do it. */
const PURGE_EVERY_MS = 60_000;

export interface RateLimitSettings {
  /** Rating and details POSTs per client address per minute; 0 disables. */
  ratingsPerMinute: number;
  /** Rating POSTs per `kioskId` per minute; 0 disables. */
  kioskPerMinute: number;
  /** Signatures, adhesions and consultation responses per client address per minute; 0 disables. */
  submissionsPerMinute: number;
  /**
   * Accepted submissions to one petition, charter or consultation per minute, all clients
   * together, above which its proof of work gets harder (doubling per doubling of the load).
   * Never a cap: nothing a stranger sends may refuse an honest citizen's legal act. 0 disables.
   */
  resourcePerMinute: number;
  /** Peers (reverse proxies) whose `X-Forwarded-For` is believed. */
  trustedProxies: readonly string[];
  /** The current time; the database's clock when absent (tests pass a fixed clock). */
  clock?: () => Date;
}

/**
 * Fixed-window counters kept in the database (`rate_limits`), so the limits hold across
 * every server process on the same database. One atomic upsert per check.
 */
export class RateLimiter {
  private readonly trusted: ReadonlySet<string>;
  private lastPurge = 0;

  constructor(
    private readonly db: Queryable,
    private readonly clock?: () => Date,
    trustedProxies: readonly string[] = [],
  ) {
    this.trusted = new Set(trustedProxies.map(normalizeAddress));
  }

  /** Counts one request in `bucket`; past `limit` in the current window, 429 `rate_limited` with `Retry-After`. */
  async consume(bucket: string, limit: number): Promise<void> {
    if (limit <= 0) return;
    const row = await this.increment(bucket);
    if (row && row.count > limit) throw rateLimited(row.retry_after);
  }

  /** Counts one request in `bucket` that no limit refuses (an accepted submission, read by `peek`). */
  async record(bucket: string): Promise<void> {
    await this.increment(bucket);
  }

  private async increment(bucket: string): Promise<{ count: number; retry_after: number } | undefined> {
    const at = this.clock?.() ?? null;
    this.purgeSometimes(at);
    const [row] = await this.db.query<{ count: number; retry_after: number }>(
      `WITH t AS (SELECT coalesce($3::timestamptz, clock_timestamp()) AS now),
       counted AS (
         INSERT INTO rate_limits (bucket, window_start, count)
         SELECT $1, date_bin(make_interval(secs => $2::integer), t.now, timestamptz '1970-01-01 00:00:00+00'), 1 FROM t
         ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_limits.count + 1
         RETURNING count, window_start
       )
       SELECT counted.count,
              greatest(1, ceil(extract(epoch FROM counted.window_start - t.now) + $2::integer))::integer AS retry_after
       FROM counted, t`,
      [bucket, RATE_LIMIT_WINDOW_SECONDS, at],
    );
    return row;
  }

  /** How many requests `bucket` counted in the current window, without counting one. */
  async peek(bucket: string): Promise<number> {
    const at = this.clock?.() ?? null;
    const [row] = await this.db.query<{ count: number }>(
      `SELECT count FROM rate_limits
       WHERE bucket = $1
         AND window_start = date_bin(make_interval(secs => $2::integer), coalesce($3::timestamptz, clock_timestamp()), timestamptz '1970-01-01 00:00:00+00')`,
      [bucket, RATE_LIMIT_WINDOW_SECONDS, at],
    );
    return row?.count ?? 0;
  }

  /** 429 `rate_limited` when `bucket` already counted `limit` requests in the current window; counts nothing. */
  async refuseWhenSpent(bucket: string, limit: number): Promise<void> {
    if (limit <= 0) return;
    if ((await this.peek(bucket)) >= limit) {
      const seconds = RATE_LIMIT_WINDOW_SECONDS - (Math.floor((this.clock?.() ?? new Date()).getTime() / 1000) % RATE_LIMIT_WINDOW_SECONDS);
      throw rateLimited(seconds);
    }
  }

  /**
   * Who is asking, as a bucket key: the socket's peer address, or — only when that peer
   * is a trusted proxy — the right-most address of `X-Forwarded-For` that is not a
   * trusted proxy (the left part of that header is whatever the client wrote). IPv6
   * clients are counted per /64, the block one subscriber usually holds.
   */
  clientKey(c: Context): string {
    // @hono/node-server puts the Node request in `env.incoming` (`env.server.incoming` when nested).
    type Bindings = { incoming?: { socket?: { remoteAddress?: string } } };
    const env = c.env as (Bindings & { server?: Bindings }) | undefined;
    const peer = (env?.server ?? env)?.incoming?.socket?.remoteAddress;
    if (!peer) return 'unknown';
    return addressKey(this.clientAddress(normalizeAddress(peer), c.req.header('x-forwarded-for')));
  }

  private clientAddress(peer: string, forwardedFor: string | undefined): string {
    if (!this.trusted.has(peer) || !forwardedFor) return peer;
    const hops = forwardedFor.split(',').map((hop) => normalizeAddress(hop.trim()));
    for (let index = hops.length - 1; index >= 0; index--) {
      const hop = hops[index]!;
      // A malformed hop means a proxy in the chain is not what we think: believe only the peer.
      if (isIP(hop) === 0) return peer;
      if (!this.trusted.has(hop)) return hop;
    }
    return hops[0] ?? peer;
  }

  /** Deletes ended windows at most once a minute, beside the request: never awaited on its path. */
  private purgeSometimes(at: Date | null): void {
    if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = Date.now();
    void this.db
      .query(`DELETE FROM rate_limits WHERE window_start < coalesce($1::timestamptz, clock_timestamp()) - interval '10 minutes'`, [at])
      .catch(() => {}); // opportunistic: another process may be purging the same rows
  }
}

const rateLimited = (retryAfterSeconds: number) =>
  new HttpError(429, 'rate_limited', 'Too many requests; retry later', undefined, { 'Retry-After': String(retryAfterSeconds) });

/** `::ffff:192.0.2.1` (an IPv4 client on a dual-stack socket) is 192.0.2.1. */
export function normalizeAddress(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && isIP(lower.slice(7)) === 4 ? lower.slice(7) : lower;
}

function addressKey(address: string): string {
  return isIP(address) === 6 ? ipv6Prefix64(address) : address;
}

/** The first four groups of an IPv6 address, e.g. `2001:db8:0:1::/64`. */
export function ipv6Prefix64(address: string): string {
  const plain = address.split('%')[0]!;
  const [head = '', tail] = plain.split('::');
  const left = head ? head.split(':') : [];
  let groups = left;
  if (tail !== undefined) {
    const right = tail ? tail.split(':') : [];
    const rightCount = right.reduce((n, group) => n + (group.includes('.') ? 2 : 1), 0);
    groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - rightCount)).fill('0'), ...right];
  }
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
