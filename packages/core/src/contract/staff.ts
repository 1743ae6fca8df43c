import * as z from 'zod/mini';
import { Id, LocalizedText, Timestamp, listOf } from './common.js';
import { CharterStatus } from './charter.js';
import { ConsultationStatus } from './consultation.js';
import { DEFAULT_THRESHOLDS, type PopulationCategory } from './petition-rules.js';
import { PetitionStatus } from './petition.js';
import { signIn, staffOperations } from './staff-operations.js';
import { SuggestionsDashboard } from './suggestions.js';

export { signIn, staffOperations };
import { STAFF_ROLES, type StaffRole } from './staff-roles.js';

/*
 * The staff API (issue "Commune console"): sign-in and sessions, staff accounts, personal
 * API tokens, the audit trail, commune settings, the dashboard and the lists staff work
 * from. Every route is under `/v1/admin/`; `STAFF_ENDPOINTS` below names the roles allowed
 * to call each one.
 */

/**
 * The session cookie. `__Host-` makes the browser insist on `Secure`, `Path=/` and no
 * `Domain`, so no other host (a sibling subdomain included) can set or overwrite it.
 * Browsers accept `Secure` cookies from http://localhost and http://127.0.0.1; any other
 * host must be served over HTTPS for sign-in to work.
 */
export const STAFF_SESSION_COOKIE = '__Host-mocharaka-staff';

/**
 * Every state-changing request made with the session cookie carries the session's CSRF
 * token (from `StaffSession.csrfToken`) in this header. Requests with a bearer token do
 * not need it: a browser never attaches a bearer token by itself.
 */
export const STAFF_CSRF_HEADER = 'X-Mocharaka-CSRF';

/** A session ends after this long without a request… */
export const SESSION_IDLE_MINUTES = 60;
/** …and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_HOURS = 12;

/** Long passphrases are welcome; the upper bound only keeps hashing cheap to refuse. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const DISPLAY_NAME_MAX = 120;
export const EMAIL_MAX = 254;
export const TOKEN_NAME_MAX = 80;
/** Personal API tokens start with this, so a leaked one is recognisable (secret scanners). */
export const API_TOKEN_PREFIX = 'mch_';
export const API_TOKEN_MAX_DAYS = 366;
export const AUDIT_PAGE_SIZE_MAX = 200;
export const AUDIT_PAGE_SIZE_DEFAULT = 50;
export const RETENTION_DAYS_MAX = 3650;
export const EMBEDDING_ORIGINS_MAX = 50;

export const StaffRoleSchema = z.enum(STAFF_ROLES);

export const StaffEmail = z.string().check(z.trim(), z.toLowerCase(), z.maxLength(EMAIL_MAX), z.email());
export const Password = z.string().check(z.minLength(PASSWORD_MIN_LENGTH), z.maxLength(PASSWORD_MAX_LENGTH));
const DisplayName = z.string().check(z.trim(), z.minLength(1), z.maxLength(DISPLAY_NAME_MAX));
/** Server-generated ids (accounts, tokens, audit entries): opaque strings. */
const OpaqueId = z.string().check(z.minLength(1), z.maxLength(64));

// Sign-in and session

/** `POST /v1/admin/session`. A wrong e-mail and a wrong password get the same 401. */
export const SignInInput = z.strictObject({
  email: StaffEmail,
  /** Not checked against the length rules here: an old password may predate them. */
  password: z.string().check(z.minLength(1), z.maxLength(PASSWORD_MAX_LENGTH)),
});
export type SignInInput = z.input<typeof SignInInput>;

/** Who is calling, as `GET /v1/admin/session` and a successful sign-in answer. */
export const StaffSession = z.object({
  account: z.object({ id: OpaqueId, email: z.string(), displayName: z.string(), role: StaffRoleSchema }),
  /** How the caller authenticated: the console's cookie, a personal API token, or the bootstrap token. */
  via: z.enum(['session', 'token', 'bootstrap']),
  /** Only for `session`: send it in `STAFF_CSRF_HEADER` with every POST, PUT, PATCH and DELETE. */
  csrfToken: z.optional(z.string()),
  /** Only for `session`: when the session ends at the latest (absolute expiry). */
  expiresAt: z.optional(Timestamp),
});
export type StaffSession = z.infer<typeof StaffSession>;

/** `POST /v1/admin/session/password`: ends every other session of the account. */
export const PasswordChangeInput = z.strictObject({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(PASSWORD_MAX_LENGTH)),
  newPassword: Password,
});
export type PasswordChangeInput = z.input<typeof PasswordChangeInput>;

// Staff accounts (admin)

export const StaffAccount = z.object({
  id: OpaqueId,
  email: z.string(),
  displayName: z.string(),
  role: StaffRoleSchema,
  /** A deactivated account cannot sign in; its sessions and tokens are ended. */
  active: z.boolean(),
  createdAt: Timestamp,
  lastSignInAt: z.optional(Timestamp),
});
export type StaffAccount = z.infer<typeof StaffAccount>;

export const StaffAccountList = listOf(StaffAccount);
export type StaffAccountList = z.infer<typeof StaffAccountList>;

