import type { RatingDetailsInput, RatingInput, RatingReceipt, Service, ServiceSummary } from '../contract/satisfaction.js';
import type { Petition, PetitionStatus, SignatureInput, SignatureReceipt } from '../contract/petition.js';
import type { AdhesionInput, AdhesionReceipt, Charter, CharterAdhesions, CharterSummary } from '../contract/charter.js';
import type { Consultation, ConsultationReceipt, ConsultationResponseInput, ConsultationResults } from '../contract/consultation.js';
import type { ActionPlanBackend } from './action-plan-backend.js';
import type { MeetingsBackend } from './meetings-backend.js';
import type { SuggestionsBackend } from './suggestions-backend.js';

/** Options every submission takes: the key that makes a retried POST count once. */
export interface SubmitOptions {
  idempotencyKey: string;
  signal?: AbortSignal;
}

export interface ReadOptions {
  signal?: AbortSignal;
}

/** The satisfaction part of the contract, as a typed client sees it. */
export interface SatisfactionBackend {
  listServices(options?: ReadOptions): Promise<Service[]>;
  getService(serviceId: string, options?: ReadOptions): Promise<Service>;
  rateService(serviceId: string, rating: RatingInput, options: SubmitOptions): Promise<RatingReceipt>;
  /** Adds tags and a comment to a rating already counted (see `RatingDetailsInput`). */
  addRatingDetails(serviceId: string, details: RatingDetailsInput, options: SubmitOptions): Promise<RatingReceipt>;
  getServiceSummary(serviceId: string, options?: ReadOptions): Promise<ServiceSummary>;
}

/** The petition part of the contract. */
export interface PetitionBackend {
  listPetitions(filter?: { status?: PetitionStatus }, options?: ReadOptions): Promise<Petition[]>;
  getPetition(petitionId: string, options?: ReadOptions): Promise<Petition>;
  signPetition(petitionId: string, signature: SignatureInput, options: SubmitOptions): Promise<SignatureReceipt>;
}

/** The public consultation part of the contract. */
export interface ConsultationBackend {
  listConsultations(options?: ReadOptions): Promise<Consultation[]>;
  getConsultation(consultationId: string, options?: ReadOptions): Promise<Consultation>;
  /** 409 `already_responded` when this participant token already answered; 409 `consultation_closed` outside the window. */
  respondToConsultation(consultationId: string, response: ConsultationResponseInput, options: SubmitOptions): Promise<ConsultationReceipt>;
  /** 404 `results_not_published` until the commune publishes them. */
  getConsultationResults(consultationId: string, options?: ReadOptions): Promise<ConsultationResults>;
}

/** The charter part of the contract. */
export interface CharterBackend {
  listCharters(options?: ReadOptions): Promise<CharterSummary[]>;
  /** The charter at its current version. */
  getCharter(charterId: string, options?: ReadOptions): Promise<Charter>;
  getCharterVersion(charterId: string, version: number, options?: ReadOptions): Promise<Charter>;
  /** Public counts and the names of adhering associations. */
  getCharterAdhesions(charterId: string, options?: ReadOptions): Promise<CharterAdhesions>;
  adhereToCharter(charterId: string, adhesion: AdhesionInput, options: SubmitOptions): Promise<AdhesionReceipt>;
}

/**
 * The whole contract. A developer may hand an element any object implementing the part
 * it uses (`element.backend = myPlatformAdapter`) to plug in another platform.
 */
export type MocharakaBackend = SatisfactionBackend &
  PetitionBackend &
  ConsultationBackend &
  CharterBackend &
  ActionPlanBackend &
  MeetingsBackend &
  SuggestionsBackend;
