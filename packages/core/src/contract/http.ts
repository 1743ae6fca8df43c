/**
 * The HTTP facts of the contract that clients and the server both need, without zod,
 * so an element can use them without bundling the zod runtime.
 */

/** Every path of the contract starts with this; a client's `endpoint` ends with it. */
export const API_PREFIX = '/v1';

/** Makes a POST safe to retry: the same key and body within 24 hours answer the first response. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** `true` on an answer replayed for an Idempotency-Key already seen. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
/** A solved proof-of-work challenge (`GET /v1/challenge`), on public submissions. */
export const PROOF_HEADER = 'Mocharaka-Proof';
/** Seconds to wait, on a 429. */
export const RETRY_AFTER_HEADER = 'Retry-After';

/** No request body may be larger. */
export const MAX_BODY_BYTES = 64 * 1024;
/** No contract body nests deeper than this; deeper JSON is refused before validation. */
export const MAX_JSON_DEPTH = 16;

/*
 * Why these durations: the public data is already held back by design — a signature
 * shows in the count only once its 10-second window is over — so 5 s of freshness keeps
 * every count within 15 s of the truth. Revalidation in the background is allowed 10 s
 * more: a staff decision that removes something from public view (hiding an adhesion,
 * withdrawing results or a published text) reaches every cache within 15 s, the same
 * order of delay the counts already have. A busy page (a viral petition watched by
 * thousands) then costs the server one request per cache per 5 s, mostly answered 304.
 */
/** Seconds a browser or shared cache may reuse a public GET's answer (`Cache-Control: max-age`). */
export const PUBLIC_MAX_AGE_SECONDS = 5;
/** Seconds more it may serve that answer while revalidating it (`stale-while-revalidate`). */
export const PUBLIC_STALE_SECONDS = 10;
/** The `Cache-Control` of a public GET's answer (`Operation.uncached` names the exceptions). */
export const PUBLIC_CACHE_CONTROL = `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, stale-while-revalidate=${PUBLIC_STALE_SECONDS}`;
