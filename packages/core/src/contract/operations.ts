import { API_PREFIX } from './http.js';
import type { StaffRole } from './staff-roles.js';
import { staffOperations } from './staff-operations.js';
import { suggestionsOperations } from './suggestions-operations.js';
import { actionPlanOperations } from './action-plan-operations.js';
import { meetingOperations } from './meeting-operations.js';

/*
 * The route table, zod-free half: every operation of the `/v1` contract once, with what
 * a client and the server's plumbing need to know about it. Its other half,
 * `route-schemas.ts`, gives each operation (same keys, checked by the compiler) its
 * parameters, body, answers and errors as zod schemas. The server mounts its routes,
 * validation, authorization, proof of work and rate limits from both; the OpenAPI
 * document is generated from both; `HttpBackend` builds its URLs from this one. A test
 * checks that served routes, this table and the OpenAPI paths are the same set.
 *
 * Each operation is its own export, so a bundle holds only the operations it calls.
 * To add one: export it here, list it in `operations`, give it its schemas in
 * `route-schemas.ts`, and serve it with the server's `OperationRouter`.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Which shared budget a public submission counts against (429 with Retry-After past it). */
export type RateLimitKind = 'ratings' | 'submissions';

export interface Operation {
  readonly method: HttpMethod;
  /** An OpenAPI path template, `{name}` per path parameter. */
  readonly path: `${typeof API_PREFIX}/${string}`;
  /**
   * `public`: anyone, without credentials, from any origin. Otherwise a staff route
   * (same origin only) and the roles allowed besides `admin`, who may call everything.
   */
  readonly auth: 'public' | readonly StaffRole[];
  /** Needs a solved proof of work (when the server has proof of work on). */
  readonly proof?: boolean;
  /** Writes at most once per `Idempotency-Key`. */
  readonly idempotent?: boolean;
  readonly rateLimit?: RateLimitKind;
  /**
   * A public GET whose answer no cache may keep (it is about now, or a download).
   * Every other public GET answers 200 with `Cache-Control: public, max-age=…,
   * stale-while-revalidate=…` (`PUBLIC_MAX_AGE_SECONDS`, `PUBLIC_STALE_SECONDS`) and a
   * weak `ETag`, and 304 without a body to a matching `If-None-Match`.
   */
  readonly uncached?: boolean;
}

const op = <const O extends Operation>(operation: O): O => operation;

// Server

export const getHealth = op({ method: 'GET', path: '/v1/health', auth: 'public', uncached: true });
export const getOpenApiDocument = op({ method: 'GET', path: '/v1/openapi.json', auth: 'public' });
/** Served only while the server has proof of work on: a 404 means "submit without a proof". */
export const getChallenge = op({ method: 'GET', path: '/v1/challenge', auth: 'public', uncached: true });

// Satisfaction

export const listServices = op({ method: 'GET', path: '/v1/services', auth: 'public' });
export const getService = op({ method: 'GET', path: '/v1/services/{id}', auth: 'public' });
export const rateService = op({
  method: 'POST',
  path: '/v1/services/{id}/ratings',
  auth: 'public',
  proof: true,
  idempotent: true,
  rateLimit: 'ratings',
});
export const addRatingDetails = op({
  method: 'POST',
  path: '/v1/services/{id}/ratings/details',
  auth: 'public',
  proof: true,
  idempotent: true,
  rateLimit: 'ratings',
});
export const getServiceSummary = op({ method: 'GET', path: '/v1/services/{id}/summary', auth: 'public' });
export const upsertService = op({ method: 'POST', path: '/v1/admin/services', auth: ['editor'], idempotent: true });
export const listServiceRatings = op({ method: 'GET', path: '/v1/admin/services/{id}/ratings', auth: ['editor', 'moderator'] });
export const exportServiceRatings = op({ method: 'GET', path: '/v1/admin/services/{id}/ratings.csv', auth: ['editor', 'moderator'] });
export const hideRatingComment = op({ method: 'POST', path: '/v1/admin/ratings/{id}/hide', auth: ['moderator'], idempotent: true });
export const unhideRatingComment = op({ method: 'POST', path: '/v1/admin/ratings/{id}/unhide', auth: ['moderator'], idempotent: true });

// Petitions

export const listPetitions = op({ method: 'GET', path: '/v1/petitions', auth: 'public' });
export const getPetition = op({ method: 'GET', path: '/v1/petitions/{id}', auth: 'public' });
export const signPetition = op({
  method: 'POST',
  path: '/v1/petitions/{id}/signatures',
  auth: 'public',
  proof: true,
  idempotent: true,
  rateLimit: 'submissions',
});
export const upsertPetition = op({ method: 'POST', path: '/v1/admin/petitions', auth: ['editor'], idempotent: true });
export const changePetitionStatus = op({
  method: 'POST',
  path: '/v1/admin/petitions/{id}/status',
  auth: ['petitions-officer'],
  idempotent: true,
});
export const recordPaperSignatures = op({
  method: 'POST',
  path: '/v1/admin/petitions/{id}/paper-signatures',
  auth: ['petitions-officer'],
  idempotent: true,
});
export const exportPetitionSignatures = op({ method: 'GET', path: '/v1/admin/petitions/{id}/signatures.csv', auth: ['petitions-officer'] });
export const printPetitionSignatures = op({ method: 'GET', path: '/v1/admin/petitions/{id}/signatures.html', auth: ['petitions-officer'] });

