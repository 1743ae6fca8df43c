/** Where the reference server serves the console (`packages/server/src/routes/console.ts`). */
export const CONSOLE_BASE = '/console/';

/** The URL of a console screen: `consoleHref('/petitions/new')` → `/console/petitions/new`. */
export function consoleHref(path: string, query?: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value) search.set(name, value);
  const suffix = search.size ? `?${search}` : '';
  return `${CONSOLE_BASE}${path.replace(/^\//, '')}${suffix}`;
}

/** The screen path of a URL under the base (`/console/petitions` → `/petitions`), or undefined outside it. */
export function screenPath(url: URL): string | undefined {
  const base = CONSOLE_BASE.replace(/\/$/, '');
  if (url.pathname !== base && !url.pathname.startsWith(CONSOLE_BASE)) return undefined;
  return `/${url.pathname.slice(CONSOLE_BASE.length)}`;
}

/** Fired by a screen to move to another screen (after a save, say); the shell handles it. */
export class ConsoleNavigateEvent extends Event {
  static readonly type = 'console-navigate';
  constructor(
    readonly href: string,
    readonly replace = false,
  ) {
    super(ConsoleNavigateEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by a screen after it changed something the shell shows (the session, the commune's name). */
export class ConsoleSessionChangedEvent extends Event {
  static readonly type = 'console-session-changed';
  constructor() {
    super(ConsoleSessionChangedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'console-navigate': ConsoleNavigateEvent;
    'console-session-changed': ConsoleSessionChangedEvent;
  }
}