/** `POST /v1/admin/staff`: the administrator chooses a first password and hands it over; its owner changes it. */
export const StaffAccountInput = z.strictObject({
  email: StaffEmail,
  displayName: DisplayName,
  role: StaffRoleSchema,
  password: Password,
});
export type StaffAccountInput = z.input<typeof StaffAccountInput>;

/**
 * `PATCH /v1/admin/staff/{id}`: absent fields are left as they are. A new password or a
 * deactivation ends the account's sessions (and deactivation its tokens). The last active
 * administrator can be neither demoted nor deactivated (409 `last_admin`).
 */
export const StaffAccountUpdate = z.strictObject({
  displayName: z.optional(DisplayName),
  role: z.optional(StaffRoleSchema),
  active: z.optional(z.boolean()),
  password: z.optional(Password),
});
export type StaffAccountUpdate = z.input<typeof StaffAccountUpdate>;

// Personal API tokens (every role; a token acts with its owner's current role)

export const ApiToken = z.object({
  id: OpaqueId,
  name: z.string(),
  /** The first characters of the secret, to tell tokens apart. */
  prefix: z.string(),
  createdAt: Timestamp,
  expiresAt: z.optional(Timestamp),
  lastUsedAt: z.optional(Timestamp),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenList = listOf(ApiToken);
export type ApiTokenList = z.infer<typeof ApiTokenList>;

/** `POST /v1/admin/tokens`. */
export const ApiTokenInput = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(TOKEN_NAME_MAX)),
  /** Absent: the token lasts until revoked. */
  expiresInDays: z.optional(z.int().check(z.gte(1), z.lte(API_TOKEN_MAX_DAYS))),
});
export type ApiTokenInput = z.input<typeof ApiTokenInput>;

/** The answer to `POST /v1/admin/tokens`: the only time `secret` is ever shown. Use it as `Authorization: Bearer <secret>`. */
export const CreatedApiToken = z.object({ token: ApiToken, secret: z.string() });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;

// Audit trail (read by every role; written by the server only, append-only)

