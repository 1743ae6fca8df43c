import {
  isPublic,
  operations,
  routeSchemas,
  type HttpMethod,
  type Operation,
  type OperationId,
  type Operations,
  type PathParams,
  type QueryParameter,
  type RouteSchemaTable,
  type RouteSchemas,
} from '@mocharaka/core/contract';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type * as z from 'zod/mini';
import type { Database, Queryable } from '../db/database.js';
import type { StaffVariables } from '../staff/identity.js';
import { auditStaffWrite, isAuditedWrite } from '../staff/admin-write-audit.js';
import { authorize } from '../staff/authorize.js';
import { publicCors } from './cors.js';
import { communeEmbeddingOrigins } from '../staff/commune.js';
import { fieldErrors } from './field-errors.js';
import { HttpError, invalidFields, notFound } from './http-error.js';
import { idempotent, type HandlerResult } from './idempotency.js';
import { readJsonBody } from './json-body.js';
import { rateLimitMiddleware } from './operation-limits.js';
import { proofCheck, type ProofOfWork } from './proof-of-work.js';
import type { RateLimitSettings } from './rate-limit.js';

export type StaffEnv = { Variables: StaffVariables };

/** What every router of the app shares. */
export interface OperationDeps {
  db: Database;
  /** Absent: proof of work is off, submissions need none. */
  proof?: ProofOfWork;
  /** Absent: nothing is rate limited. */
  rateLimits?: RateLimitSettings;
  /** `MOCHARAKA_ALLOWED_ORIGINS`: empty lets any origin call the public operations. */
  allowedOrigins: readonly string[];
}

type Route<K extends OperationId> = RouteSchemaTable[K];
type QueryOf<K extends OperationId> =
  Route<K> extends { query: infer Q }
    ? { [N in keyof Q]: Q[N] extends { schema: infer S extends z.ZodMiniType } ? z.output<S> : never }
    : Record<never, never>;
type BodyOf<K extends OperationId> = Route<K> extends { body: infer B extends z.ZodMiniType } ? z.output<B> : undefined;

/** An operation's request, validated against the route table. */
export interface OperationInput<K extends OperationId> {
  params: PathParams<Operations[K]['path']>;
  query: QueryOf<K>;
  body: BodyOf<K>;
  /** The body as sent (the path parameters for a body-less write): what an Idempotency-Key is bound to. */
  raw: unknown;
}

export type ReadHandler<K extends OperationId> = (c: Context<StaffEnv>, input: OperationInput<K>) => Response | Promise<Response>;

export interface WriteHandler<K extends OperationId> {
  /** Runs after validation, before the transaction: checks the table cannot state (a window that ends before it opens). */
  check?: (input: OperationInput<K>, c: Context<StaffEnv>) => void | Promise<void>;
  /** The writes, once per Idempotency-Key, in the transaction that also spends the proof of work. */
  write: (tx: Queryable, input: OperationInput<K>, c: Context<StaffEnv>) => Promise<HandlerResult>;
}

/** Idempotent operations write through `WriteHandler`; the others answer directly. */
export type OperationHandler<K extends OperationId> = Operations[K] extends { idempotent: true } ? WriteHandler<K> : ReadHandler<K>;

/**
 * A Hono sub-app serving operations of the route table under `prefix` (`/v1` or
 * `/v1/admin`), mounted with `app.route(prefix, router.app)`. For each operation it
 * applies, once and in this order, what the table says: CORS for public operations,
 * the role check for staff ones, its rate limit, path parameters (404 when one cannot
 * name a resource), query parameters, the JSON body, then — for idempotent writes —
 * the Idempotency-Key transaction, spending the proof of work in it when the operation
 * needs one. Any other method on a served path is 405 with `Allow`. Call `build()`
 * once every operation is served, then mount what it returns.
 */
export class OperationRouter {
  readonly #app = new Hono<StaffEnv>();
  readonly #deps: OperationDeps;
  readonly #cors: MiddlewareHandler;
  readonly #prefix: string;
  readonly #limits: ReturnType<typeof rateLimitMiddleware>;
  readonly #methods = new Map<string, HttpMethod[]>();

