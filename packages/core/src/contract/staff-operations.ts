import type { Operation } from './operations.js';
import { STAFF_ROLES } from './staff-roles.js';

/*
 * The staff API's operations (sign-in, session, accounts, tokens, audit, settings,
 * dashboard, lists), part of the route table: `operations.ts` spreads them in, and
 * `staff-route-schemas.ts` gives their schemas. `admin` may call every one.
 */

const EVERY_ROLE = STAFF_ROLES;
const ADMIN_ONLY = ['admin'] as const;
const staffOp = <const O extends Operation>(operation: O): O => operation;

/**
 * The one staff operation callable without credentials (same origin only, no CORS): it
 * is where credentials are obtained. Every role "may" call it; the authentication lets
 * it through unauthenticated.
 */
export const signIn = staffOp({ method: 'POST', path: '/v1/admin/session', auth: EVERY_ROLE });

export const staffOperations = {
  signIn,
  getStaffSession: staffOp({ method: 'GET', path: '/v1/admin/session', auth: EVERY_ROLE }),
  signOut: staffOp({ method: 'DELETE', path: '/v1/admin/session', auth: EVERY_ROLE }),
  signOutEverywhere: staffOp({ method: 'DELETE', path: '/v1/admin/sessions', auth: EVERY_ROLE }),
  changePassword: staffOp({ method: 'POST', path: '/v1/admin/session/password', auth: EVERY_ROLE }),
  listStaffAccounts: staffOp({ method: 'GET', path: '/v1/admin/staff', auth: ADMIN_ONLY }),
  createStaffAccount: staffOp({ method: 'POST', path: '/v1/admin/staff', auth: ADMIN_ONLY }),
  updateStaffAccount: staffOp({ method: 'PATCH', path: '/v1/admin/staff/{id}', auth: ADMIN_ONLY }),
  listApiTokens: staffOp({ method: 'GET', path: '/v1/admin/tokens', auth: EVERY_ROLE }),
  createApiToken: staffOp({ method: 'POST', path: '/v1/admin/tokens', auth: EVERY_ROLE }),
  revokeApiToken: staffOp({ method: 'DELETE', path: '/v1/admin/tokens/{id}', auth: EVERY_ROLE }),
  listAudit: staffOp({ method: 'GET', path: '/v1/admin/audit', auth: EVERY_ROLE }),
  exportAudit: staffOp({ method: 'GET', path: '/v1/admin/audit.csv', auth: EVERY_ROLE }),
  getCommuneSettings: staffOp({ method: 'GET', path: '/v1/admin/settings', auth: EVERY_ROLE }),
  updateCommuneSettings: staffOp({ method: 'PUT', path: '/v1/admin/settings', auth: ADMIN_ONLY }),
  getDashboard: staffOp({ method: 'GET', path: '/v1/admin/dashboard', auth: EVERY_ROLE }),
  listPetitionsForStaff: staffOp({ method: 'GET', path: '/v1/admin/petitions', auth: EVERY_ROLE }),
  getPetitionForStaff: staffOp({ method: 'GET', path: '/v1/admin/petitions/{id}', auth: EVERY_ROLE }),
  listConsultationsForStaff: staffOp({ method: 'GET', path: '/v1/admin/consultations', auth: EVERY_ROLE }),
  listChartersForStaff: staffOp({ method: 'GET', path: '/v1/admin/charters', auth: EVERY_ROLE }),
} as const satisfies Record<string, Operation>;
