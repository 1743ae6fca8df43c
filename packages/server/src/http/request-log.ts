import type { MiddlewareHandler } from 'hono';

export type LogWriter = (line: string) => void;

/** The log of MOCHARAKA_LOG=silent: nothing, so no request's line is even formatted for it. */
export const silentLog: LogWriter = () => {};

/** The process's log: JSON lines on stdout, or nothing when MOCHARAKA_LOG=silent. */
export function defaultLogWriter(env: NodeJS.ProcessEnv = process.env): LogWriter {
  return env.MOCHARAKA_LOG === 'silent' ? silentLog : (line) => process.stdout.write(`${line}\n`);
}

/** One JSON line per request; the path without its query string, never a body. */
export function requestLog(write: LogWriter): MiddlewareHandler {
  if (write === silentLog) return (_c, next) => next();
  return async (c, next) => {
    const start = performance.now();
    await next();
    write(
      JSON.stringify({
        time: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - start) * 10) / 10,
      }),
    );
  };
}

/** What an unexpected error leaves in the log: its kind and where, not its message (it may quote data). */
export function logUnexpectedError(write: LogWriter, error: unknown, method: string, path: string): void {
  const { name = 'Error', code, stack = '' } = (error ?? {}) as { name?: string; code?: string; stack?: string };
  const frames = stack.split('\n').filter((line) => line.trimStart().startsWith('at '));
  write(JSON.stringify({ time: new Date().toISOString(), level: 'error', method, path, error: name, code, frames }));
}
