import * as z from 'zod/mini';
import * as contract from '../contract/index.js';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  MAX_BODY_BYTES,
  PROOF_HEADER,
  PUBLIC_CACHE_CONTROL,
  RETRY_AFTER_HEADER,
} from '../contract/http.js';
import { operations, type Operation, type OperationId } from '../contract/operations.js';
import { PROOF_HEADER_MAX_LENGTH } from '../contract/proof-of-work.js';
import { routeSchemas, type Answer, type ErrorStatus, type RouteSchemas } from '../contract/route-schemas.js';

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

/**
 * The OpenAPI 3.1 description of the `/v1` contract, generated from the route table
 * (`operations` and `routeSchemas`) and the zod schemas the server validates with.
 * A schema exported by the contract under a name becomes a component of that name.
 */
export function buildOpenApiDocument(version = '0.1.0'): JsonSchema {
  const components = new Components();
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [id, operation] of Object.entries(operations) as [OperationId, Operation][]) {
    (paths[operation.path] ??= {})[operation.method.toLowerCase()] = describeOperation(id, operation, routeSchemas[id], components);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mocharaka API',
      version,
      description:
        'Citizen participation for Moroccan communes. Errors are always `{ error: { code, message, fields? } }`. ' +
        'Public operations take no credentials and may be called from any origin (CORS, unless the server restricts ' +
        'it to a list of sites); staff operations (`/v1/admin/`) are same-origin only. Free texts must not contain ' +
        'U+0000 or unpaired surrogates (422 `invalid_format`).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: '{origin}',
        description: 'The commune’s own server',
        variables: { origin: { default: 'http://localhost:8787', description: 'Scheme, host and port of the server' } },
      },
    ],
    paths,
    components: {
      schemas: components.schemas(),
      securitySchemes: {
        staffToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A staff member’s personal API token, or the server’s bootstrap MOCHARAKA_ADMIN_TOKEN',
        },
      },
    },
  };
}

function describeOperation(id: OperationId, operation: Operation, route: RouteSchemas, components: Components): JsonSchema {
  const staff = operation.auth !== 'public';
  const parameters = [
    ...Object.entries(route.params ?? {}).map(([name, param]) => ({
      name,
      in: 'path',
      required: true,
      description: param.description,
      schema: toSchema(param.schema, 'input'),
    })),
    ...Object.entries(route.query ?? {}).map(([name, param]) => ({
      name,
      in: 'query',
      required: false,
      ...(param.description ? { description: param.description } : {}),
      schema: param.documented ?? toSchema(param.schema, 'input'),
    })),
    ...(operation.idempotent ? [IDEMPOTENCY_KEY_PARAMETER] : []),
    ...(operation.proof ? [PROOF_PARAMETER] : []),
    ...(cacheable(operation) ? [IF_NONE_MATCH_PARAMETER] : []),
  ];
  const successHeaders = operation.idempotent
    ? { [IDEMPOTENT_REPLAYED_HEADER]: REPLAYED_HEADER }
    : cacheable(operation)
      ? CACHE_HEADERS
      : undefined;
  return {
    operationId: id,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [tagOf(operation.path)],
    security: staff ? [{ staffToken: [] }] : [],
    ...(staff ? { 'x-mocharaka-roles': ['admin', ...operation.auth] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: components.ref(route.body, 'input') } } } }
      : {}),
    responses: {
      ...Object.fromEntries(
        Object.entries(route.responses).map(([status, answer]) => [status, success(answer as Answer, components, successHeaders)]),
      ),
      ...(cacheable(operation) ? { 304: NOT_MODIFIED } : {}),
      ...errorResponses(operation, route, components),
    },
  };
}

function success(answer: Answer, components: Components, headers: JsonSchema | undefined): JsonSchema {
  const content = answer.schema
    ? { 'application/json': { schema: components.ref(answer.schema, 'output') } }
    : { [answer.mediaType ?? 'application/octet-stream']: { schema: { type: 'string' } } };
  return { description: answer.description, ...(headers ? { headers } : {}), content };
}

/** Why an operation can fail, by status: the causes its flags imply, then its own. */
export function errorCauses(operation: Operation, route: RouteSchemas): Map<ErrorStatus, string[]> {
  const causes = new Map<ErrorStatus, string[]>();
  const add = (status: ErrorStatus, ...texts: string[]) => causes.set(status, [...(causes.get(status) ?? []), ...texts]);
  const queryRefusals = Object.entries(route.query ?? {}).map(([name, param]) => ({ name, ...(param.invalid ?? DEFAULT_QUERY_REFUSAL) }));
  for (const refusal of queryRefusals) add(refusal.status, `\`${refusal.code}\`: \`${refusal.name}\` is not valid`);
  if (route.body) {
    add(400, '`invalid_json`: the body is not JSON', '`json_too_deep`: the body nests too deep');
    add(413, `\`payload_too_large\`: the body is over ${MAX_BODY_BYTES / 1024} kB`);
    add(415, '`unsupported_media_type`: the body is not sent as `application/json` in UTF-8');
    add(422, '`validation_failed`: invalid fields, each named in `fields` with its code');
  }
  if (operation.idempotent) {
    add(400, `\`invalid_idempotency_key\`: ${IDEMPOTENCY_KEY_HEADER} is not 1 to 255 visible ASCII characters`);
    add(409, '`idempotency_in_progress`: a request with this key is still being processed');
    add(422, '`idempotency_key_reused`: this key was used with another body');
  }
  if (operation.proof)
    add(422, '`proof_required`, `proof_invalid`, `proof_expired`, `proof_used`: the proof of work is missing or refused');
  if (operation.auth !== 'public') {
    add(401, '`unauthorized`: not signed in, or a wrong or expired token');
    add(403, '`forbidden`: the caller’s role may not do this');
  }
  if (route.params) add(404, '`not_found`: no such resource');
  for (const [status, texts] of Object.entries(route.errors ?? {}) as [string, readonly string[]][])
    add(Number(status) as ErrorStatus, ...texts);
  if (operation.rateLimit) add(429, `\`rate_limited\`: too many requests; retry after ${RETRY_AFTER_HEADER} seconds`);
  add(405, '`method_not_allowed`: this path does not take this method (see `Allow`)');
  add(500, '`internal_error`: an unexpected server error');
  return new Map([...causes].sort(([a], [b]) => a - b));
}