export const AUDIT_RESOURCE_TYPES = [
  'petition',
  'consultation',
  'charter',
  'charter-adhesion',
  'service',
  'rating',
  'staff-account',
  'api-token',
  'commune',
  'action-plan',
  'action-plan-comment',
  'suggestion',
  'meeting',
] as const;
export const AuditResourceType = z.enum(AUDIT_RESOURCE_TYPES);
export type AuditResourceType = z.infer<typeof AuditResourceType>;

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'status_change',
  'paper_signatures',
  'new_version',
  'results_publication',
  'text_publication',
  'hide',
  'unhide',
  'sign_in',
  'sign_out',
  'sign_out_everywhere',
  'password_change',
  'revoke',
  'import',
  'assign',
  'answer',
  'merge',
  'attendance',
  'minutes_publication',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z.object({
  id: z.string(),
  at: Timestamp,
  actor: z.object({
    /** `bootstrap` for the bootstrap token. */
    id: z.string(),
    displayName: z.string(),
    via: z.enum(['session', 'token', 'bootstrap', 'cli']),
  }),
  action: AuditAction,
  resourceType: AuditResourceType,
  resourceId: z.string(),
  /**
   * What changed, as field → new value (or a short description); never a citizen's
   * personal data. E.g. `{ "status": "deposited", "note": {...} }`, `{ "count": 120 }`.
   */
  summary: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditEntryList = listOf(AuditEntry);
export type AuditEntryList = z.infer<typeof AuditEntryList>;

/**
 * Query of `GET /v1/admin/audit` and `GET /v1/admin/audit.csv`, every field optional:
 * `actor` (account id), `resourceType`, `resourceId`, `action`, `from`/`to` (ISO
 * timestamps, `from` included, `to` excluded), `cursor` (a `nextCursor`), `limit`
 * (1–200, JSON only). Newest first.
 */
export const AuditQuery = z.strictObject({
  actor: z.optional(OpaqueId),
  resourceType: z.optional(AuditResourceType),
  resourceId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  action: z.optional(AuditAction),
  from: z.optional(Timestamp),
  to: z.optional(Timestamp),
  cursor: z.optional(z.string().check(z.regex(/^[1-9][0-9]{0,17}$/))),
  limit: z.optional(z.string().check(z.regex(/^[0-9]{1,3}$/))),
});
export type AuditQuery = z.input<typeof AuditQuery>;

// Commune settings

export const POPULATION_CATEGORIES = Object.keys(DEFAULT_THRESHOLDS) as [PopulationCategory, ...PopulationCategory[]];
export const PopulationCategorySchema = z.enum(POPULATION_CATEGORIES);

/** An origin such as `https://www.commune.ma` (scheme, host, optional port; no path). */
export const WebOrigin = z.string().check(z.maxLength(200), z.regex(/^https?:\/\/[a-z0-9.-]+(?::[0-9]{1,5})?$/));

/** `GET /v1/admin/settings` (every role). */
export const CommuneSettings = z.object({
  id: Id,
  name: LocalizedText,
  populationCategory: PopulationCategorySchema,
  /** The legal signature threshold of that category (organic law 113.14). */
  signatureThreshold: z.int().check(z.gte(1)),
  /** Sites allowed to embed the elements and call the public API from the browser. */
  embeddingOrigins: z.array(z.string()),
  /** Days after a petition closes before its signatories' personal data is erased. */
  retentionDays: z.int().check(z.gte(1)),
});
export type CommuneSettings = z.infer<typeof CommuneSettings>;

/** `PUT /v1/admin/settings` (admin): the whole settings, replaced. */
export const CommuneSettingsInput = z.strictObject({
  name: LocalizedText,
  populationCategory: PopulationCategorySchema,
  embeddingOrigins: z.array(WebOrigin).check(z.maxLength(EMBEDDING_ORIGINS_MAX)),
  retentionDays: z.int().check(z.gte(1), z.lte(RETENTION_DAYS_MAX)),
});
export type CommuneSettingsInput = z.input<typeof CommuneSettingsInput>;

// Lists staff work from (every role)

/** `GET /v1/admin/petitions`: every petition, newest first, whatever its status. */
export const AdminPetitionSummary = z.object({
  id: Id,
  title: LocalizedText,
  status: PetitionStatus,
  opensAt: Timestamp,
  closesAt: Timestamp,
  /** Online plus paper signatures, exact (staff see no privacy delay). */
  signatureCount: z.int().check(z.gte(0)),
  paperSignatureCount: z.int().check(z.gte(0)),
  threshold: z.int().check(z.gte(1)),
  /** The bureau's legal deadline, once deposited: three months after the deposit. */
  answerDueAt: z.optional(Timestamp),
});
export type AdminPetitionSummary = z.infer<typeof AdminPetitionSummary>;
export const AdminPetitionList = listOf(AdminPetitionSummary);
export type AdminPetitionList = z.infer<typeof AdminPetitionList>;

/** `GET /v1/admin/consultations`. */
export const AdminConsultationSummary = z.object({
  id: Id,
  title: LocalizedText,
  status: ConsultationStatus,
  opensAt: Timestamp,
  closesAt: Timestamp,
  responseCount: z.int().check(z.gte(0)),
  resultsPublished: z.boolean(),
});
export type AdminConsultationSummary = z.infer<typeof AdminConsultationSummary>;
export const AdminConsultationList = listOf(AdminConsultationSummary);
export type AdminConsultationList = z.infer<typeof AdminConsultationList>;

/** `GET /v1/admin/charters`. */
export const AdminCharterSummary = z.object({
  id: Id,
  title: LocalizedText,
  status: CharterStatus,
  version: z.int().check(z.gte(1)),
  adhesionCount: z.int().check(z.gte(0)),
  hiddenAdhesionCount: z.int().check(z.gte(0)),
});
export type AdminCharterSummary = z.infer<typeof AdminCharterSummary>;
export const AdminCharterList = listOf(AdminCharterSummary);
export type AdminCharterList = z.infer<typeof AdminCharterList>;

// Dashboard (every role)

/** How many days back the dashboard's moderation counts look. */
export const MODERATION_WINDOW_DAYS = 7;

/** `GET /v1/admin/dashboard`. */
export const Dashboard = z.object({
  /** Petitions collecting, deposited or under review. */
  petitions: z.array(AdminPetitionSummary),
  /** Consultations upcoming or open. */
  consultations: z.array(AdminConsultationSummary),
  /** This calendar month (Africa/Casablanca), per service. */
  satisfaction: z.object({
    month: z.string().check(z.regex(/^[0-9]{4}-[0-9]{2}$/)),
    services: z.array(
      z.object({
        id: Id,
        name: LocalizedText,
        ratingCount: z.int().check(z.gte(0)),
        /** Mean level 1–5; absent without ratings. */
        average: z.optional(z.number()),
      }),
    ),
  }),
  /** What staff may want to look at, since `since` (`MODERATION_WINDOW_DAYS` ago). */
  moderation: z.object({
    since: Timestamp,
    /** Rating comments written and not hidden. */
    ratingComments: z.int().check(z.gte(0)),
    /** Charter adhesions received and not hidden. */
    charterAdhesions: z.int().check(z.gte(0)),
    /** Free-text answers of consultations, none of them published yet. */
    freeTextAnswers: z.int().check(z.gte(0)),
  }),
  /** Suggestions waiting and time to answer per topic. */
  suggestions: z.optional(SuggestionsDashboard),
});
export type Dashboard = z.infer<typeof Dashboard>;

// Who may call what

/**
 * The staff API's endpoints as the server's router writes them (`:id`), with their roles
 * from the route table (`staff-operations.ts`); `public` marks the sign-in, the one
 * callable without credentials.
 */
export const STAFF_ENDPOINTS = Object.values(staffOperations).map((operation) => ({
  method: operation.method,
  path: operation.path.replace(/\{(\w+)\}/g, ':$1'),
  roles: (operation === signIn ? 'public' : operation.auth) as 'public' | readonly StaffRole[],
}));