  constructor(prefix: string, deps: OperationDeps) {
    this.#prefix = prefix;
    this.#deps = deps;
    this.#limits = rateLimitMiddleware(deps.db, deps.rateLimits);
    this.#cors = publicCors(deps.allowedOrigins, () => communeEmbeddingOrigins(deps.db));
  }

  serve<K extends OperationId>(id: K, handler: OperationHandler<K>): this {
    const operation: Operation = operations[id];
    const route: RouteSchemas = routeSchemas[id];
    if (!operation.path.startsWith(`${this.#prefix}/`)) throw new Error(`${id} is not under ${this.#prefix}`);
    const path = this.#honoPath(operation.path);
    const methods = this.#methods.get(path) ?? [];
    if (methods.length === 0) {
      if (isPublic(operation)) this.#app.use(path, this.#cors);
      this.#methods.set(path, methods);
    }
    methods.push(operation.method);

    const chain: MiddlewareHandler<StaffEnv>[] = [];
    if (operation.auth !== 'public') {
      const roles = operation.auth;
      chain.push(async (c, next) => {
        authorize(c.get('staff'), roles);
        await next();
      });
    }
    const limit = operation.rateLimit && this.#limits[operation.rateLimit];
    if (limit) chain.push(limit);

    const { db, proof } = this.#deps;
    this.#app.on(operation.method, [path], ...chain, async (c) => {
      const input = await readInput<K>(c, route);
      if (typeof handler === 'function') return (handler as ReadHandler<K>)(c, input);
      const write = handler as WriteHandler<K>;
      await write.check?.(input, c);
      const audited = isAuditedWrite(id) ? id : undefined;
      // A staff write is audited in its own transaction: both commit, or neither.
      const writeAndAudit = async (tx: Queryable) => {
        const result = await write.write(tx, input, c);
        if (audited) await auditStaffWrite(tx, audited, c.get('staff'), input as never, result);
        return result;
      };
      return idempotent(c, db, input.raw, writeAndAudit, operation.proof ? proofCheck(proof, c) : {});
    });
    return this;
  }

  /** The sub-app, with a 405 for every method of a served path that no operation serves (HEAD goes with GET). */
  build(): Hono<StaffEnv> {
    for (const [path, methods] of this.#methods) {
      const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', ');
      this.#app.all(path, () => {
        throw new HttpError(405, 'method_not_allowed', 'This method is not allowed here', undefined, { Allow: allow });
      });
    }
    return this.#app;
  }

  /** `/v1/services/{id}` under `/v1` → `/services/:id`. */
  #honoPath(path: string): string {
    return path.slice(this.#prefix.length).replace(/\{(\w+)\}/g, ':$1');
  }
}

async function readInput<K extends OperationId>(c: Context, route: RouteSchemas): Promise<OperationInput<K>> {
  const params: Record<string, string> = {};
  for (const [name, param] of Object.entries(route.params ?? {})) {
    const value = c.req.param(name) ?? '';
    // An id that cannot exist (U+0000, wrong pattern) names nothing: 404 without a lookup.
    if (!param.schema.safeParse(value).success) throw notFound();
    params[name] = value;
  }
  const query: Record<string, unknown> = {};
  for (const [name, param] of Object.entries(route.query ?? {})) query[name] = readQuery(c, name, param);
  const body = route.body ? await readJsonBody(c, route.body) : undefined;
  return { params, query, body: body?.value, raw: body ? body.raw : params } as unknown as OperationInput<K>;
}

function readQuery(c: Context, name: string, param: QueryParameter): unknown {
  const value = c.req.query(name);
  const parsed = param.schema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (param.invalid) throw new HttpError(param.invalid.status, param.invalid.code, param.invalid.message);
  const issues = parsed.error.issues.map((issue) => ({ ...issue, path: [name, ...issue.path] }));
  throw invalidFields(fieldErrors(issues, { [name]: value }));
}
