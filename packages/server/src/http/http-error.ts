import type { ErrorBody, FieldErrorCode } from '@mocharaka/core/contract';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error with its HTTP answer: thrown anywhere, rendered by the app's error handler. */
export class HttpError extends Error {
  override name = 'HttpError';

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, FieldErrorCode>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

export const notFound = (what = 'Resource') => new HttpError(404, 'not_found', `${what} not found`);

/** The contract's 422: each refused field with its stable code. */
export const invalidFields = (fields: Record<string, FieldErrorCode>, message = 'Some fields are invalid') =>
  new HttpError(422, 'validation_failed', message, fields);
