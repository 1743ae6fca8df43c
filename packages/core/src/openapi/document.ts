import * as z from 'zod/mini';
import { AdminRating, AdminRatingList, ServiceInput } from '../contract/admin.js';
import { ErrorBody, Health, Id } from '../contract/common.js';
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
} from '../contract/charter.js';
import {
  AdminConsultationResponse,
  Consultation,
  ConsultationInput,
  ConsultationList,
  ConsultationReceipt,
  ConsultationResponseInput,
  ConsultationResults,
  PublishTextInput,
  ResultsPublicationInput,
} from '../contract/consultation.js';
import {
  PaperSignaturesInput,
  Petition,
  PetitionInput,
  PetitionList,
  PetitionStatus,
  SignatureInput,
  SignatureReceipt,
  StatusChangeInput,
} from '../contract/petition.js';
import { RatingDetailsInput, RatingInput, RatingReceipt, Service, ServiceList, ServiceSummary } from '../contract/satisfaction.js';

type JsonSchema = Record<string, unknown>;

/** Named schemas of the contract; request bodies are described as clients may send them. */
const components = {
  ErrorBody: { schema: ErrorBody, io: 'output' },
  Health: { schema: Health, io: 'output' },
  Service: { schema: Service, io: 'output' },
  ServiceList: { schema: ServiceList, io: 'output' },
  ServiceSummary: { schema: ServiceSummary, io: 'output' },
  RatingInput: { schema: RatingInput, io: 'input' },
  RatingDetailsInput: { schema: RatingDetailsInput, io: 'input' },
  RatingReceipt: { schema: RatingReceipt, io: 'output' },
  ServiceInput: { schema: ServiceInput, io: 'input' },
  AdminRatingList: { schema: AdminRatingList, io: 'output' },
  AdminRating: { schema: AdminRating, io: 'output' },
  Petition: { schema: Petition, io: 'output' },
  PetitionList: { schema: PetitionList, io: 'output' },
  SignatureInput: { schema: SignatureInput, io: 'input' },
  SignatureReceipt: { schema: SignatureReceipt, io: 'output' },
  PetitionInput: { schema: PetitionInput, io: 'input' },
  StatusChangeInput: { schema: StatusChangeInput, io: 'input' },
  PaperSignaturesInput: { schema: PaperSignaturesInput, io: 'input' },
  Charter: { schema: Charter, io: 'output' },
  CharterList: { schema: CharterList, io: 'output' },
  AdhesionInput: { schema: AdhesionInput, io: 'input' },
  AdhesionReceipt: { schema: AdhesionReceipt, io: 'output' },
  CharterAdhesions: { schema: CharterAdhesions, io: 'output' },
  CharterInput: { schema: CharterInput, io: 'input' },
  CharterVersionInput: { schema: CharterVersionInput, io: 'input' },
  CharterStatusInput: { schema: CharterStatusInput, io: 'input' },
  AdminAdhesion: { schema: AdminAdhesion, io: 'output' },
  AdminAdhesionList: { schema: AdminAdhesionList, io: 'output' },
  Consultation: { schema: Consultation, io: 'output' },
  ConsultationList: { schema: ConsultationList, io: 'output' },
  ConsultationResponseInput: { schema: ConsultationResponseInput, io: 'input' },
  ConsultationReceipt: { schema: ConsultationReceipt, io: 'output' },
  ConsultationResults: { schema: ConsultationResults, io: 'output' },
  ConsultationInput: { schema: ConsultationInput, io: 'input' },
  ResultsPublicationInput: { schema: ResultsPublicationInput, io: 'input' },
  PublishTextInput: { schema: PublishTextInput, io: 'input' },
  AdminConsultationResponse: { schema: AdminConsultationResponse, io: 'output' },
} as const;
type ComponentName = keyof typeof components;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request (`invalid_json`, `invalid_idempotency_key`, `invalid_cursor`, `invalid_limit`)',
  401: 'Missing or wrong admin token (`unauthorized`)',
  404: 'Unknown resource (`not_found`)',
  409: 'A request with the same Idempotency-Key is still being processed (`idempotency_in_progress`)',
  413: 'Body over 64 kB (`payload_too_large`)',
  415: 'Body not sent as application/json (`unsupported_media_type`)',
  422: 'Invalid fields (`validation_failed`, with `fields`), Idempotency-Key reused with another body (`idempotency_key_reused`), or a missing or refused proof of work on a public submission (`proof_required`, `proof_invalid`, `proof_expired`, `proof_used`)',
  429: 'Too many requests from this client or kiosk (`rate_limited`); retry after `Retry-After` seconds',
  500: 'Unexpected server error (`internal_error`)',
};

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

