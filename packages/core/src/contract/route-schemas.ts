import * as z from 'zod/mini';
import { AdminRating, AdminRatingList, ServiceInput } from './admin.js';
import {
  AdhesionInput,
  AdhesionReceipt,
  AdminAdhesion,
  AdminAdhesionList,
  Charter,
  CharterAdhesions,
  CharterInput,
  CharterList,
  CharterStatusInput,
  CharterVersionInput,
} from './charter.js';
import { Health, Id } from './common.js';
import {
  AdminConsultationResponses,
  Consultation,
  ConsultationInput,
  ConsultationList,
  ConsultationReceipt,
  ConsultationResponseInput,
  ConsultationResults,
  PublishTextInput,
  ResultsPublicationInput,
} from './consultation.js';
import type { OperationId, Operations, PathParams } from './operations.js';
import {
  PaperSignaturesInput,
  Petition,
  PetitionInput,
  PetitionList,
  PetitionStatus,
  SignatureInput,
  SignatureReceipt,
  StatusChangeInput,
} from './petition.js';
import { NATIONAL_ID_PATTERN } from './national-id.js';
import { ProofChallenge } from './proof-of-work.js';
import { staffRouteSchemas } from './staff-route-schemas.js';
import { suggestionsRouteSchemas } from './suggestions-route-schemas.js';
import { actionPlanRouteSchemas } from './action-plan-route-schemas.js';
import { meetingRouteSchemas } from './meeting-route-schemas.js';
import { RatingDetailsInput, RatingInput, RatingReceipt, Service, ServiceList, ServiceSummary } from './satisfaction.js';

/*
 * The route table, schema half (see `operations.ts`): for each operation, what the
 * OpenAPI document says of it and what the server validates. The errors every
 * operation of a kind can answer (405, 500; 401/403 on staff routes; 404 for a path
 * parameter that matches no resource; 400/413/415/422 with a body; 400/409/422 of
 * idempotency; 422 of the proof of work; 429 of a rate limit) follow from the
 * operation's flags; `errors` lists only what is particular to it.
 */

export type SuccessStatus = 200 | 201 | 204;
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500;

type StringSchema = z.ZodMiniType<string, string>;

export interface PathParameter {
  /** A value failing it matches no resource: 404 `not_found`, before any lookup. */
  readonly schema: StringSchema;
  readonly description: string;
}

export interface QueryParameter {
  readonly schema: z.ZodMiniType<unknown, string | undefined>;
  readonly description?: string;
  /** The answer to a value the schema refuses; by default 422 `validation_failed` with the parameter in `fields`. */
  readonly invalid?: { readonly status: 400 | 422; readonly code: string; readonly message: string };
  /** How the document describes it, when that is not what the schema gives (a number sent as text). */
  readonly documented?: Record<string, unknown>;
}

export interface Answer {
  readonly description: string;
  /** A JSON answer's schema; absent with `mediaType`. */
  readonly schema?: z.ZodMiniType;
  /** A file (CSV, HTML) instead of JSON. */
  readonly mediaType?: string;
}

export interface RouteSchemas {
  readonly summary: string;
  readonly description?: string;
  readonly params?: Readonly<Record<string, PathParameter>>;
  readonly query?: Readonly<Record<string, QueryParameter>>;
  /** The JSON body, validated before the handler runs. */
  readonly body?: z.ZodMiniType;
  readonly responses: Readonly<Partial<Record<SuccessStatus, Answer>>>;
  /** Causes particular to this operation, each `` `code` `` with a few words. */
  readonly errors?: Readonly<Partial<Record<ErrorStatus, readonly string[]>>>;
}

/** Every operation's path parameters are exactly those of its path. */
type TableOf<Ids extends OperationId> = {
  readonly [K in Ids]: RouteSchemas &
    ([keyof PathParams<Operations[K]['path']>] extends [never]
      ? { readonly params?: undefined }
      : { readonly params: { readonly [P in keyof PathParams<Operations[K]['path']>]: PathParameter } });
};

const json = (schema: z.ZodMiniType, description: string): Answer => ({ schema, description });
const file = (mediaType: string, description: string): Answer => ({ mediaType, description });

const id = (description: string): PathParameter => ({ schema: Id, description });
const serviceId = { id: id('Service identifier, e.g. `civil-status`') };
const petitionId = { id: id('Petition identifier, e.g. `bab-zorgan-lane-lighting`') };
const consultationId = { id: id('Consultation identifier, e.g. `action-programme-priorities`') };
const charterId = { id: id('Charter identifier, e.g. `taroudant-participation`') };
const ratingId = {
  id: { schema: z.string().check(z.regex(/^[1-9][0-9]{0,17}$/)), description: 'Rating identifier (the `id` of an AdminRating)' },
};
const adhesionReference = {
  reference: {
    schema: z.string().check(z.regex(/^ADH-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/)),
    description: 'The receipt reference, `ADH-XXXX-XXXX-XXXX`',
  },
};