// Consultations

export const listConsultations = op({ method: 'GET', path: '/v1/consultations', auth: 'public' });
export const getConsultation = op({ method: 'GET', path: '/v1/consultations/{id}', auth: 'public' });
export const respondToConsultation = op({
  method: 'POST',
  path: '/v1/consultations/{id}/responses',
  auth: 'public',
  proof: true,
  idempotent: true,
  rateLimit: 'submissions',
});
export const getConsultationResults = op({ method: 'GET', path: '/v1/consultations/{id}/results', auth: 'public' });
export const upsertConsultation = op({ method: 'POST', path: '/v1/admin/consultations', auth: ['editor'], idempotent: true });
export const publishConsultationResults = op({
  method: 'POST',
  path: '/v1/admin/consultations/{id}/results-publication',
  auth: ['editor'],
  idempotent: true,
});
export const publishConsultationText = op({
  method: 'POST',
  path: '/v1/admin/consultations/{id}/published-texts',
  auth: ['moderator'],
  idempotent: true,
});
export const getConsultationResultsForStaff = op({
  method: 'GET',
  path: '/v1/admin/consultations/{id}/results',
  auth: ['editor', 'moderator', 'viewer'],
});
export const exportConsultationResponses = op({
  method: 'GET',
  path: '/v1/admin/consultations/{id}/responses',
  auth: ['editor', 'moderator'],
});
export const exportConsultationResponsesCsv = op({
  method: 'GET',
  path: '/v1/admin/consultations/{id}/responses.csv',
  auth: ['editor', 'moderator'],
});

// Charters

export const listCharters = op({ method: 'GET', path: '/v1/charters', auth: 'public' });
export const getCharter = op({ method: 'GET', path: '/v1/charters/{id}', auth: 'public' });
export const getCharterVersion = op({ method: 'GET', path: '/v1/charters/{id}/versions/{n}', auth: 'public' });
export const getCharterAdhesions = op({ method: 'GET', path: '/v1/charters/{id}/adhesions', auth: 'public' });
export const adhereToCharter = op({
  method: 'POST',
  path: '/v1/charters/{id}/adhesions',
  auth: 'public',
  proof: true,
  idempotent: true,
  rateLimit: 'submissions',
});
export const createCharter = op({ method: 'POST', path: '/v1/admin/charters', auth: ['editor'], idempotent: true });
export const addCharterVersion = op({ method: 'POST', path: '/v1/admin/charters/{id}/versions', auth: ['editor'], idempotent: true });
export const setCharterStatus = op({ method: 'POST', path: '/v1/admin/charters/{id}/status', auth: ['editor'], idempotent: true });
export const listCharterAdhesions = op({ method: 'GET', path: '/v1/admin/charters/{id}/adhesions', auth: ['moderator'] });
export const exportCharterAdhesions = op({ method: 'GET', path: '/v1/admin/charters/{id}/adhesions.csv', auth: ['moderator'] });
export const hideCharterAdhesion = op({
  method: 'POST',
  path: '/v1/admin/charter-adhesions/{reference}/hide',
  auth: ['moderator'],
  idempotent: true,
});
export const unhideCharterAdhesion = op({
  method: 'POST',
  path: '/v1/admin/charter-adhesions/{reference}/unhide',
  auth: ['moderator'],
  idempotent: true,
});

/** The whole table, by operation id (the OpenAPI `operationId`). */
export const operations = {
  getHealth,
  getOpenApiDocument,
  getChallenge,
  listServices,
  getService,
  rateService,
  addRatingDetails,
  getServiceSummary,
  upsertService,
  listServiceRatings,
  exportServiceRatings,
  hideRatingComment,
  unhideRatingComment,
  listPetitions,
  getPetition,
  signPetition,
  upsertPetition,
  changePetitionStatus,
  recordPaperSignatures,
  exportPetitionSignatures,
  printPetitionSignatures,
  listConsultations,
  getConsultation,
  respondToConsultation,
  getConsultationResults,
  upsertConsultation,
  publishConsultationResults,
  publishConsultationText,
  getConsultationResultsForStaff,
  exportConsultationResponses,
  exportConsultationResponsesCsv,
  listCharters,
  getCharter,
  getCharterVersion,
  getCharterAdhesions,
  adhereToCharter,
  createCharter,
  addCharterVersion,
  setCharterStatus,
  listCharterAdhesions,
  exportCharterAdhesions,
  hideCharterAdhesion,
  unhideCharterAdhesion,
  ...staffOperations,
  ...suggestionsOperations,
  ...actionPlanOperations,
  ...meetingOperations,
} as const satisfies Record<string, Operation>;

export type Operations = typeof operations;
export type OperationId = keyof Operations;

/** `{ id: string; n: string }` for `/v1/charters/{id}/versions/{n}`. */
export type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? { [K in Name | keyof PathParams<Rest>]: string }
  : Record<never, string>;

/** The operation's path with its parameters filled in (each URL-encoded), relative to the client's `endpoint` (which ends in `/v1`). */
export function operationUrl<O extends Operation>(operation: O, params: PathParams<O['path']>): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent((params as Record<string, string>)[name]!));
  return path.slice(API_PREFIX.length + 1);
}

/** True for operations any visitor may call: no credentials, any origin. */
export const isPublic = (operation: Operation): boolean => operation.auth === 'public';
