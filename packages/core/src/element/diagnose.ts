import { MODULE_UNAVAILABLE, type ApiError } from '../client/api-error.js';

/**
 * What went wrong with a load, as far as the browser can tell: `offline` (the citizen's
 * connection), `unreachable` (no answer while online: a wrong address, or the server
 * refused this page's origin), `not-an-api` (an answer, but not from a Mocharaka API:
 * a page, or an endpoint without `/v1`), `unknown-id`, or `other`.
 */
export type LoadProblem = 'offline' | 'unreachable' | 'not-an-api' | 'unknown-id' | 'other';

export function classifyLoadError({ status, code, message }: ApiError): LoadProblem {
  if (code === MODULE_UNAVAILABLE) return globalThis.navigator?.onLine === false ? 'offline' : 'other';
  if (status === 0) return globalThis.navigator?.onLine === false ? 'offline' : 'unreachable';
  if (code === 'unexpected_response' || message === 'No such route') return 'not-an-api';
  return status === 404 ? 'unknown-id' : 'other';
}