function errorResponses(operation: Operation, route: RouteSchemas, components: Components): JsonSchema {
  const error = components.ref(contract.ErrorBody, 'output');
  return Object.fromEntries(
    [...errorCauses(operation, route)].map(([status, texts]) => [
      String(status),
      {
        description: texts.join('; '),
        ...(ERROR_HEADERS[status] ? { headers: ERROR_HEADERS[status] } : {}),
        content: { 'application/json': { schema: error } },
      },
    ]),
  );
}

/** A public GET whose answers caches may keep and revalidate (see `Operation.uncached`). */
const cacheable = (operation: Operation) => operation.method === 'GET' && operation.auth === 'public' && !operation.uncached;

const CACHE_HEADERS = {
  'Cache-Control': {
    description: 'How long a browser or a shared cache may reuse this answer, and revalidate it in the background',
    schema: { type: 'string', const: PUBLIC_CACHE_CONTROL },
  },
  ETag: { description: 'A weak tag of this answer, for `If-None-Match`', schema: { type: 'string', pattern: '^W/".+"$' } },
};

const IF_NONE_MATCH_PARAMETER = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'The `ETag` of an answer already held: 304 without a body while the answer is unchanged.',
  schema: { type: 'string' },
};

const NOT_MODIFIED = {
  description: 'The answer is unchanged since the `ETag` sent in `If-None-Match`: no body',
  headers: CACHE_HEADERS,
};

const DEFAULT_QUERY_REFUSAL = { status: 422, code: 'validation_failed' } as const;

const REPLAYED_HEADER = {
  description: 'Present, `true`, when this is the stored answer to an Idempotency-Key already used',
  schema: { type: 'string', enum: ['true'] },
};

const ERROR_HEADERS: Partial<Record<ErrorStatus, JsonSchema>> = {
  401: { 'WWW-Authenticate': { description: 'How to authenticate', schema: { type: 'string' } } },
  405: { Allow: { description: 'The methods this path takes', schema: { type: 'string' } } },
  429: { [RETRY_AFTER_HEADER]: { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 1 } } },
};

const IDEMPOTENCY_KEY_PARAMETER = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: 'header',
  required: false,
  description: 'Makes the POST safe to retry: the same key and body within 24 hours returns the first response and changes nothing.',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
};

const PROOF_PARAMETER = {
  name: PROOF_HEADER,
  in: 'header',
  required: false,
  description:
    'A solved proof-of-work challenge (`GET /v1/challenge`). Required when the server has proof of work on (the ' +
    'default); each is accepted once, and expires with its challenge. A retry with the same Idempotency-Key gets its ' +
    'first answer without a new proof.',
  schema: { type: 'string', maxLength: PROOF_HEADER_MAX_LENGTH },
};

/** `/v1/admin/charter-adhesions/…` → `charters`: one tag per part of the contract. */
function tagOf(path: string): string {
  const segment = path.split('/')[path.startsWith('/v1/admin/') ? 3 : 2] ?? '';
  if (segment === 'ratings') return 'services';
  if (segment === 'charter-adhesions') return 'charters';
  return ['services', 'petitions', 'consultations', 'charters'].includes(segment) ? segment : 'server';
}

/** Named schemas: the contract's exports, each emitted once, by the name it is exported under. */
class Components {
  static readonly #names = new Map<unknown, string>(
    Object.entries(contract)
      .filter(([, value]) => typeof value === 'object' && value !== null && '_zod' in value)
      .map(([name, value]) => [value, name]),
  );
  readonly #used = new Map<string, { schema: z.core.$ZodType; io: Io }>();

  ref(schema: z.core.$ZodType, io: Io): JsonSchema {
    const name = Components.#names.get(schema);
    if (!name) return toSchema(schema, io);
    if (!this.#used.has(name)) this.#used.set(name, { schema, io });
    return { $ref: `#/components/schemas/${name}` };
  }

  schemas(): Record<string, JsonSchema> {
    return Object.fromEntries(
      [...this.#used].sort(([a], [b]) => a.localeCompare(b)).map(([name, { schema, io }]) => [name, toSchema(schema, io)]),
    );
  }
}

function toSchema(schema: z.core.$ZodType, io: Io): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}
