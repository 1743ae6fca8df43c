import type { StaffRole } from '@mocharaka/core';

/** The sections of the navigation, in the order it shows them. */
export const NAV_SECTIONS = ['participation', 'commune'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

export interface ScreenDefinition {
  /** Under the console's base: `/petitions/:id/edit`. `:name` segments become `params.name`. */
  path: string;
  /** The custom element the shell renders for this path. */
  tag: string;
  /** Imports the module that defines `tag` (a literal `import()`, so each screen is its own chunk). */
  load: () => Promise<unknown>;
  /** The page title and the heading the shell announces when the screen opens. */
  title: () => string;
  /** Roles that may open it; absent: every signed-in role. `admin` may open every screen. */
  roles?: readonly StaffRole[];
  /** Shown without a session (the sign-in screen only). */
  signedOut?: boolean;
  /** A link in the navigation, sorted by `order` within its section. */
  nav?: { section: NavSection; label: () => string; order: number };
}

export interface ScreenMatch {
  screen: ScreenDefinition;
  params: Record<string, string>;
}

const screens: ScreenDefinition[] = [];

/** Adds a screen to the console; each area's `routes.ts` calls it for its screens. */
export function registerScreen(screen: ScreenDefinition): void {
  if (screens.some((other) => other.path === screen.path)) throw new Error(`Two console screens for ${screen.path}`);
  screens.push(screen);
}

export function allScreens(): readonly ScreenDefinition[] {
  return screens;
}

export function mayOpen(screen: ScreenDefinition, role: StaffRole): boolean {
  return role === 'admin' || !screen.roles || screen.roles.includes(role);
}

/** The screen for `path` (under the base, starting with `/`); literal segments win over `:params`. */
export function matchScreen(path: string): ScreenMatch | undefined {
  const segments = splitPath(path);
  let best: { match: ScreenMatch; literals: number } | undefined;
  for (const screen of screens) {
    const pattern = splitPath(screen.path);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    const matches = pattern.every((part, index) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = decodeURIComponent(segments[index]);
        return true;
      }
      literals++;
      return part === segments[index];
    });
    if (matches && (!best || literals > best.literals)) best = { match: { screen, params }, literals };
  }
  return best?.match;
}

function splitPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}