const json = (name: ComponentName, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});

const errors = (...statuses: number[]) =>
  Object.fromEntries(
    [...statuses, 500].map((status) => [String(status), json('ErrorBody', ERROR_DESCRIPTIONS[status] ?? 'Error')]),
  );

const serviceIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Service identifier, e.g. `civil-status`',
  schema: toSchema(Id, 'output'),
};

const ratingIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Rating identifier (the `id` of an AdminRating)',
  schema: { type: 'string', pattern: '^[1-9][0-9]{0,17}$' },
};

const petitionIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Petition identifier, e.g. `bab-zorgan-lane-lighting`',
  schema: toSchema(Id, 'output'),
};

const exportLanguageParameter = {
  name: 'lang',
  in: 'query',
  required: false,
  description: 'Language of the headings and labels',
  schema: { type: 'string', enum: ['ar', 'fr'], default: 'ar' },
};

const idempotencyKeyHeader = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes the POST safe to retry: the same key and body within 24 hours returns the first response and changes nothing.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

const proofHeader = {
  name: 'Mocharaka-Proof',
  in: 'header',
  required: false,
  description:
    'A solved proof-of-work challenge (`GET /v1/challenge`): base64 of the JSON `{ algorithm, challenge, number, salt, ' +
    'signature }`, where `number` makes `hex(sha256(salt + number))` equal `challenge`. Required when the server has ' +
    'proof of work on (the default); each is accepted once, and expires with its challenge. A retry with the same ' +
    'Idempotency-Key gets its first answer without a new proof. Refused: 422 `proof_required`, `proof_invalid`, ' +
    '`proof_expired` or `proof_used`.',
  schema: { type: 'string', maxLength: 1024 },
};

const jsonBody = (name: ComponentName) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });

const adminSecurity = [{ adminToken: [] }];

const charterIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Charter identifier, e.g. `taroudant-participation`',
  schema: toSchema(Id, 'output'),
};

const consultationIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Consultation identifier, e.g. `action-programme-priorities`',
  schema: toSchema(Id, 'output'),
};

/** The consultation part of the contract. */
function consultationPaths(): JsonSchema {
  const adminPost = (operationId: string, summary: string, body: ComponentName, ok: ComponentName) => ({
    post: {
      operationId,
      summary,
      security: adminSecurity,
      parameters: [consultationIdParameter, idempotencyKeyHeader],
      requestBody: jsonBody(body),
      responses: { '200': json(ok, 'Done'), ...errors(400, 401, 404, 413, 415, 422) },
    },
  });
  return {
    '/v1/consultations': {
      get: {
        operationId: 'listConsultations',
        summary: 'The commune’s consultations, open, upcoming and closed',
        responses: { '200': json('ConsultationList', 'The consultations'), ...errors() },
      },
    },
    '/v1/consultations/{id}': {
      get: {
        operationId: 'getConsultation',
        summary: 'A consultation: its window, documents and survey definition',
        parameters: [consultationIdParameter],
        responses: { '200': json('Consultation', 'The consultation'), ...errors(404) },
      },
    },
    '/v1/consultations/{id}/responses': {
      post: {
        operationId: 'respondToConsultation',
        summary: 'Answer a consultation',
        description:
          'Validated against this consultation’s own survey (unknown question, wrong type, missing required answer ' +
          'given the conditions, too-long text → 422 with the question id in `fields`). One response per participant token.',
        parameters: [consultationIdParameter, idempotencyKeyHeader, proofHeader],
        requestBody: jsonBody('ConsultationResponseInput'),
        responses: {
          '201': json('ConsultationReceipt', 'The response was recorded'),
          ...errors(400, 404, 409, 413, 415, 422, 429),
          '409': json('ErrorBody', 'Outside the window (`consultation_closed`), a second response with the same token (`already_responded`), or `idempotency_in_progress`'),
        },
      },
    },
    '/v1/consultations/{id}/results': {
      get: {
        operationId: 'getConsultationResults',
        summary: 'Aggregated results, once the commune publishes them',
        parameters: [consultationIdParameter],
        responses: {
          '200': json('ConsultationResults', 'Counts per question and the free texts staff published'),
          ...errors(404),
          '404': json('ErrorBody', 'Unknown consultation (`not_found`) or results not published (`results_not_published`)'),
        },
      },
    },
    '/v1/admin/consultations': {
      post: {
        operationId: 'upsertConsultation',
        summary: 'Create or update a consultation from its JSON definition (staff)',
        security: adminSecurity,
        parameters: [idempotencyKeyHeader],
        requestBody: jsonBody('ConsultationInput'),
        responses: {
          '200': json('Consultation', 'Updated'),
          '201': json('Consultation', 'Created'),
          ...errors(400, 401, 409, 413, 415, 422),
        },
      },
    },
    '/v1/admin/consultations/{id}/results-publication': adminPost('publishConsultationResults', 'Publish or withdraw the results (staff)', 'ResultsPublicationInput', 'Consultation'),
    '/v1/admin/consultations/{id}/published-texts': adminPost('publishConsultationText', 'Publish or withdraw one free-text answer (staff)', 'PublishTextInput', 'PublishTextInput'),
    '/v1/admin/consultations/{id}/results': {
      get: {
        operationId: 'getConsultationResultsForStaff',
        summary: 'Results with the profile statistics for the equality commission (staff)',
        security: adminSecurity,
        parameters: [consultationIdParameter],
        responses: { '200': json('ConsultationResults', 'The results'), ...errors(401, 404) },
      },
    },
    '/v1/admin/consultations/{id}/responses': {
      get: {
        operationId: 'exportConsultationResponses',
        summary: 'Every response as JSON (staff)',
        security: adminSecurity,
        parameters: [consultationIdParameter],
        responses: {
          '200': {
            description: 'The consultation and its responses',
            content: { 'application/json': { schema: { type: 'object', properties: { consultation: ref('Consultation'), items: { type: 'array', items: ref('AdminConsultationResponse') } } } } },
          },
          ...errors(401, 404),
        },
      },
    },
    '/v1/admin/consultations/{id}/responses.csv': {
      get: {
        operationId: 'exportConsultationResponsesCsv',
        summary: 'Every response as CSV (staff)',
        security: adminSecurity,
        parameters: [consultationIdParameter],
        responses: { '200': { description: 'One row per response', content: { 'text/csv': {} } }, ...errors(401, 404) },
      },
    },
  };
}

