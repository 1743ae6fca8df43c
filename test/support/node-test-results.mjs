/**
 * A node:test reporter writing one JSON line per finished test (file, name, outcome,
 * duration), for scripts/test.mjs to count every file, including one that fails to
 * load (reported as a failed test named after the file), and to list the slowest files.
 */
export default async function* nodeTestResults(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, file, nesting, skip, todo, details } = event.data;
    yield `${JSON.stringify({
      file,
      name,
      nesting,
      suite: details?.type === 'suite',
      outcome: event.type === 'test:fail' ? 'failed' : skip !== undefined || todo !== undefined ? 'skipped' : 'passed',
      durationMs: details?.duration_ms ?? 0,
    })}\n`;
  }
}
