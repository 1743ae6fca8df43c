import { ApiError, registerCatalog, useLocale, type Locale, type StaffRole } from '@mocharaka/core';
import type { StaffSession } from '@mocharaka/core/contract';
import type { Query, StaffApi, WriteMethod } from '../src/api/staff-api.js';
import { consoleCatalog } from '../src/locales.js';

registerCatalog(consoleCatalog);

export interface SentRequest {
  method: WriteMethod;
  path: string;
  body: unknown;
}

type Answer = unknown | ((body: unknown) => unknown);

/**
 * A StaffApi answering from canned data, recording every write. An answer that is an
 * ApiError is thrown, like the real client does with a refused request.
 */
export class FakeStaffApi implements StaffApi {
  readonly sent: SentRequest[] = [];
  readonly reads: string[] = [];
  constructor(
    readonly gets: Record<string, Answer> = {},
    readonly writes: Record<string, Answer> = {},
  ) {}

  href(path: string, query?: Query): string {
    const search = new URLSearchParams(
      Object.entries(query ?? {})
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    );
    return `${path}${search.size ? `?${search}` : ''}`;
  }

  async get<T>(path: string): Promise<T> {
    this.reads.push(path);
    // Every resource screen shows its audit trail; an empty one unless a test gives entries.
    if (path === '/v1/admin/audit' && !(path in this.gets)) return { items: [] } as T;
    if (!(path in this.gets)) throw new ApiError(404, 'not_found', `No canned answer for GET ${path}`);
    return this.#answer(this.gets[path], undefined) as T;
  }

  async send<T>(method: WriteMethod, path: string, body?: unknown): Promise<T> {
    this.sent.push({ method, path, body });
    const key = `${method} ${path}`;
    if (!(key in this.writes)) throw new ApiError(404, 'not_found', `No canned answer for ${key}`);
    return this.#answer(this.writes[key], body) as T;
  }

  #answer(answer: Answer, body: unknown): unknown {
    const value = typeof answer === 'function' ? (answer as (body: unknown) => unknown)(body) : answer;
    if (value instanceof ApiError) throw value;
    return structuredClone(value);
  }
}

export function sessionAs(role: StaffRole): StaffSession {
  return {
    account: { id: 'acc-1', email: 'staff@commune.ma', displayName: 'Salma Staff', role },
    via: 'session',
    csrfToken: 'csrf',
  } as StaffSession;
}

/** Switches the page to `locale` and waits for the console's strings. */
export async function inLocale(locale: Locale): Promise<void> {
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  await useLocale(locale);
}