/** The charter part of the contract. */
function charterPaths(): JsonSchema {
  return {
    '/v1/charters': {
      get: {
        operationId: 'listCharters',
        summary: 'The commune’s charters, with their status and current version',
        responses: { '200': json('CharterList', 'The charters'), ...errors() },
      },
    },
    '/v1/charters/{id}': {
      get: {
        operationId: 'getCharter',
        summary: 'A charter at its current version: its text, life cycle and version history',
        parameters: [charterIdParameter],
        responses: { '200': json('Charter', 'The charter'), ...errors(404) },
      },
    },
    '/v1/charters/{id}/versions/{n}': {
      get: {
        operationId: 'getCharterVersion',
        summary: 'A charter as it was at version `n`',
        parameters: [
          charterIdParameter,
          { name: 'n', in: 'path', required: true, description: 'Version number, from 1', schema: { type: 'integer', minimum: 1 } },
        ],
        responses: { '200': json('Charter', 'That version of the charter'), ...errors(404) },
      },
    },
    '/v1/charters/{id}/adhesions': {
      get: {
        operationId: 'getCharterAdhesions',
        summary: 'Public adhesions: counts, and the names of adhering associations (never a citizen’s name or a contact)',
        parameters: [charterIdParameter],
        responses: { '200': json('CharterAdhesions', 'Counts and association names'), ...errors(404) },
      },
      post: {
        operationId: 'adhereToCharter',
        summary: 'Adhere to an adopted charter, as an association or a citizen',
        parameters: [charterIdParameter, idempotencyKeyHeader, proofHeader],
        requestBody: jsonBody('AdhesionInput'),
        responses: {
          '201': json('AdhesionReceipt', 'The adhesion was recorded'),
          ...errors(400, 404, 409, 413, 415, 422),
          '409': json('ErrorBody', 'The charter is not adopted yet (`charter_not_adopted`), or the key is in use (`idempotency_in_progress`)'),
        },
      },
    },
    '/v1/admin/charters': {
      post: {
        operationId: 'createCharter',
        summary: 'Create a charter, as a draft at version 1 (staff)',
        security: adminSecurity,
        parameters: [idempotencyKeyHeader],
        requestBody: jsonBody('CharterInput'),
        responses: {
          '201': json('Charter', 'The charter was created'),
          ...errors(400, 401, 409, 413, 415, 422),
          '409': json('ErrorBody', 'A charter with this id exists (`charter_exists`) or no commune is configured (`commune_missing`)'),
        },
      },
    },
    '/v1/admin/charters/{id}/versions': {
      post: {
        operationId: 'addCharterVersion',
        summary: 'Publish a new version of the text; its article-level changes are recorded (staff)',
        security: adminSecurity,
        parameters: [charterIdParameter, idempotencyKeyHeader],
        requestBody: jsonBody('CharterVersionInput'),
        responses: { '201': json('Charter', 'The new current version'), ...errors(400, 401, 404, 409, 413, 415, 422) },
      },
    },
    '/v1/admin/charters/{id}/status': {
      post: {
        operationId: 'setCharterStatus',
        summary: 'Set the status, consultation window and council decisions (staff)',
        security: adminSecurity,
        parameters: [charterIdParameter, idempotencyKeyHeader],
        requestBody: jsonBody('CharterStatusInput'),
        responses: { '200': json('Charter', 'The charter'), ...errors(400, 401, 404, 409, 413, 415, 422) },
      },
    },
    '/v1/admin/charters/{id}/adhesions': {
      get: {
        operationId: 'listCharterAdhesions',
        summary: 'Every adhesion with its contact, hidden ones included (staff)',
        security: adminSecurity,
        parameters: [charterIdParameter],
        responses: { '200': json('AdminAdhesionList', 'The adhesions, oldest first'), ...errors(401, 404) },
      },
    },
    '/v1/admin/charters/{id}/adhesions.csv': {
      get: {
        operationId: 'exportCharterAdhesions',
        summary: 'The adhesions as CSV (staff)',
        security: adminSecurity,
        parameters: [charterIdParameter],
        responses: {
          '200': { description: 'Reference, kind, name, registration number, city, contact, hidden, date', content: { 'text/csv': {} } },
          ...errors(401, 404),
        },
      },
    },
    ...Object.fromEntries(
      (['hide', 'unhide'] as const).map((action) => [
        `/v1/admin/charter-adhesions/{reference}/${action}`,
        {
          post: {
            operationId: `${action}CharterAdhesion`,
            summary: action === 'hide' ? 'Hide an adhesion from the public list and counts (staff)' : 'Show a hidden adhesion again (staff)',
            security: adminSecurity,
            parameters: [
              { name: 'reference', in: 'path', required: true, description: 'The receipt reference, `ADH-XXXX-XXXX-XXXX`', schema: { type: 'string' } },
              idempotencyKeyHeader,
            ],
            responses: { '200': json('AdminAdhesion', 'The adhesion'), ...errors(401, 404, 409) },
          },
        },
      ]),
    ),
  };
}

