import ky, { HTTPError, type KyInstance } from 'ky';
import type * as z from 'zod/mini';
import { ServiceList, Service, RatingReceipt, ServiceSummary } from '../contract/satisfaction.js';
import { ApiError } from './api-error.js';
import type { MocharakaBackend, ReadOptions, SubmitOptions } from './backend.js';

export interface HttpBackendOptions {
  /** Base URL of the contract, ending in `/v1` (relative URLs resolve against the page). */
  endpoint: string;
  /** Per-attempt timeout in milliseconds. */
  timeout?: number;
  /** Attempts for reads and idempotent submissions, the first included. */
  attempts?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/**
 * The contract over HTTP with ky. Reads retry with backoff; POSTs retry too, which
 * is safe only because every POST carries an `Idempotency-Key` the server honours.
 */
export class HttpBackend implements MocharakaBackend {
  readonly endpoint: string;
  readonly #http: KyInstance;

  constructor(options: HttpBackendOptions) {
    this.endpoint = new URL(options.endpoint.replace(/\/?$/, '/'), globalThis.location?.href).href;
    const attempts = options.attempts ?? 3;
    this.#http = ky.create({
      prefixUrl: this.endpoint,
      timeout: options.timeout ?? 10_000,
      fetch: options.fetch,
      credentials: 'omit',
      retry: {
        limit: attempts - 1,
        methods: ['get', 'post'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        backoffLimit: 8_000,
      },
      headers: { accept: 'application/json' },
    });
  }

  listServices(options?: ReadOptions) {
    return this.#get('services', ServiceList, options).then((list) => list.items);
  }

  getService(serviceId: string, options?: ReadOptions) {
    return this.#get(`services/${encodeURIComponent(serviceId)}`, Service, options);
  }

  rateService(serviceId: string, rating: Parameters<MocharakaBackend['rateService']>[1], options: SubmitOptions) {
    return this.#post(`services/${encodeURIComponent(serviceId)}/ratings`, rating, RatingReceipt, options);
  }

  getServiceSummary(serviceId: string, options?: ReadOptions) {
    return this.#get(`services/${encodeURIComponent(serviceId)}/summary`, ServiceSummary, options);
  }

  #get<S extends z.ZodMiniType>(path: string, schema: S, options?: ReadOptions): Promise<z.infer<S>> {
    return this.#send(schema, () => this.#http.get(path, { signal: options?.signal }).json());
  }

  #post<S extends z.ZodMiniType>(path: string, body: unknown, schema: S, options: SubmitOptions): Promise<z.infer<S>> {
    return this.#send(schema, () =>
      this.#http
        .post(path, { json: body, signal: options.signal, headers: { 'idempotency-key': options.idempotencyKey } })
        .json(),
    );
  }

  async #send<S extends z.ZodMiniType>(schema: S, request: () => Promise<unknown>): Promise<z.infer<S>> {
    let body: unknown;
    try {
      body = await request();
    } catch (error) {
      throw await toApiError(error);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiError(200, 'unexpected_response', 'The server answered outside the contract');
    return parsed.data;
  }
}

async function toApiError(error: unknown): Promise<ApiError> {
  if (error instanceof HTTPError) {
    const body = await error.response.json().catch(() => undefined);
    return ApiError.fromBody(error.response.status, body);
  }
  if (error instanceof DOMException && error.name === 'AbortError') throw error;
  return ApiError.network(error);
}
