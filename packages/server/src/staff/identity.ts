import type { StaffRole } from '@mocharaka/core/contract';
import type { StoredSession } from './sessions.js';

/**
 * Who is calling a staff (`/v1/admin/*`) route, set on the request context by the staff
 * authentication middleware: a signed-in account (session cookie), a personal API token,
 * or the bootstrap `MOCHARAKA_ADMIN_TOKEN` (role `admin`, no account).
 */
export interface StaffIdentity {
  /** The account's id; `bootstrap` for the bootstrap token. */
  readonly accountId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly via: 'session' | 'token' | 'bootstrap';
}

/** Hono context variables of staff routes: `c.get('staff')`; `staffSession` only when signed in with the cookie. */
export interface StaffVariables {
  staff: StaffIdentity;
  staffSession?: StoredSession;
}

export const BOOTSTRAP_IDENTITY: StaffIdentity = {
  accountId: 'bootstrap',
  email: '',
  displayName: 'MOCHARAKA_ADMIN_TOKEN',
  role: 'admin',
  via: 'bootstrap',
};
