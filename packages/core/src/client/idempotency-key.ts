/** A random key for one logical submission; kept with the draft so retries reuse it. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
