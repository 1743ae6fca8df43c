/**
 * A fixed arrival rate (open loop), measured as wrk2 measures it: request k is due at
 * start + k / rate whatever happened to the requests before it, and its latency runs
 * from that due time to its answer, so a stall anywhere (server, database, this
 * process) counts for every request it held up. Requests wait in undici's pool when
 * all its connections are busy.
 *
 * autocannon's `overallRate` is not this: each connection sends its share of a second
 * back to back, then idles until the next second (a closed loop for most of each
 * second), and it "corrects" latencies for coordinated omission with an expected
 * interval of ceil(1000 / per-connection rate) ms rounded to 1, which records a 40 ms
 * answer as forty samples of 40, 39, … 1 ms.
 */
import { Pool } from 'undici';

const ANSWER_TIMEOUT_MS = 30_000;

/** The value below which `share` of the sorted values lie (nearest rank). */
export function percentile(sorted, share) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

export const round1 = (value) => Math.round(value * 10) / 10;

/**
 * `rate` POSTs a second for `seconds` over at most `connections` connections; the body
 * and Idempotency-Key of request i come from `request(i)`, i counting up from `offset`.
 * `now` is the clock (milliseconds); a test passes its own to check the accounting.
 */
export async function openLoopLoad({ url, connections, seconds, rate, request, offset = 0, now = () => performance.now() }) {
  const pool = new Pool(new URL(url).origin, {
    connections,
    pipelining: 1,
    headersTimeout: ANSWER_TIMEOUT_MS,
    bodyTimeout: ANSWER_TIMEOUT_MS,
  });
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies = [];
  let non2xx = 0;
  let errors = 0;
  let lastAnswer = 0;
  const answers = [];
  const start = now();

  const send = (k) => {
    const due = start + k * interval;
    const { path, body, key } = request(offset + k);
    answers.push(
      pool
        .request({
          path,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
          body: JSON.stringify(body),
        })
        .then(async (response) => {
          await response.body.dump();
          lastAnswer = now();
          if (response.statusCode >= 200 && response.statusCode < 300) latencies.push(lastAnswer - due);
          else non2xx += 1;
        })
        .catch(() => {
          errors += 1;
        }),
    );
  };

  try {
    await new Promise((resolve) => {
      let sent = 0;
      const sendWhatIsDue = () => {
        const due = Math.min(total, Math.floor((now() - start) / interval) + 1);
        while (sent < due) send(sent++);
        if (sent < total) setTimeout(sendWhatIsDue, 1);
        else resolve();
      };
      sendWhatIsDue();
    });
    await Promise.all(answers);
  } finally {
    await pool.close();
  }
  latencies.sort((a, b) => a - b);
  const answered = latencies.length + non2xx;
  return {
    requests: answered,
    perSecond: Math.round((answered * 1000) / Math.max(1, lastAnswer - start)),
    p50: round1(percentile(latencies, 0.5)),
    p99: round1(percentile(latencies, 0.99)),
    max: round1(latencies.at(-1) ?? NaN),
    non2xx,
    errors,
    next: offset + total,
  };
}
