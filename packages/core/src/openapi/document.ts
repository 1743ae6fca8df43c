import * as z from 'zod/mini';
import { AdminRatingList, ServiceInput } from '../contract/admin.js';
import { ErrorBody, Health, Id } from '../contract/common.js';
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
} as const;
type ComponentName = keyof typeof components;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request (`invalid_json`, `invalid_idempotency_key`, `invalid_cursor`, `invalid_limit`)',
  401: 'Missing or wrong admin token (`unauthorized`)',
  404: 'Unknown resource (`not_found`)',
  409: 'A request with the same Idempotency-Key is still being processed (`idempotency_in_progress`)',
  413: 'Body over 64 kB (`payload_too_large`)',
  415: 'Body not sent as application/json (`unsupported_media_type`)',
  422: 'Invalid fields (`validation_failed`, with `fields`) or Idempotency-Key reused with another body (`idempotency_key_reused`)',
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

const idempotencyKeyHeader = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes the POST safe to retry: the same key and body within 24 hours returns the first response and changes nothing.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

const jsonBody = (name: ComponentName) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });

const adminSecurity = [{ adminToken: [] }];

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
          parameters: [serviceIdParameter, idempotencyKeyHeader],
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
          parameters: [serviceIdParameter, idempotencyKeyHeader],
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
