import type { Consultation, ConsultationReceipt, ConsultationResults } from '../../contract/consultation.js';
import type { ConsultationBackend } from '../backend.js';
import { path, type HttpClient } from '../http-client.js';

/** The public consultation part of the contract over HTTP. */
export const consultationOverHttp = (http: HttpClient): ConsultationBackend => ({
  listConsultations: (options) => http.list<Consultation>('consultations', options),
  getConsultation: (consultationId, options) => http.get<Consultation>(path('consultations', consultationId), options),
  respondToConsultation: (consultationId, response, options) =>
    http.post<ConsultationReceipt>(path('consultations', consultationId, 'responses'), response, options),
  getConsultationResults: (consultationId, options) =>
    http.get<ConsultationResults>(path('consultations', consultationId, 'results'), options),
});
