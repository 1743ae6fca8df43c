import type { AdhesionReceipt, Charter, CharterAdhesions, CharterSummary } from '../../contract/charter.js';
import type { CharterBackend } from '../backend.js';
import { path, type HttpClient } from '../http-client.js';

/** The charter part of the contract over HTTP. */
export const charterOverHttp = (http: HttpClient): CharterBackend => ({
  listCharters: (options) => http.list<CharterSummary>('charters', options),
  getCharter: (charterId, options) => http.get<Charter>(path('charters', charterId), options),
  getCharterVersion: (charterId, version, options) => http.get<Charter>(path('charters', charterId, 'versions', String(version)), options),
  getCharterAdhesions: (charterId, options) => http.get<CharterAdhesions>(path('charters', charterId, 'adhesions'), options),
  adhereToCharter: (charterId, adhesion, options) =>
    http.post<AdhesionReceipt>(path('charters', charterId, 'adhesions'), adhesion, options),
});
