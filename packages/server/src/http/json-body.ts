import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { fieldErrors } from './field-errors.js';
import { HttpError } from './http-error.js';

export interface JsonBody<T> {
  /** The request's JSON as sent, before validation (what idempotency compares). */
  raw: unknown;
  value: T;
}

/** No contract body nests deeper than this; deeper JSON is refused before validation. */
export const MAX_JSON_DEPTH = 16;

/** Reads a JSON request body and validates it with a contract schema: 415, 400 or 422 otherwise. */
export async function readJsonBody<S extends z.ZodMiniType>(c: Context, schema: S): Promise<JsonBody<z.infer<S>>> {
  const mediaType = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new HttpError(400, 'invalid_json', 'The body is not valid JSON');
  }
  if (depthOf(raw) > MAX_JSON_DEPTH) {
    throw new HttpError(400, 'json_too_deep', `The body must not nest deeper than ${MAX_JSON_DEPTH} levels`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new HttpError(422, 'validation_failed', 'Some fields are invalid', fieldErrors(parsed.error.issues, raw));
  }
  return { raw, value: parsed.data };
}

/** Nesting depth of parsed JSON, iteratively, so a hostile body cannot exhaust the stack. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}
