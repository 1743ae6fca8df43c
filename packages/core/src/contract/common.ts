import * as z from 'zod/mini';

/** Identifiers are URL-safe slugs chosen by the commune (`civil-status`) or generated. */
export const Id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9][a-z0-9-]*$/));

/**
 * Text every program can store and read back: no U+0000 (PostgreSQL refuses it) and no
 * unpaired surrogate (not Unicode; it cannot be encoded as UTF-8). Every free text of
 * the contract's inputs carries this check, so such text is a 422, never a 500.
 */
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what this refuses
export const WELL_FORMED_TEXT = /^[^\u0000\uD800-\uDFFF]*$/u;
export const wellFormed = () => z.regex(WELL_FORMED_TEXT);

/** A text written in up to four languages; Arabic is always present. */
export const LocalizedText = z.strictObject({
  ar: z.string().check(z.minLength(1), z.maxLength(20000), wellFormed()),
  fr: z.optional(z.string().check(z.maxLength(20000), wellFormed())),
  zgh: z.optional(z.string().check(z.maxLength(20000), wellFormed())),
  en: z.optional(z.string().check(z.maxLength(20000), wellFormed())),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** ISO 8601 timestamp as sent over the wire. */
export const Timestamp = z.iso.datetime({ offset: true });

/**
 * Field error codes sent in `error.fields`: stable and machine readable, so every
 * element can show the message in the citizen's language.
 */
export const FieldErrorCode = z.enum([
  'required',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'unknown_field',
  'invalid',
]);
export type FieldErrorCode = z.infer<typeof FieldErrorCode>;

export const ErrorBody = z.object({
  error: z.object({
    code: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
    message: z.string(),
    fields: z.optional(z.record(z.string(), FieldErrorCode)),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** `{ items, nextCursor? }`: the shape of every list endpoint. */
export const listOf = <T extends z.core.$ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.optional(z.string()) });

export const Health = z.object({
  status: z.enum(['ok']),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type Health = z.infer<typeof Health>;