/** Staff exports' language; anything but `fr` is Arabic. */
const exportLanguage = {
  lang: {
    schema: z.optional(z.string()),
    description: 'Language of the headings and labels: `fr` for French, anything else Arabic',
    documented: { type: 'string', enum: ['ar', 'fr'], default: 'ar' },
  },
} satisfies Record<string, QueryParameter>;

export const RATINGS_PAGE_SIZE_DEFAULT = 50;
export const RATINGS_PAGE_SIZE_MAX = 200;

const consultationAnswered = json(Consultation, 'Done');

export const routeSchemas = {
  getHealth: { summary: 'Server and database status', responses: { 200: json(Health, 'The server is up') } },
  getOpenApiDocument: {
    summary: 'This document',
    responses: { 200: json(z.record(z.string(), z.unknown()), 'The OpenAPI document') },
  },
  getChallenge: {
    summary: 'A proof-of-work challenge to solve before a public submission',
    description:
      'ALTCHA-style, no third party. Find the `number` (0 to `maxNumber`) with `hex(sha256(salt + number))` = ' +
      '`challenge`, and send base64 of the JSON `{ algorithm, challenge, number, salt, signature }` in `Mocharaka-Proof`. ' +
      'The salt ends in `?expires=<unix seconds>` (10 minutes). 404 when the server runs with proof of work off: ' +
      'submit without the header.',
    query: {
      resource: {
        schema: z.optional(z.string()),
        description:
          'The submission path the proof is for (e.g. `/v1/petitions/{id}/signatures`): the challenge is bound to it and ' +
          'as hard as its current load requires (`fields.resource: invalid_value` when it is not a public submission path)',
      },
    },
    responses: { 200: json(ProofChallenge, 'A signed challenge, never cached') },
    errors: { 404: ['`not_found`: this server asks no proof of work'] },
  },

  listServices: {
    summary: 'The commune services citizens can rate, in display order',
    responses: { 200: json(ServiceList, 'The services') },
  },
  getService: { summary: 'One service', params: serviceId, responses: { 200: json(Service, 'The service') } },
  rateService: {
    summary: 'Rate a service (one tap, optional comment)',
    params: serviceId,
    body: RatingInput,
    responses: { 201: json(RatingReceipt, 'The rating was recorded') },
    errors: { 422: ['`fields.tags: invalid_value`: a tag the service does not offer'] },
  },
  addRatingDetails: {
    summary: 'Add tags and a comment to a rating posted less than an hour ago',
    description: '`ratingKey` is the Idempotency-Key the rating was posted with. Absent fields are left as they are.',
    params: serviceId,
    body: RatingDetailsInput,
    responses: { 200: json(RatingReceipt, 'The rating was updated') },
    errors: {
      404: ['`rating_not_found`: no rating with this key in the last hour'],
      422: ['`fields.tags: invalid_value`: a tag the service does not offer'],
    },
  },
  getServiceSummary: {
    summary: 'Count, mean and distribution of a service’s ratings',
    params: serviceId,
    responses: { 200: json(ServiceSummary, 'The summary') },
  },
  upsertService: {
    summary: 'Create or update a service (staff)',
    body: ServiceInput,
    responses: { 200: json(Service, 'The service was updated'), 201: json(Service, 'The service was created') },
    errors: { 409: ['`commune_missing`: no commune is configured yet'], 422: ['`fields.tags: invalid_value`: two tags with one id'] },
  },
  listServiceRatings: {
    summary: 'A service’s ratings with their comments, newest first (staff)',
    params: serviceId,
    query: {
      cursor: {
        schema: z.optional(z.string().check(z.regex(/^[1-9][0-9]{0,17}$/))),
        description: 'The `nextCursor` of the previous page',
        invalid: { status: 400, code: 'invalid_cursor', message: 'cursor must be a nextCursor returned by this endpoint' },
      },
      limit: {
        schema: z.optional(
          z.string().check(
            z.regex(/^[0-9]{1,3}$/),
            z.refine((value) => Number(value) >= 1 && Number(value) <= RATINGS_PAGE_SIZE_MAX),
          ),
        ),
        invalid: { status: 400, code: 'invalid_limit', message: `limit must be an integer from 1 to ${RATINGS_PAGE_SIZE_MAX}` },
        documented: { type: 'integer', minimum: 1, maximum: RATINGS_PAGE_SIZE_MAX, default: RATINGS_PAGE_SIZE_DEFAULT },
      },
    },
    responses: { 200: json(AdminRatingList, 'One page of ratings') },
  },
  exportServiceRatings: {
    summary: 'Every rating of a service as CSV (staff)',
    description:
      'UTF-8 with a BOM, oldest first. Columns: id, date (Africa/Casablanca, ISO 8601 with offset), level, tags ' +
      '(space-separated ids), channel, page, kiosk, comment, hidden. A hidden comment is an empty cell; a cell ' +
      'a spreadsheet could read as a formula is neutralised.',
    params: serviceId,
    responses: { 200: file('text/csv', 'The CSV file (`Content-Disposition: attachment`)') },
  },
  hideRatingComment: {
    summary: 'Hide an abusive comment: kept for the record, marked hidden, left out of exports (staff)',
    params: ratingId,
    responses: { 200: json(AdminRating, 'The rating, now hidden') },
  },
  unhideRatingComment: {
    summary: 'Show a hidden comment again (staff)',
    params: ratingId,
    responses: { 200: json(AdminRating, 'The rating, no longer hidden') },
  },

  listPetitions: {
    summary: 'The commune’s petitions with their public signature counts',
    query: { status: { schema: z.optional(PetitionStatus), description: 'Only the petitions in this status' } },
    responses: { 200: json(PetitionList, 'The petitions, most recently opened first') },
  },
  getPetition: {
    summary: 'One petition',
    description: '`signatureCount` counts online signatures made before the current 10-second window, plus paper ones.',
    params: petitionId,
    responses: { 200: json(Petition, 'The petition') },
  },
  signPetition: {
    summary: 'Sign a petition',
    description:
      'One signature per national ID. A second signature with an ID that already signed is not counted and gets ' +
      'the same answer as a first one (201, a fresh reference), so the API never tells whether an ID signed. ' +
      '`nationalId` is normalised (case, separators and leading zeros dropped, any digits made Latin) and must then ' +
      `match \`${NATIONAL_ID_PATTERN.source}\`.`,
    params: petitionId,
    body: SignatureInput,
    responses: { 201: json(SignatureReceipt, 'The signature was received') },
    errors: {
      409: ['`petition_closed`: outside the signing window or no longer collecting'],
      422: ['`fields.eligibility: invalid_value`: a basis the petition does not allow'],
    },
  },
  upsertPetition: {
    summary: 'Create or update a petition (staff)',
    body: PetitionInput,
    responses: { 200: json(Petition, 'The petition was updated'), 201: json(Petition, 'The petition was created, collecting') },
    errors: { 409: ['`commune_missing`: no commune is configured yet'], 422: ['`fields.closesAt: invalid_value`: not after `opensAt`'] },
  },
  changePetitionStatus: {
    summary: 'Record a dated status change (staff)',
    description: 'collecting → deposited → under_review → accepted | rejected; accepted → answered.',
    params: petitionId,
    body: StatusChangeInput,
    responses: { 200: json(Petition, 'The status changed') },
    errors: {
      409: ['`invalid_transition`: the change does not follow from the current status'],
      422: ['`fields.at: invalid_value`: the change predates the previous one'],
    },
  },
  recordPaperSignatures: {
    summary: 'Add signatures collected on paper to the count (staff)',
    params: petitionId,
    body: PaperSignaturesInput,
    responses: { 201: json(Petition, 'Recorded') },
    errors: { 409: ['`petition_closed`: the petition is past its deposit'] },
  },
  exportPetitionSignatures: {
    summary: 'The signatories, decrypted, as CSV (staff)',
    params: petitionId,
    query: exportLanguage,
    responses: { 200: file('text/csv', 'Number, full name, national ID, address, eligibility basis, date') },
  },
  printPetitionSignatures: {
    summary: 'The printable list deposited with the president (staff)',
    params: petitionId,
    query: exportLanguage,
    responses: { 200: file('text/html', 'An HTML page for printing') },
  },

  listConsultations: {
    summary: 'The commune’s consultations, open, upcoming and closed',
    responses: { 200: json(ConsultationList, 'The consultations') },
  },
  getConsultation: {
    summary: 'A consultation: its window, documents and survey definition',
    params: consultationId,
    responses: { 200: json(Consultation, 'The consultation') },
  },
  respondToConsultation: {
    summary: 'Answer a consultation',
    description:
      'Validated against this consultation’s own survey (unknown question, wrong type, missing required answer ' +
      'given the conditions, too-long text → 422 with the question id in `fields`). One response per participant token.',
    params: consultationId,
    body: ConsultationResponseInput,
    responses: { 201: json(ConsultationReceipt, 'The response was recorded') },
    errors: {
      409: ['`consultation_closed`: outside the window', '`already_responded`: a second response with the same token'],
    },
  },
  getConsultationResults: {
    summary: 'Aggregated results, once the commune publishes them',
    params: consultationId,
    responses: { 200: json(ConsultationResults, 'Counts per question and the free texts staff published') },
    errors: { 404: ['`results_not_published`: the commune has not published them'] },
  },
  upsertConsultation: {
    summary: 'Create or update a consultation from its JSON definition (staff)',
    body: ConsultationInput,
    responses: { 200: json(Consultation, 'Updated'), 201: json(Consultation, 'Created') },
    errors: {
      409: ['`commune_missing`: no commune is configured yet'],
      422: ['`invalid_value` on a duplicate id, a condition on a later question, or a window that ends before it opens'],
    },
  },
  publishConsultationResults: {
    summary: 'Publish or withdraw the results (staff)',
    params: consultationId,
    body: ResultsPublicationInput,
    responses: { 200: consultationAnswered },
  },
  publishConsultationText: {
    summary: 'Publish or withdraw one free-text answer (staff)',
    params: consultationId,
    body: PublishTextInput,
    responses: { 200: json(PublishTextInput, 'Done') },
    errors: { 404: ['`not_found`: no such answer'], 422: ['`fields.questionId: invalid_value`: not a free-text question'] },
  },
  getConsultationResultsForStaff: {
    summary: 'Results with the profile statistics for the equality commission (staff)',
    params: consultationId,
    responses: { 200: json(ConsultationResults, 'The results') },
  },
  exportConsultationResponses: {
    summary: 'Every response as JSON (staff)',
    params: consultationId,
    responses: { 200: json(AdminConsultationResponses, 'The consultation and its responses') },
  },
  exportConsultationResponsesCsv: {
    summary: 'Every response as CSV (staff)',
    params: consultationId,
    responses: { 200: file('text/csv', 'One row per response') },
  },

  listCharters: {
    summary: 'The commune’s charters, with their status and current version',
    responses: { 200: json(CharterList, 'The charters') },
  },
  getCharter: {
    summary: 'A charter at its current version: its text, life cycle and version history',
    params: charterId,
    responses: { 200: json(Charter, 'The charter') },
  },
  getCharterVersion: {
    summary: 'A charter as it was at version `n`',
    params: { ...charterId, n: { schema: z.string().check(z.regex(/^[1-9][0-9]{0,5}$/)), description: 'Version number, from 1' } },
    responses: { 200: json(Charter, 'That version of the charter') },
  },
  getCharterAdhesions: {
    summary: 'Public adhesions: counts, and the names of adhering associations (never a citizen’s name or a contact)',
    params: charterId,
    responses: { 200: json(CharterAdhesions, 'Counts and association names') },
  },
  adhereToCharter: {
    summary: 'Adhere to an adopted charter, as an association or a citizen',
    params: charterId,
    body: AdhesionInput,
    responses: { 201: json(AdhesionReceipt, 'The adhesion was recorded') },
    errors: { 409: ['`charter_not_adopted`: the council has not adopted the charter yet'] },
  },
  createCharter: {
    summary: 'Create a charter, as a draft at version 1 (staff)',
    body: CharterInput,
    responses: { 201: json(Charter, 'The charter was created') },
    errors: { 409: ['`charter_exists`: a charter with this id exists', '`commune_missing`: no commune is configured yet'] },
  },
  addCharterVersion: {
    summary: 'Publish a new version of the text; its article-level changes are recorded (staff)',
    params: charterId,
    body: CharterVersionInput,
    responses: { 201: json(Charter, 'The new current version') },
  },
  setCharterStatus: {
    summary: 'Set the status, consultation window and council decisions (staff)',
    params: charterId,
    body: CharterStatusInput,
    responses: { 200: json(Charter, 'The charter') },
    errors: { 422: ['`fields.consultation.closesAt: invalid_value`: the window ends before it opens'] },
  },
  listCharterAdhesions: {
    summary: 'Every adhesion with its contact, hidden ones included (staff)',
    params: charterId,
    responses: { 200: json(AdminAdhesionList, 'The adhesions, oldest first') },
  },
  exportCharterAdhesions: {
    summary: 'The adhesions as CSV (staff)',
    params: charterId,
    responses: { 200: file('text/csv', 'Reference, kind, name, registration number, city, contact, hidden, date') },
  },
  hideCharterAdhesion: {
    summary: 'Hide an adhesion from the public list and counts (staff)',
    params: adhesionReference,
    responses: { 200: json(AdminAdhesion, 'The adhesion') },
  },
  unhideCharterAdhesion: {
    summary: 'Show a hidden adhesion again (staff)',
    params: adhesionReference,
    responses: { 200: json(AdminAdhesion, 'The adhesion') },
  },
  ...staffRouteSchemas,
  ...suggestionsRouteSchemas,
  ...actionPlanRouteSchemas,
  ...meetingRouteSchemas,
} as const satisfies TableOf<OperationId>;

export type RouteSchemaTable = typeof routeSchemas;
