import type * as z from 'zod/mini';
import { ServiceList, Service, RatingReceipt, ServiceSummary } from '../contract/satisfaction.js';
import { ApiError } from './api-error.js';
import type { MocharakaBackend, ReadOptions, SubmitOptions } from './backend.js';
import { requestJson, type RequestPolicy } from './request-json.js';

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

/** The contract over HTTP. Answers are checked against the shared schemas. */
export class HttpBackend implements MocharakaBackend {
  readonly endpoint: string;
  readonly #policy: RequestPolicy;

  constructor(options: HttpBackendOptions) {
    this.endpoint = new URL(options.endpoint.replace(/\/?$/, '/'), globalThis.location?.href).href;
    this.#policy = {
      timeout: options.timeout ?? 10_000,
      attempts: options.attempts ?? 3,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    };
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

  addRatingDetails(serviceId: string, details: Parameters<MocharakaBackend['addRatingDetails']>[1], options: SubmitOptions) {
    return this.#post(`services/${encodeURIComponent(serviceId)}/ratings/details`, details, RatingReceipt, options);
  }

  getServiceSummary(serviceId: string, options?: ReadOptions) {
    return this.#get(`services/${encodeURIComponent(serviceId)}/summary`, ServiceSummary, options);
  }

  #get<S extends z.ZodMiniType>(path: string, schema: S, options?: ReadOptions): Promise<z.infer<S>> {
    return this.#send(path, schema, { method: 'GET', signal: options?.signal });
  }

  #post<S extends z.ZodMiniType>(path: string, body: unknown, schema: S, options: SubmitOptions): Promise<z.infer<S>> {
    return this.#send(path, schema, {
      method: 'POST',
      body: JSON.stringify(body),
      signal: options.signal,
      headers: { 'content-type': 'application/json', 'idempotency-key': options.idempotencyKey },
    });
  }

  async #send<S extends z.ZodMiniType>(path: string, schema: S, init: RequestInit): Promise<z.infer<S>> {
    const body = await requestJson(new URL(path, this.endpoint).href, {
      ...init,
      credentials: 'omit',
      headers: { accept: 'application/json', ...init.headers },
    }, this.#policy);
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiError(200, 'unexpected_response', 'The server answered outside the contract');
    return parsed.data;
  }
}
