/**
 * A node:test reporter writing one JSON line per finished test (file, name, outcome,
 * duration), for scripts/test.mjs to count every file, including one that fails to
 * load (reported as a failed test named after the file), and to list the slowest files.
 */
import { appendFileSync } from 'node:fs';

/**
 * Lines are appended synchronously to `MOCHARAKA_NODE_RESULTS` when it is set: with
 * `--test-force-exit` the runner may exit before a reporter's stream is flushed, which
 * once lost the last file's results (it was then counted as never reported).
 */
const resultsFile = process.env.MOCHARAKA_NODE_RESULTS;

export default async function* nodeTestResults(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, file, nesting, skip, todo, details } = event.data;
    const line = `${JSON.stringify({
      file,
      name,
      nesting,
      suite: details?.type === 'suite',
      outcome: event.type === 'test:fail' ? 'failed' : skip !== undefined || todo !== undefined ? 'skipped' : 'passed',
      durationMs: details?.duration_ms ?? 0,
    })}\n`;
    if (resultsFile) appendFileSync(resultsFile, line);
    else yield line;
  }
}
