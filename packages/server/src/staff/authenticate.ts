import type { Context, MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/database.js';
import { matchesBootstrapToken } from '../http/admin-auth.js';
import { HttpError } from '../http/http-error.js';
import { RateLimiter } from '../http/rate-limit.js';
import { findTokenOwner, looksLikeApiToken } from './api-tokens.js';
import { AuthFailures, clientBudget } from './auth-failures.js';
import { checkCsrf } from './csrf.js';
import { isPublicStaffEndpoint } from './public-endpoints.js';
import { BOOTSTRAP_IDENTITY, type StaffIdentity, type StaffVariables } from './identity.js';
import { clearSessionCookie, sessionCookie } from './session-cookie.js';
import { findSession } from './sessions.js';

export interface StaffAuthOptions {
  db: Queryable;
  /** `MOCHARAKA_ADMIN_TOKEN`: accepted as a bearer token acting as `admin` (bootstrap and compatibility). */
  adminToken?: string;
  /** Proxies whose `X-Forwarded-For` is believed when counting failures per client. */
  trustedProxies?: readonly string[];
}

/**
 * Authenticates every `/v1/admin/*` request and sets `c.get('staff')`: a bearer token
 * (personal API token, or the bootstrap token) or the session cookie, whose
 * state-changing requests must pass the CSRF check. 401 otherwise; wrong bearer tokens
 * count toward the client's failure budget (429 past it). Marks every answer
 * `Cache-Control: no-store`: staff data must not stay in a browser's or proxy's cache.
 */
export function authenticateStaff(options: StaffAuthOptions): MiddlewareHandler<{ Variables: StaffVariables }> {
  const failures = new AuthFailures(options.db);
  const clients = new RateLimiter(options.db, undefined, options.trustedProxies);

  const bearerIdentity = async (secret: string): Promise<StaffIdentity | undefined> => {
    if (looksLikeApiToken(secret)) {
      const owner = await findTokenOwner(options.db, secret);
      return (
        owner && {
          accountId: owner.account.id,
          email: owner.account.email,
          displayName: owner.account.displayName,
          role: owner.account.role,
          via: 'token',
        }
      );
    }
    return options.adminToken && matchesBootstrapToken(options.adminToken, secret) ? BOOTSTRAP_IDENTITY : undefined;
  };

  const identify = async (c: Context<{ Variables: StaffVariables }>): Promise<void> => {
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const client = clientBudget(clients.clientKey(c));
      await failures.check([client]);
      const secret = /^Bearer ([\x21-\x7e]{1,512})$/.exec(authorization)?.[1];
      const identity = secret === undefined ? undefined : await bearerIdentity(secret);
      if (!identity) {
        await failures.fail([client]);
        throw unauthorized('The bearer token is not valid');
      }
      c.set('staff', identity);
      return;
    }
    const secret = sessionCookie(c);
    const session = secret === undefined ? undefined : await findSession(options.db, secret);
    if (!session) {
      if (secret !== undefined) clearSessionCookie(c);
      throw unauthorized('Sign in first (or send a bearer token)');
    }
    checkCsrf(c, session.csrfToken);
    const { account } = session;
    c.set('staff', { accountId: account.id, email: account.email, displayName: account.displayName, role: account.role, via: 'session' });
    c.set('staffSession', session);
  };

  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    if (!isPublicStaffEndpoint(c.req.method, c.req.path)) await identify(c);
    await next();
    c.header('Cache-Control', 'no-store');
  };
}

export function unauthorized(message: string): HttpError {
  return new HttpError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer realm="mocharaka-admin"' });
}
