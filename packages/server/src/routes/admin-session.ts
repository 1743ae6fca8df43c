import { PasswordChangeInput, SignInInput, type StaffSession } from '@mocharaka/core/contract';
import type { Context, Hono } from 'hono';
import type { Database } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import { readJsonBody } from '../http/json-body.js';
import { RateLimiter } from '../http/rate-limit.js';
import { findAccountForSignIn, passwordHashOf, recordSignIn, updateAccount } from '../staff/accounts.js';
import { actorOf, recordAudit } from '../staff/audit.js';
import { AuthFailures, accountBudget, clientBudget } from '../staff/auth-failures.js';
import { csrfFailed, isCrossSite } from '../staff/csrf.js';
import type { StaffIdentity, StaffVariables } from '../staff/identity.js';
import { dummyHash, hashPassword, needsRehash, verifyPassword, type PasswordCost } from '../staff/passwords.js';
import { clearSessionCookie, setSessionCookie } from '../staff/session-cookie.js';
import { endAccountSessions, endSession, openSession } from '../staff/sessions.js';
import { staffResource } from '../staff/staff-resource.js';

type StaffContext = Context<{ Variables: StaffVariables }>;

export interface SessionRouteOptions {
  db: Database;
  trustedProxies?: readonly string[];
  passwordCost?: PasswordCost;
}

const invalidCredentials = () => new HttpError(401, 'invalid_credentials', 'The e-mail address or the password is wrong');

/** Sign-in, who-am-I, sign-out (here and everywhere) and password change. */
export function adminSessionRoutes(app: Hono, { db, trustedProxies, passwordCost }: SessionRouteOptions): void {
  const failures = new AuthFailures(db);
  const clients = new RateLimiter(db, undefined, trustedProxies);

  staffResource(app, '/v1/admin/session', {
    POST: async (c) => {
      // Signing in from another site's page would sign the visitor in as someone else (login CSRF).
      if (isCrossSite(c)) throw csrfFailed();
      const { value } = await readJsonBody(c, SignInInput);
      const budgets = [accountBudget(value.email), clientBudget(clients.clientKey(c))];
      await failures.attempt(budgets);
      const account = await findAccountForSignIn(db, value.email);
      // No account: verify against a dummy hash anyway, so both failures take as long.
      const matches = await verifyPassword(value.password, account?.passwordHash ?? (await dummyHash(passwordCost)));
      if (!account || !account.active || !matches) throw invalidCredentials();
      await failures.forgive(budgets);
      const upgraded = needsRehash(account.passwordHash, passwordCost) ? await hashPassword(value.password, passwordCost) : undefined;
      const session = await db.transaction(async (tx) => {
        if (upgraded) await updateAccount(tx, account.id, { passwordHash: upgraded });
        await recordSignIn(tx, account.id);
        const opened = await openSession(tx, account.id);
        await recordAudit(
          tx,
          { id: account.id, displayName: account.displayName, via: 'session' },
          {
            action: 'sign_in',
            resourceType: 'staff-account',
            resourceId: account.id,
          },
        );
        return opened;
      });
      setSessionCookie(c, session.secret);
      const body: StaffSession = {
        account: { id: account.id, email: account.email, displayName: account.displayName, role: account.role },
        via: 'session',
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
      return c.json(body);
    },
    GET: (c) => c.json(sessionOf(c)),
    DELETE: async (c) => {
      const session = c.get('staffSession');
      if (!session) throw new HttpError(400, 'not_a_session', 'Only a signed-in session can sign out; revoke a token instead');
      await db.transaction(async (tx) => {
        await endSession(tx, session.tokenHash);
        await recordAudit(tx, actorOf(c.get('staff')), {
          action: 'sign_out',
          resourceType: 'staff-account',
          resourceId: session.account.id,
        });
      });
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  });

  staffResource(app, '/v1/admin/sessions', {
    DELETE: async (c) => {
      const staff = accountOwner(c);
      const ended = await db.transaction(async (tx) => {
        const count = await endAccountSessions(tx, staff.accountId);
        await recordAudit(tx, actorOf(staff), {
          action: 'sign_out_everywhere',
          resourceType: 'staff-account',
          resourceId: staff.accountId,
          summary: { sessions: count },
        });
        return count;
      });
      if (c.get('staffSession')) clearSessionCookie(c);
      c.header('Mocharaka-Sessions-Ended', String(ended));
      return c.body(null, 204);
    },
  });

  staffResource(app, '/v1/admin/session/password', {
    POST: async (c) => {
      const session = c.get('staffSession');
      if (!session) throw new HttpError(400, 'not_a_session', 'A password is changed from a signed-in session, not with a token');
      const { value } = await readJsonBody(c, PasswordChangeInput);
      const budgets = [accountBudget(session.account.email), clientBudget(clients.clientKey(c))];
      await failures.attempt(budgets);
      const stored = await passwordHashOf(db, session.account.id);
      if (!stored || !(await verifyPassword(value.currentPassword, stored))) throw invalidCredentials();
      await failures.forgive(budgets);
      const passwordHash = await hashPassword(value.newPassword, passwordCost);
      await db.transaction(async (tx) => {
        await updateAccount(tx, session.account.id, { passwordHash });
        const ended = await endAccountSessions(tx, session.account.id, session.tokenHash);
        await recordAudit(tx, actorOf(c.get('staff')), {
          action: 'password_change',
          resourceType: 'staff-account',
          resourceId: session.account.id,
          summary: { otherSessionsEnded: ended },
        });
      });
      return c.body(null, 204);
    },
  });
}

function sessionOf(c: StaffContext): StaffSession {
  const staff = c.get('staff');
  const session = c.get('staffSession');
  return {
    account: { id: staff.accountId, email: staff.email, displayName: staff.displayName, role: staff.role },
    via: staff.via,
    ...(session ? { csrfToken: session.csrfToken, expiresAt: session.expiresAt } : {}),
  };
}

/** The caller's account; the bootstrap token has none. */
export function accountOwner(c: StaffContext): StaffIdentity {
  const staff = c.get('staff');
  if (staff.via === 'bootstrap') {
    throw new HttpError(
      400,
      'no_account',
      'The bootstrap token belongs to no account: sign in with a staff account (npm run create-admin)',
    );
  }
  return staff;
}
