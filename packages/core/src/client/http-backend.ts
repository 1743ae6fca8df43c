import type { ServiceList, Service, RatingReceipt, ServiceSummary } from '../contract/satisfaction.js';
import type { Petition, PetitionList, SignatureReceipt } from '../contract/petition.js';
import type { Consultation, ConsultationList, ConsultationReceipt, ConsultationResults } from '../contract/consultation.js';
import type { AdhesionReceipt, Charter, CharterAdhesions, CharterList } from '../contract/charter.js';
import type { MocharakaBackend, ReadOptions, SubmitOptions } from './backend.js';
import type { CancellationReceipt, Meeting, MeetingList, MeetingPeriod, RegistrationReceipt } from '../contract/meeting.js';
import type { ActionPlan, ActionPlanList, ProjectCommentList, ProjectCommentReceipt } from '../contract/action-plan.js';
import type { PublicSuggestion, SuggestionBox, SuggestionList, SuggestionReceipt, SupportReceipt } from '../contract/suggestions.js';
import type { SuggestionFilter } from './suggestions-backend.js';
import { requestJson, type RequestPolicy } from './request-json.js';

/** A path below the endpoint, each segment encoded. */
const path = (...segments: (string | number)[]) => segments.map((segment) => encodeURIComponent(segment)).join('/');

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
 * once by a fresh one (see `lazy/post-with-proof.ts`, loaded at the first submission).
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

  respondToConsultation(
    consultationId: string,
    response: Parameters<MocharakaBackend['respondToConsultation']>[1],
    options: SubmitOptions,
  ) {
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

  listActionPlans(options?: ReadOptions) {
    return this.#get<ActionPlanList>('action-plans', options).then((list) => list.items);
  }

  getActionPlan(planId: string, options?: ReadOptions) {
    return this.#get<ActionPlan>(path('action-plans', planId), options);
  }

  listProjectComments(planId: string, projectId: string, options?: ReadOptions) {
    return this.#get<ProjectCommentList>(path('action-plans', planId, 'projects', projectId, 'comments'), options).then(
      (list) => list.items,
    );
  }

  commentOnProject(
    planId: string,
    projectId: string,
    comment: Parameters<MocharakaBackend['commentOnProject']>[2],
    options: SubmitOptions,
  ) {
    return this.#post<ProjectCommentReceipt>(path('action-plans', planId, 'projects', projectId, 'comments'), comment, options);
  }

  getSuggestionBox(options?: ReadOptions) {
    return this.#get<SuggestionBox>('suggestion-box', options);
  }

  listSuggestions(filter: SuggestionFilter = {}, options?: ReadOptions) {
    const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== undefined)).toString();
    return this.#get<SuggestionList>(`suggestions${query ? `?${query}` : ''}`, options);
  }

  submitSuggestion(suggestion: Parameters<MocharakaBackend['submitSuggestion']>[0], options: SubmitOptions) {
    return this.#post<SuggestionReceipt>('suggestions', suggestion, options);
  }

  getSuggestion(code: string, options?: ReadOptions) {
    return this.#get<PublicSuggestion>(path('suggestions', code), options);
  }

  supportSuggestion(code: string, supporterToken: string, options: SubmitOptions) {
    return this.#post<SupportReceipt>(path('suggestions', code, 'supports'), { supporterToken }, options);
  }

  listMeetings(when: MeetingPeriod, options?: ReadOptions) {
    return this.#get<MeetingList>(`meetings?when=${encodeURIComponent(when)}`, options).then((list) => list.items);
  }

  getMeeting(meetingId: string, options?: ReadOptions) {
    return this.#get<Meeting>(path('meetings', meetingId), options);
  }

  meetingCalendarUrl(meetingId: string, lang: string) {
    return new URL(`${path('meetings', meetingId, 'calendar.ics')}?lang=${encodeURIComponent(lang)}`, this.endpoint).href;
  }

  registerForMeeting(meetingId: string, registration: Parameters<MocharakaBackend['registerForMeeting']>[1], options: SubmitOptions) {
    return this.#post<RegistrationReceipt>(path('meetings', meetingId, 'registrations'), registration, options);
  }

  cancelMeetingRegistration(
    meetingId: string,
    cancellation: Parameters<MocharakaBackend['cancelMeetingRegistration']>[1],
    options: SubmitOptions,
  ) {
    return this.#post<CancellationReceipt>(path('meetings', meetingId, 'cancellations'), cancellation, options);
  }

  #get<T>(path: string, options?: ReadOptions): Promise<T> {
    return this.#send(path, { method: 'GET', signal: options?.signal });
  }

  async #post<T>(path: string, body: unknown, options: SubmitOptions): Promise<T> {
    // Submitting (proof of work included) is loaded with the first submission: a citizen who only reads never downloads it.
    const { postWithProof } = await import('../lazy/post-with-proof.js');
    return postWithProof<T>(this.endpoint, (path, init) => this.#send(path, init), path, body, options);
  }

  async #send<T>(path: string, init: RequestInit): Promise<T> {
    const url = new URL(path, this.endpoint).href;
    const headers = { accept: 'application/json', ...init.headers };
    return (await requestJson(url, { ...init, credentials: 'omit', headers }, this.#policy)) as T;
  }
}