function toSchema(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

/** The OpenAPI 3.1 description of the `/v1` contract, generated from the same schemas the code validates with. */
export function buildOpenApiDocument(version = '0.1.0'): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mocharaka API',
      version,
      description:
        'Citizen participation for Moroccan communes. Errors are always `{ error: { code, message, fields? } }`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: {
      '/v1/health': {
        get: {
          operationId: 'getHealth',
          summary: 'Server and database status',
          responses: { '200': json('Health', 'The server is up'), ...errors() },
        },
      },
      '/v1/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          responses: { '200': { description: 'The OpenAPI document', content: { 'application/json': {} } } },
        },
      },
      '/v1/challenge': {
        get: {
          operationId: 'getChallenge',
          summary: 'A proof-of-work challenge to solve before a public submission',
          description:
            'ALTCHA-style, no third party. Find the `number` (0 to `maxNumber`) with `hex(sha256(salt + number))` = ' +
            '`challenge`, and send it in `Mocharaka-Proof`. The salt ends in `?expires=<unix seconds>` (10 minutes). ' +
            '404 when the server runs with proof of work off: submit without the header.',
          responses: {
            '200': {
              description: 'A signed challenge, never cached',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['algorithm', 'challenge', 'salt', 'maxNumber', 'signature'],
                    properties: {
                      algorithm: { type: 'string', const: 'SHA-256' },
                      challenge: { type: 'string', pattern: '^[0-9a-f]{64}$' },
                      salt: { type: 'string' },
                      maxNumber: { type: 'integer', minimum: 1 },
                      signature: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'HMAC-SHA256 of `challenge` with a server key' },
                    },
                  },
                },
              },
            },
            ...errors(404),
          },
        },
      },
      '/v1/services': {
        get: {
          operationId: 'listServices',
          summary: 'The commune services citizens can rate, in display order',
          responses: { '200': json('ServiceList', 'The services'), ...errors() },
        },
      },
      '/v1/services/{id}': {
        get: {
          operationId: 'getService',
          summary: 'One service',
          parameters: [serviceIdParameter],
          responses: { '200': json('Service', 'The service'), ...errors(404) },
        },
      },
      '/v1/services/{id}/ratings': {
        post: {
          operationId: 'rateService',
          summary: 'Rate a service (one tap, optional comment)',
          parameters: [serviceIdParameter, idempotencyKeyHeader, proofHeader],
          requestBody: jsonBody('RatingInput'),
          responses: {
            '201': json('RatingReceipt', 'The rating was recorded'),
            ...errors(400, 404, 409, 413, 415, 422, 429),
          },
        },
      },
      '/v1/services/{id}/ratings/details': {
        post: {
          operationId: 'addRatingDetails',
          summary: 'Add tags and a comment to a rating posted less than an hour ago',
          description:
            '`ratingKey` is the Idempotency-Key the rating was posted with. Absent fields are left as they are.',
          parameters: [serviceIdParameter, idempotencyKeyHeader, proofHeader],
          requestBody: jsonBody('RatingDetailsInput'),
          responses: {
            '200': json('RatingReceipt', 'The rating was updated'),
            ...errors(400, 404, 409, 413, 415, 422, 429),
            '404': json('ErrorBody', 'Unknown service (`not_found`) or no rating with this key in the last hour (`rating_not_found`)'),
          },
        },
      },
      '/v1/services/{id}/summary': {
        get: {
          operationId: 'getServiceSummary',
          summary: 'Count, mean and distribution of a service’s ratings',
          parameters: [serviceIdParameter],
          responses: { '200': json('ServiceSummary', 'The summary'), ...errors(404) },
        },
      },
      '/v1/admin/services': {
        post: {
          operationId: 'upsertService',
          summary: 'Create or update a service (staff)',
          security: adminSecurity,
          parameters: [idempotencyKeyHeader],
          requestBody: jsonBody('ServiceInput'),
          responses: {
            '200': json('Service', 'The service was updated'),
            '201': json('Service', 'The service was created'),
            ...errors(400, 401, 409, 413, 415, 422),
          },
        },
      },
      '/v1/admin/services/{id}/ratings': {
        get: {
          operationId: 'listServiceRatings',
          summary: 'A service’s ratings with their comments, newest first (staff)',
          security: adminSecurity,
          parameters: [
            serviceIdParameter,
            {
              name: 'cursor',
              in: 'query',
              required: false,
              description: 'The `nextCursor` of the previous page',
              schema: { type: 'string' },
            },
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
            },
          ],
          responses: { '200': json('AdminRatingList', 'One page of ratings'), ...errors(400, 401, 404) },
        },
      },
      '/v1/admin/services/{id}/ratings.csv': {
        get: {
          operationId: 'exportServiceRatings',
          summary: 'Every rating of a service as CSV (staff)',
          description:
            'UTF-8 with a BOM, oldest first. Columns: id, date (Africa/Casablanca, ISO 8601 with offset), level, tags ' +
            '(space-separated ids), channel, page, kiosk, comment, hidden. A hidden comment is an empty cell; a cell ' +
            'starting with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with an apostrophe.',
          security: adminSecurity,
          parameters: [serviceIdParameter],
          responses: {
            '200': {
              description: 'The CSV file (`Content-Disposition: attachment`)',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
            ...errors(401, 404),
          },
        },
      },
      '/v1/admin/ratings/{id}/hide': {
        post: {
          operationId: 'hideRatingComment',
          summary: 'Hide an abusive comment: kept for the record, marked hidden, left out of exports (staff)',
          security: adminSecurity,
          parameters: [ratingIdParameter, idempotencyKeyHeader],
          responses: { '200': json('AdminRating', 'The rating, now hidden'), ...errors(401, 404, 409) },
        },
      },
      '/v1/admin/ratings/{id}/unhide': {
        post: {
          operationId: 'unhideRatingComment',
          summary: 'Show a hidden comment again (staff)',
          security: adminSecurity,
          parameters: [ratingIdParameter, idempotencyKeyHeader],
          responses: { '200': json('AdminRating', 'The rating, no longer hidden'), ...errors(401, 404, 409) },
        },
      },
      '/v1/petitions': {
        get: {
          operationId: 'listPetitions',
          summary: 'The commune’s petitions with their public signature counts',
          parameters: [{ name: 'status', in: 'query', required: false, schema: toSchema(PetitionStatus, 'output') }],
          responses: {
            '200': json('PetitionList', 'The petitions, most recently opened first'),
            ...errors(),
            '422': json('ErrorBody', 'Unknown status (`validation_failed`, `fields.status: invalid_value`)'),
          },
        },
      },
      '/v1/petitions/{id}': {
        get: {
          operationId: 'getPetition',
          summary: 'One petition',
          description: '`signatureCount` counts online signatures made before the current 10-second window, plus paper ones.',
          parameters: [petitionIdParameter],
          responses: { '200': json('Petition', 'The petition'), ...errors(404) },
        },
      },
      '/v1/petitions/{id}/signatures': {
        post: {
          operationId: 'signPetition',
          summary: 'Sign a petition',
          description:
            'One signature per national ID. A second signature with an ID that already signed is not counted and gets ' +
            'the same answer as a first one (201, a fresh reference), so the API never tells whether an ID signed.',
          parameters: [petitionIdParameter, idempotencyKeyHeader, proofHeader],
          requestBody: jsonBody('SignatureInput'),
          responses: {
            '201': json('SignatureReceipt', 'The signature was received'),
            ...errors(400, 404, 409, 413, 415, 422),
            '409': json('ErrorBody', 'Outside the signing window or no longer collecting (`petition_closed`), or `idempotency_in_progress`'),
            '422': json('ErrorBody', 'Invalid fields (`validation_failed`; a basis the petition does not allow is `fields.eligibility: invalid_value`)'),
          },
        },
      },
      '/v1/admin/petitions': {
        post: {
          operationId: 'upsertPetition',
          summary: 'Create or update a petition (staff)',
          security: adminSecurity,
          parameters: [idempotencyKeyHeader],
          requestBody: jsonBody('PetitionInput'),
          responses: {
            '200': json('Petition', 'The petition was updated'),
            '201': json('Petition', 'The petition was created, collecting'),
            ...errors(400, 401, 409, 413, 415, 422),
          },
        },
      },
      '/v1/admin/petitions/{id}/status': {
        post: {
          operationId: 'changePetitionStatus',
          summary: 'Record a dated status change (staff)',
          description: 'collecting → deposited → under_review → accepted | rejected; accepted → answered.',
          security: adminSecurity,
          parameters: [petitionIdParameter, idempotencyKeyHeader],
          requestBody: jsonBody('StatusChangeInput'),
          responses: {
            '200': json('Petition', 'The status changed'),
            ...errors(400, 401, 404, 409, 413, 415, 422),
            '409': json('ErrorBody', 'The change does not follow from the current status (`invalid_transition`)'),
          },
        },
      },
      '/v1/admin/petitions/{id}/paper-signatures': {
        post: {
          operationId: 'recordPaperSignatures',
          summary: 'Add signatures collected on paper to the count (staff)',
          security: adminSecurity,
          parameters: [petitionIdParameter, idempotencyKeyHeader],
          requestBody: jsonBody('PaperSignaturesInput'),
          responses: {
            '201': json('Petition', 'Recorded'),
            ...errors(400, 401, 404, 409, 413, 415, 422),
            '409': json('ErrorBody', 'The petition is past its deposit (`petition_closed`)'),
          },
        },
      },
      '/v1/admin/petitions/{id}/signatures.csv': {
        get: {
          operationId: 'exportPetitionSignatures',
          summary: 'The signatories, decrypted, as CSV (staff)',
          security: adminSecurity,
          parameters: [petitionIdParameter, exportLanguageParameter],
          responses: {
            '200': { description: 'Number, full name, national ID, address, eligibility basis, date', content: { 'text/csv': {} } },
            ...errors(401, 404),
          },
        },
      },
      '/v1/admin/petitions/{id}/signatures.html': {
        get: {
          operationId: 'printPetitionSignatures',
          summary: 'The printable list deposited with the president (staff)',
          security: adminSecurity,
          parameters: [petitionIdParameter, exportLanguageParameter],
          responses: { '200': { description: 'An HTML page for printing', content: { 'text/html': {} } }, ...errors(401, 404) },
        },
      },
      ...charterPaths(),
      ...consultationPaths(),
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries(components).map(([name, { schema, io }]) => [name, toSchema(schema, io)]),
      ),
      securitySchemes: {
        adminToken: { type: 'http', scheme: 'bearer', description: 'The MOCHARAKA_ADMIN_TOKEN of the server' },
      },
    },
  };
}
