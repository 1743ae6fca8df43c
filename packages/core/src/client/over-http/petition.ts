import type { Petition, SignatureReceipt } from '../../contract/petition.js';
import type { PetitionBackend } from '../backend.js';
import { path, type HttpClient } from '../http-client.js';

/** The petition part of the contract over HTTP. */
export const petitionOverHttp = (http: HttpClient): PetitionBackend => ({
  listPetitions: (filter, options) =>
    http.list<Petition>(`petitions${filter?.status ? `?status=${encodeURIComponent(filter.status)}` : ''}`, options),
  getPetition: (petitionId, options) => http.get<Petition>(path('petitions', petitionId), options),
  signPetition: (petitionId, signature, options) =>
    http.post<SignatureReceipt>(path('petitions', petitionId, 'signatures'), signature, options),
});
