import type { ServiceList, Service, RatingReceipt, ServiceSummary } from '../contract/satisfaction.js';
import type { Petition, PetitionList, SignatureReceipt } from '../contract/petition.js';
import type { Consultation, ConsultationList, ConsultationReceipt, ConsultationResults } from '../contract/consultation.js';
import type { AdhesionReceipt, Charter, CharterAdhesions, CharterList } from '../contract/charter.js';
import type { MocharakaBackend, ReadOptions, SubmitOptions } from './backend.js';
import { ApiError } from './api-error.js';
import { PROOF_HEADER, type ProofChallenge } from './proof-of-work.js';
import { requestJson, type RequestPolicy } from './request-json.js';

/** A path below the endpoint, each segment encoded. */
const path = (...segments: (string | number)[]) => segments.map((segment) => encodeURIComponent(segment)).join('/');

/** Endpoints whose `GET challenge` answered 404: a backend with proof of work off, or another implementation. */
const withoutProof = new Set<string>();

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
 * The contract over HTTP. What is sent is validated with the shared schemas before it
 * leaves the element; answers are typed by the same schemas but not re-parsed here,
 * to keep the schemas of every resource out of each element's bundle — a backend's
 * answers are checked by the conformance tests instead.
 *
 * Before each submission it solves a proof-of-work challenge from the backend (no third
 * party) and sends it in `Mocharaka-Proof`; a refused proof (422 `proof_*`) is replaced
 * once by a fresh one.
 */
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
    return this.#get<ServiceList>('services', options).then((list) => list.items);
  }

  getService(serviceId: string, options?: ReadOptions) {
    return this.#get<Service>(path('services', serviceId), options);
  }

  rateService(serviceId: string, rating: Parameters<MocharakaBackend['rateService']>[1], options: SubmitOptions) {
    return this.#post<RatingReceipt>(path('services', serviceId, 'ratings'), rating, options);
  }

  addRatingDetails(serviceId: string, details: Parameters<MocharakaBackend['addRatingDetails']>[1], options: SubmitOptions) {
    return this.#post<RatingReceipt>(path('services', serviceId, 'ratings', 'details'), details, options);
  }

  getServiceSummary(serviceId: string, options?: ReadOptions) {
    return this.#get<ServiceSummary>(path('services', serviceId, 'summary'), options);
  }

  listPetitions(filter?: Parameters<MocharakaBackend['listPetitions']>[0], options?: ReadOptions) {
    const query = filter?.status ? `?status=${encodeURIComponent(filter.status)}` : '';
    return this.#get<PetitionList>(`petitions${query}`, options).then((list) => list.items);
  }

  getPetition(petitionId: string, options?: ReadOptions) {
    return this.#get<Petition>(path('petitions', petitionId), options);
  }

  signPetition(petitionId: string, signature: Parameters<MocharakaBackend['signPetition']>[1], options: SubmitOptions) {
    return this.#post<SignatureReceipt>(path('petitions', petitionId, 'signatures'), signature, options);
  }

  listConsultations(options?: ReadOptions) {
    return this.#get<ConsultationList>('consultations', options).then((list) => list.items);
  }

  getConsultation(consultationId: string, options?: ReadOptions) {
    return this.#get<Consultation>(path('consultations', consultationId), options);
  }

  respondToConsultation(consultationId: string, response: Parameters<MocharakaBackend['respondToConsultation']>[1], options: SubmitOptions) {
    return this.#post<ConsultationReceipt>(path('consultations', consultationId, 'responses'), response, options);
  }

  getConsultationResults(consultationId: string, options?: ReadOptions) {
    return this.#get<ConsultationResults>(path('consultations', consultationId, 'results'), options);
  }

  listCharters(options?: ReadOptions) {
    return this.#get<CharterList>('charters', options).then((list) => list.items);
  }

  getCharter(charterId: string, options?: ReadOptions) {
    return this.#get<Charter>(path('charters', charterId), options);
  }

  getCharterVersion(charterId: string, version: number, options?: ReadOptions) {
    return this.#get<Charter>(path('charters', charterId, 'versions', String(version)), options);
  }

  getCharterAdhesions(charterId: string, options?: ReadOptions) {
    return this.#get<CharterAdhesions>(path('charters', charterId, 'adhesions'), options);
  }

  adhereToCharter(charterId: string, adhesion: Parameters<MocharakaBackend['adhereToCharter']>[1], options: SubmitOptions) {
    return this.#post<AdhesionReceipt>(path('charters', charterId, 'adhesions'), adhesion, options);
  }

  #get<T>(path: string, options?: ReadOptions): Promise<T> {
    return this.#send(path, { method: 'GET', signal: options?.signal });
  }

  async #post<T>(path: string, body: unknown, options: SubmitOptions): Promise<T> {
    const send = async () => {
      const proof = await this.#proof(path, options.signal);
      return this.#send<T>(path, {
        method: 'POST',
        body: JSON.stringify(body),
        signal: options.signal,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': options.idempotencyKey,
          ...(proof ? { [PROOF_HEADER]: proof } : {}),
        },
      });
    };
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 422 && error.code.startsWith('proof_'))) throw error;
      withoutProof.delete(this.endpoint); // `proof_required`: the backend turned it on since
      return send();
    }
  }

  /** A solved challenge for the next submission, or undefined when this backend asks none. */
  async #proof(path: string, signal?: AbortSignal): Promise<string | undefined> {
    if (withoutProof.has(this.endpoint)) return undefined;
    let challenge: ProofChallenge;
    try {
      // Bound to the submission's path: the server sets the difficulty by that resource's load.
      challenge = await this.#get<ProofChallenge>(`challenge?resource=${encodeURIComponent(path)}`, { signal });
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
      withoutProof.add(this.endpoint);
      return undefined;
    }
    // The solver is loaded with the first submission: a citizen who only reads never downloads it.
    const { solveChallenge } = await import('../lazy/solve-challenge.js');
    return solveChallenge(challenge, signal);
  }

  async #send<T>(path: string, init: RequestInit): Promise<T> {
    const url = new URL(path, this.endpoint).href;
    const headers = { accept: 'application/json', ...init.headers };
    return (await requestJson(url, { ...init, credentials: 'omit', headers }, this.#policy)) as T;
  }
}
