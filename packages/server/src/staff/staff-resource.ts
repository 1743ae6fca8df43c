import { STAFF_ENDPOINTS, type StaffRole } from '@mocharaka/core/contract';
import type { Handler, Hono } from 'hono';
import { resource } from '../http/methods.js';
import { authorize } from './authorize.js';
import type { StaffVariables } from './identity.js';

type Method = (typeof STAFF_ENDPOINTS)[number]['method'];
type StaffPath = (typeof STAFF_ENDPOINTS)[number]['path'];

/** The roles `STAFF_ENDPOINTS` gives this endpoint; a route missing from the table fails at start-up. */
export function endpointRoles(method: Method, path: string): 'public' | readonly StaffRole[] {
  const endpoint = STAFF_ENDPOINTS.find((candidate) => candidate.method === method && candidate.path === path);
  if (!endpoint) throw new Error(`${method} ${path} is not in STAFF_ENDPOINTS`);
  return endpoint.roles;
}

/** Serves a staff path's methods, each behind the role check of its `STAFF_ENDPOINTS` entry. */
export function staffResource(app: Hono, path: StaffPath, handlers: Partial<Record<Method, Handler<{ Variables: StaffVariables }>>>): void {
  const guarded: Partial<Record<Method, Handler>> = {};
  for (const [method, handler] of Object.entries(handlers) as [Method, Handler<{ Variables: StaffVariables }>][]) {
    const roles = endpointRoles(method, path);
    guarded[method] = (c, next) => {
      authorize(c.get('staff' as never), roles);
      return handler(c as never, next);
    };
  }
  resource(app, path, guarded);
}
