import type { RatingReceipt, Service, ServiceSummary } from '../../contract/satisfaction.js';
import type { SatisfactionBackend } from '../backend.js';
import { path, type HttpClient } from '../http-client.js';

/** The satisfaction part of the contract over HTTP. */
export const satisfactionOverHttp = (http: HttpClient): SatisfactionBackend => ({
  listServices: (options) => http.list<Service>('services', options),
  getService: (serviceId, options) => http.get<Service>(path('services', serviceId), options),
  rateService: (serviceId, rating, options) => http.post<RatingReceipt>(path('services', serviceId, 'ratings'), rating, options),
  addRatingDetails: (serviceId, details, options) =>
    http.post<RatingReceipt>(path('services', serviceId, 'ratings', 'details'), details, options),
  getServiceSummary: (serviceId, options) => http.get<ServiceSummary>(path('services', serviceId, 'summary'), options),
});
