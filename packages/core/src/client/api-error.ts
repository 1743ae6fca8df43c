import type { ErrorBody, FieldErrorCode } from '../contract/common.js';

/**
 * The code of a lazy module of the element that could not be downloaded. Browsers keep a
 * failed `import()` failed for the page, so only a reload can help: no "Try again".
 */
export const MODULE_UNAVAILABLE = 'module_unavailable';

/**
 * Every failure a backend call can end in. `status` is 0 when no HTTP answer arrived
 * (offline, DNS, timeout), so callers can tell "try again later" from "fix your input".
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Partial<Record<string, FieldErrorCode>>;

  constructor(status: number, code: string, message: string, fields: Partial<Record<string, FieldErrorCode>> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /** True when sending the same request again later may succeed. */
  get retryable(): boolean {
    if (this.code === 'idempotency_in_progress') return true;
    if (this.code === MODULE_UNAVAILABLE) return false;
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }

  static fromBody(status: number, body: unknown): ApiError {
    if (isErrorBody(body)) {
      const { code, message, fields } = body.error;
      return new ApiError(status, code, message, fields);
    }
    return new ApiError(status, status >= 500 ? 'server_error' : 'unexpected_response', `HTTP ${status}`);
  }

  /** `import()` of one of the element's lazy modules, failing as a `MODULE_UNAVAILABLE` ApiError. */
  static lazyModule<Module>(loading: Promise<Module>): Promise<Module> {
    return loading.catch((cause: unknown) => {
      const error = new ApiError(0, MODULE_UNAVAILABLE, cause instanceof Error ? cause.message : String(cause));
      error.cause = cause;
      throw error;
    });
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError(0, 'network_error', cause instanceof Error ? cause.message : String(cause));
    error.cause = cause;
    return error;
  }
}

/**
 * The shape of `ErrorBody`, checked by hand: parsing it with zod would put the zod
 * runtime in every element's bundle for one object (see docs/api.md).
 */
function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as { error?: unknown } | null)?.error as Record<string, unknown> | undefined;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof error.code === 'string' &&
    typeof error.message === 'string' &&
    (error.fields === undefined || (typeof error.fields === 'object' && error.fields !== null))
  );
}
