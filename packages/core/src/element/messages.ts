import { msg } from '@lit/localize';
import type { FieldErrorCode } from '../contract/common.js';
import { MODULE_UNAVAILABLE, type ApiError } from '../client/api-error.js';

/** Shared user-facing messages, so every element says the same thing the same way. */
export const messages = {
  loading: () => msg('Loading…'),
  retry: () => msg('Try again'),
  errorPrefix: () => msg('Error:'),
  savedOffline: () =>
    msg('No connection right now. Your answer is kept on this device and will be sent automatically when the connection returns.'),
};

/** What to tell a citizen about a failed call, in their language. */
export function describeApiError(error: ApiError): string {
  if (error.code === MODULE_UNAVAILABLE)
    return msg('Part of this widget could not be loaded. Check your connection, then reload the page.');
  if (error.status === 0) {
    // Online yet no answer: a wrong address or a refused origin, not the citizen's connection.
    if (globalThis.navigator?.onLine !== false) return msg('The service could not be reached. Please try again later.');
    return msg('The connection to the service failed. Check your connection and try again.');
  }
  if (error.status === 404) return msg('This item could not be found. It may have been removed.');
  if (error.status === 409) return msg('This is not possible at the moment.');
  if (error.status === 422) return msg('Some answers need to be corrected.');
  if (error.status === 429) return msg('Too many attempts. Please wait a moment and try again.');
  if (error.status >= 500) return msg('The service is unavailable right now. Please try again in a few minutes.');
  return msg('Something went wrong. Please try again.');
}

export function describeFieldError(code: FieldErrorCode | undefined): string {
  switch (code) {
    case 'required':
      return msg('This field is required.');
    case 'too_long':
      return msg('This text is too long.');
    case 'too_short':
      return msg('This text is too short.');
    case 'invalid_format':
      return msg('The format is not valid.');
    default:
      return msg('This value is not valid.');
  }
}
