import type { StaffRole } from '@mocharaka/core/contract';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http/http-error.js';
import type { StaffIdentity, StaffVariables } from './identity.js';

/** The one role check: `admin` may do everything; others only what `roles` lists. 403 `forbidden` otherwise. */
export function authorize(identity: StaffIdentity | undefined, roles: 'public' | readonly StaffRole[]): void {
  if (roles === 'public') return;
  if (!identity) throw new HttpError(401, 'unauthorized', 'Sign in first (or send a bearer token)');
  if (identity.role !== 'admin' && !roles.includes(identity.role)) {
    throw new HttpError(403, 'forbidden', `The role ${identity.role} may not do this`);
  }
}

export function allowRoles(roles: 'public' | readonly StaffRole[]): MiddlewareHandler<{ Variables: StaffVariables }> {
  return async (c, next) => {
    authorize(c.get('staff'), roles);
    await next();
  };
}
