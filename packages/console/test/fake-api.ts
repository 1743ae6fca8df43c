import { ApiError } from '@mocharaka/core';
import type { StaffSession, StaffRole } from '@mocharaka/core/contract';
import type { Query, StaffApi, WriteMethod } from '../src/api/staff-api.js';

type Handler = (body: unknown, query: Query | undefined) => unknown;

/**
 * A `StaffApi` answering from handlers keyed by `"METHOD /path"`; a handler may throw an
 * `ApiError`. Every call is recorded in `calls`, so a test can check what was sent.
 */
export class FakeStaffApi implements StaffApi {
  readonly calls: { method: string; path: string; body?: unknown; query?: Query }[] = [];

  constructor(private readonly handlers: Record<string, Handler | unknown>) {}

  href(path: string, query?: Query): string {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined && value !== '') search.set(name, String(value));
    return search.size ? `${path}?${search}` : path;
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.#answer<T>('GET', path, undefined, query);
  }

  send<T>(method: WriteMethod, path: string, body?: unknown): Promise<T> {
    return this.#answer<T>(method, path, body, undefined);
  }

  async #answer<T>(method: string, path: string, body: unknown, query: Query | undefined): Promise<T> {
    this.calls.push({ method, path, body, query });
    const key = `${method} ${path}`;
    if (!(key in this.handlers)) throw new ApiError(404, 'not_found', `No fake for ${key}`);
    const handler = this.handlers[key];
    const answer = typeof handler === 'function' ? (handler as Handler)(body, query) : handler;
    return structuredClone(await answer) as T;
  }
}

export function sessionOf(role: StaffRole, displayName = 'Amina Staff'): StaffSession {
  return {
    account: { id: `acc-${role}`, email: `${role}@commune.ma`, displayName, role },
    via: 'session',
    csrfToken: 'csrf-test',
    expiresAt: '2026-12-31T23:00:00Z',
  };
}
