import type { Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';

/** Failed authentications are counted in fixed windows of this length. */
export const FAILURE_WINDOW_MINUTES = 15;
/** Sign-in attempts per e-mail address per window (whether or not an account has it). */
export const SIGN_IN_ATTEMPTS_PER_ACCOUNT = 10;
/** Failed sign-ins and wrong bearer tokens per client address per window. */
export const FAILURES_PER_CLIENT = 30;
const PURGE_EVERY_MS = 60_000;

export interface Budget {
  bucket: string;
  limit: number;
}

export const accountBudget = (email: string): Budget => ({ bucket: `account:${email}`, limit: SIGN_IN_ATTEMPTS_PER_ACCOUNT });
export const clientBudget = (clientKey: string): Budget => ({ bucket: `client:${clientKey}`, limit: FAILURES_PER_CLIENT });

const WINDOW = `date_bin(make_interval(mins => ${FAILURE_WINDOW_MINUTES}), now(), timestamptz '1970-01-01 00:00:00+00')`;
const RETRY_AFTER = `greatest(1, ceil(extract(epoch FROM window_start + make_interval(mins => ${FAILURE_WINDOW_MINUTES}) - now())))::integer`;

/**
 * Counters of failed staff authentications in the database (`staff_auth_failures`), so the
 * limits hold across processes. Past a budget: 429 `too_many_attempts` with `Retry-After`
 * (seconds until the window ends).
 */
export class AuthFailures {
  private lastPurge = 0;

  constructor(private readonly db: Queryable) {}

  /**
   * Counts an attempt before it is checked (so parallel guesses cannot all slip in before
   * their failures are recorded) and refuses it when a budget is spent. A successful
   * attempt then calls `forgive`.
   */
  async attempt(budgets: readonly Budget[]): Promise<void> {
    await this.purgeSometimes();
    let retryAfter = 0;
    for (const budget of budgets) {
      const [row] = await this.db.query<{ count: number; retry_after: number }>(
        `INSERT INTO staff_auth_failures (bucket, window_start, count) VALUES ($1, ${WINDOW}, 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET count = staff_auth_failures.count + 1
         RETURNING count, ${RETRY_AFTER} AS retry_after`,
        [budget.bucket],
      );
      if (row && row.count > budget.limit) retryAfter = Math.max(retryAfter, row.retry_after);
    }
    if (retryAfter) throw tooManyAttempts(retryAfter);
  }

  /** Takes a successful attempt off the counts. */
  async forgive(budgets: readonly Budget[]): Promise<void> {
    for (const budget of budgets) {
      await this.db.query(`UPDATE staff_auth_failures SET count = greatest(0, count - 1) WHERE bucket = $1 AND window_start = ${WINDOW}`, [
        budget.bucket,
      ]);
    }
  }

  /** Refuses when a budget is already spent, without counting (bearer tokens: only failures count). */
  async check(budgets: readonly Budget[]): Promise<void> {
    for (const budget of budgets) {
      const [row] = await this.db.query<{ count: number; retry_after: number }>(
        `SELECT count, ${RETRY_AFTER} AS retry_after FROM staff_auth_failures WHERE bucket = $1 AND window_start = ${WINDOW}`,
        [budget.bucket],
      );
      if (row && row.count >= budget.limit) throw tooManyAttempts(row.retry_after);
    }
  }

  async fail(budgets: readonly Budget[]): Promise<void> {
    await this.purgeSometimes();
    for (const budget of budgets) {
      await this.db.query(
        `INSERT INTO staff_auth_failures (bucket, window_start, count) VALUES ($1, ${WINDOW}, 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET count = staff_auth_failures.count + 1`,
        [budget.bucket],
      );
    }
  }

  private async purgeSometimes(): Promise<void> {
    if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = Date.now();
    await this.db
      .query(`DELETE FROM staff_auth_failures WHERE window_start < now() - make_interval(mins => ${2 * FAILURE_WINDOW_MINUTES})`)
      .catch(() => {}); // opportunistic: another process may be purging the same rows
  }
}

function tooManyAttempts(retryAfter: number): HttpError {
  return new HttpError(429, 'too_many_attempts', 'Too many failed attempts; retry later', undefined, {
    'Retry-After': String(retryAfter),
  });
}
