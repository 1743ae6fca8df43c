import * as z from 'zod/mini';
import { Id } from './common.js';
import type { Answer, PathParameter, QueryParameter, RouteSchemas } from './route-schemas.js';
import {
  AUDIT_PAGE_SIZE_DEFAULT,
  AUDIT_PAGE_SIZE_MAX,
  AdminCharterList,
  AdminConsultationList,
  AdminPetitionList,
  AdminPetitionSummary,
  ApiTokenInput,
  ApiTokenList,
  AuditAction,
  AuditEntryList,
  AuditResourceType,
  CommuneSettings,
  CommuneSettingsInput,
  CreatedApiToken,
  Dashboard,
  PasswordChangeInput,
  STAFF_CSRF_HEADER,
  STAFF_SESSION_COOKIE,
  SignInInput,
  StaffAccount,
  StaffAccountInput,
  StaffAccountList,
  StaffAccountUpdate,
  StaffSession,
} from './staff.js';
import type { staffOperations } from './staff-operations.js';

/* The schema half of the staff operations (see `route-schemas.ts`), spread into `routeSchemas`. */

const json = (schema: z.ZodMiniType, description: string): Answer => ({ schema, description });
const opaqueId = (description: string): PathParameter => ({ schema: z.string().check(z.minLength(1), z.maxLength(64)), description });
const text = (description: string): QueryParameter => ({
  schema: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  description,
});
const noContent: Answer = { description: 'Done' };

/** The audit trail's filters, the same for its pages and its CSV. */
const auditFilters = {
  actor: text('Account id of who acted (`bootstrap`, `cli` for those)'),
  resourceType: { schema: z.optional(AuditResourceType), description: 'Kind of resource' },
  resourceId: text('The resource’s id'),
  action: { schema: z.optional(AuditAction), description: 'What was done' },
  from: { schema: z.optional(z.iso.datetime({ offset: true })), description: 'From this instant (included)' },
  to: { schema: z.optional(z.iso.datetime({ offset: true })), description: 'Until this instant (excluded)' },
} satisfies Record<string, QueryParameter>;

const sessionNote = `With the session cookie (\`${STAFF_SESSION_COOKIE}\`), send \`${STAFF_CSRF_HEADER}\`.`;

export const staffRouteSchemas = {
  signIn: {
    summary: 'Sign in (staff console); needs no credentials',
    description:
      `Sets the session cookie \`${STAFF_SESSION_COOKIE}\` (HttpOnly, Secure, SameSite=Strict) and answers the CSRF token to send ` +
      `in \`${STAFF_CSRF_HEADER}\` with every state-changing request. Refused from another site. An unknown e-mail and a wrong ` +
      'password get the same 401. Attempts are limited per e-mail and per client (429 with Retry-After).',
    body: SignInInput,
    responses: { 200: json(StaffSession, 'Signed in') },
    errors: { 401: ['`invalid_credentials`'], 403: ['`csrf_failed`: from another site'], 429: ['`too_many_attempts`'] },
  },
  getStaffSession: {
    summary: 'Who is calling: account, role and (with a session) the CSRF token',
    responses: { 200: json(StaffSession, 'The caller') },
  },
  signOut: {
    summary: 'Sign out: ends this session and clears its cookie',
    description: sessionNote,
    responses: { 204: noContent },
    errors: { 400: ['`not_a_session`: called with a token'] },
  },
  signOutEverywhere: { summary: 'End every session of the caller’s account', description: sessionNote, responses: { 204: noContent } },
  changePassword: {
    summary: 'Change one’s password; ends the account’s other sessions',
    description: sessionNote,
    body: PasswordChangeInput,
    responses: { 204: noContent },
    errors: {
      400: ['`not_a_session`: called with a token'],
      401: ['`invalid_credentials`: wrong current password'],
      429: ['`too_many_attempts`'],
    },
  },
  listStaffAccounts: { summary: 'Every staff account (admin)', responses: { 200: json(StaffAccountList, 'The accounts') } },
  createStaffAccount: {
    summary: 'Create a staff account with a first password (admin)',
    body: StaffAccountInput,
    responses: { 201: json(StaffAccount, 'The account') },
    errors: { 409: ['`email_taken`'] },
  },
  updateStaffAccount: {
    summary: 'Rename, change the role, deactivate or reset the password of an account (admin)',
    description: 'A new password or a deactivation ends the account’s sessions; a deactivation revokes its tokens.',
    params: { id: opaqueId('Account id') },
    body: StaffAccountUpdate,
    responses: { 200: json(StaffAccount, 'The account') },
    errors: { 409: ['`last_admin`: the last active administrator'] },
  },
  listApiTokens: { summary: 'The caller’s personal API tokens', responses: { 200: json(ApiTokenList, 'The tokens (never their secret)') } },
  createApiToken: {
    summary: 'Create a personal API token: its secret is shown in this answer only',
    body: ApiTokenInput,
    responses: { 201: json(CreatedApiToken, 'The token and its secret') },
    errors: { 400: ['`no_account`: the bootstrap token has no account'] },
  },
  revokeApiToken: {
    summary: 'Revoke a token (one’s own; an admin: anyone’s)',
    params: { id: opaqueId('Token id') },
    responses: { 204: noContent },
  },
  listAudit: {
    summary: 'The audit trail, newest first, filtered',
    query: {
      ...auditFilters,
      cursor: { schema: z.optional(z.string().check(z.regex(/^[1-9][0-9]{0,17}$/))), description: 'A `nextCursor` of a previous page' },
      limit: {
        schema: z.optional(z.string().check(z.regex(/^[0-9]{1,3}$/))),
        description: `Entries per page, 1 to ${AUDIT_PAGE_SIZE_MAX}`,
        documented: { type: 'integer', minimum: 1, maximum: AUDIT_PAGE_SIZE_MAX, default: AUDIT_PAGE_SIZE_DEFAULT },
      },
    },
    responses: { 200: json(AuditEntryList, 'A page of entries') },
  },
  exportAudit: {
    summary: 'The audit trail as CSV, filtered',
    query: auditFilters,
    responses: { 200: { mediaType: 'text/csv', description: 'Id, time, actor, action, resource, summary' } },
  },
  getCommuneSettings: { summary: 'The commune’s settings', responses: { 200: json(CommuneSettings, 'The settings') } },
  updateCommuneSettings: {
    summary: 'Replace the commune’s settings (admin)',
    body: CommuneSettingsInput,
    responses: { 200: json(CommuneSettings, 'The settings') },
  },
  getDashboard: {
    summary: 'Open petitions and consultations, this month’s satisfaction, what awaits moderation',
    responses: { 200: json(Dashboard, 'The dashboard') },
  },
  listPetitionsForStaff: {
    summary: 'Every petition with exact counts and the legal deadline (staff)',
    responses: { 200: json(AdminPetitionList, 'The petitions') },
  },
  getPetitionForStaff: {
    summary: 'One petition with exact counts and the legal deadline (staff)',
    params: { id: { schema: Id, description: 'Petition identifier, e.g. `bab-zorgan-lane-lighting`' } },
    responses: { 200: json(AdminPetitionSummary, 'The petition, as the list gives it') },
  },
  listConsultationsForStaff: {
    summary: 'Every consultation with its response count (staff)',
    responses: { 200: json(AdminConsultationList, 'The consultations') },
  },
  listChartersForStaff: {
    summary: 'Every charter with its adhesion counts (staff)',
    responses: { 200: json(AdminCharterList, 'The charters') },
  },
} as const satisfies Record<keyof typeof staffOperations, RouteSchemas>;
