import { STAFF_CSRF_HEADER, STAFF_SESSION_COOKIE, type StaffRole, type StaffSession } from '@mocharaka/core/contract';
import { Hono } from 'hono';
import type { Database } from '../src/db/database.js';
import { HttpError } from '../src/http/http-error.js';
import { staffApiRoutes } from '../src/routes/admin-staff-api.js';
import { createAccount } from '../src/staff/accounts.js';
import { MIN_PASSWORD_COST_LOG2, hashPassword, passwordCost } from '../src/staff/passwords.js';

export const STAFF_PASSWORD = 'correct horse battery staple';
export const BOOTSTRAP_TOKEN = 'bootstrap-token-0123456789abcdefghijklmnop';
/** What Chromium sends with the console's own fetch calls. */
export const SAME_ORIGIN = { host: 'localhost', origin: 'http://localhost', 'sec-fetch-site': 'same-origin' };
/** The lowest scrypt cost the configuration accepts (`MOCHARAKA_PASSWORD_COST=10`): these tests hash and verify often. */
export const TEST_PASSWORD_COST = passwordCost(MIN_PASSWORD_COST_LOG2);

/** Only the staff API, with the app's error rendering: what these tests exercise. */
export function staffOnlyApp(db: Database): Hono {
  const app = new Hono();
  staffApiRoutes(app, { db, adminToken: BOOTSTRAP_TOKEN, passwordCost: TEST_PASSWORD_COST });
  app.onError((error, c) => {
    if (!(error instanceof HttpError)) throw error;
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return c.json(error.toBody(), error.status);
  });
  return app;
}

let hashed: Promise<string> | undefined;

/** An account with `STAFF_PASSWORD` (hashed once per process). */
export async function addAccount(db: Database, role: StaffRole, email = `${role}@commune.test`): Promise<string> {
  hashed ??= hashPassword(STAFF_PASSWORD, TEST_PASSWORD_COST);
  const account = await createAccount(db, { email, displayName: `The ${role}`, role, passwordHash: await hashed });
  return account!.id;
}

export interface SignedIn {
  cookie: string;
  csrf: string;
  session: StaffSession;
  /** Headers of a same-origin request of this session; `write` adds the CSRF token. */
  headers(write?: boolean): Record<string, string>;
}

export async function signIn(app: Hono, email: string, password = STAFF_PASSWORD): Promise<SignedIn> {
  const response = await app.request('/v1/admin/session', {
    method: 'POST',
    headers: { ...SAME_ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
  const cookie = sessionCookieOf(response);
  const session = (await response.json()) as StaffSession;
  return {
    cookie,
    csrf: session.csrfToken!,
    session,
    headers: (write = false) => ({
      ...SAME_ORIGIN,
      cookie: `${STAFF_SESSION_COOKIE}=${cookie}`,
      ...(write ? { [STAFF_CSRF_HEADER]: session.csrfToken!, 'content-type': 'application/json' } : {}),
    }),
  };
}

export function sessionCookieOf(response: Response): string {
  const header = response.headers.getSetCookie().find((line) => line.startsWith(`${STAFF_SESSION_COOKIE}=`));
  if (!header) throw new Error('no session cookie set');
  return header.slice(STAFF_SESSION_COOKIE.length + 1).split(';')[0]!;
}
