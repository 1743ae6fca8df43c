import { MAX_JSON_DEPTH } from '@mocharaka/core/contract';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { fieldErrors } from './field-errors.js';
import { HttpError, invalidFields } from './http-error.js';

export interface JsonBody<T> {
  /** The request's JSON as sent, before validation (what idempotency compares). */
  raw: unknown;
  value: T;
}

/**
 * Reads a JSON request body and validates it with a contract schema: 415 unless it is
 * `application/json` in UTF-8 (no other charset is read as one), 400 if it is not JSON
 * or nests too deep, 422 with the refused fields.
 */
export async function readJsonBody<S extends z.ZodMiniType>(c: Context, schema: S): Promise<JsonBody<z.infer<S>>> {
  const [mediaType = '', ...parameters] = (c.req.header('content-type') ?? '').split(';');
  const charset = parameters
    .map((parameter) => parameter.split('=').map((part) => part.trim().toLowerCase()))
    .find(([name]) => name === 'charset')?.[1]
    ?.replace(/^"(.*)"$/, '$1');
  if (mediaType.trim().toLowerCase() !== 'application/json' || (charset !== undefined && charset !== 'utf-8')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json in UTF-8');
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
  if (!parsed.success) throw invalidFields(fieldErrors(parsed.error.issues, raw));
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
