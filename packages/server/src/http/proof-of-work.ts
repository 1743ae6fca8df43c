import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { PROOF_HEADER, PROOF_HEADER_MAX_LENGTH, type ProofChallenge } from '@mocharaka/core/contract';
import type { Context } from 'hono';
import { deriveProofOfWorkKey } from '../crypto/keys.js';
import type { Queryable } from '../db/database.js';
import { HttpError } from './http-error.js';
import { submissionRule } from './submission-limits.js';

export { PROOF_HEADER };
/** How long a challenge can be solved and used. */
export const CHALLENGE_LIFETIME_SECONDS = 10 * 60;
/**
 * The secret number is drawn from 0..maxNumber, so a client hashes maxNumber / 2 times on
 * average. Chosen with scripts/bench-proof-of-work.mjs: well under a second on a CPU
 * slowed 4× (a low-end phone). It only prices each submission; the rate limits do the rest.
 */
export const DEFAULT_MAX_NUMBER = 20_000;
/**
 * The most a busy resource multiplies the work by: 8 × DEFAULT_MAX_NUMBER stays a few
 * seconds on a slowed CPU, so a flood of genuine submissions makes signing slower, never
 * impossible.
 */
export const MAX_DIFFICULTY_FACTOR = 8;
/** Keeps a bound salt, hence the proof header, well under the header's maximum length. */
const MAX_RESOURCE_LENGTH = 200;
const ALGORITHM = 'SHA-256';

/** The challenge's shape is the contract's (`GET /v1/challenge`). */
export type Challenge = ProofChallenge;

export interface ProofOfWorkOptions {
  /** The base difficulty (DEFAULT_MAX_NUMBER). */
  maxNumber?: number;
  now?: () => number;
  /** Accepted submissions to a resource in the current minute (`submission-limits.ts`). */
  load?: (resource: string, tx?: Queryable) => Promise<number>;
  /** The load from which a resource's challenges get harder; 0 or absent: never. */
  busyPerMinute?: number;
}

interface Solution {
  algorithm: string;
  challenge: string;
  number: number;
  salt: string;
  signature: string;
}

/** Clock difference tolerated between server processes when reading a challenge's expiry. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * The ALTCHA-style bot check on public submissions: no third party, no cookie, no
 * personal data. The client finds `number` such that `sha256(salt + number)` is the
 * challenge by trying them all. Everything the server later relies on is in the
 * challenge and the salt (`?expires=…&max=…`), and the server signs algorithm,
 * challenge and salt, encoded as a JSON array, with a key of its own (HKDF from
 * MOCHARAKA_SECRET_KEY): no field can be edited, nor characters moved from one to
 * another (digits of `number` into the salt's `expires`), without breaking the signature. A solution is checked (signature,
 * hash, expiry within one lifetime from now) and recorded as used in the submission's
 * own transaction, so it counts once, across processes and restarts.
 */
export class ProofOfWork {
  readonly #key: Buffer;
  readonly #maxNumber: number;
  readonly #now: () => number;
  readonly #load: ProofOfWorkOptions['load'];
  readonly #busyPerMinute: number;

  constructor(secretKey: string, options: ProofOfWorkOptions = {}) {
    this.#key = deriveProofOfWorkKey(secretKey);
    this.#maxNumber = options.maxNumber ?? DEFAULT_MAX_NUMBER;
    this.#now = options.now ?? Date.now;
    this.#load = options.load;
    this.#busyPerMinute = options.busyPerMinute ?? 0;
  }

  /**
   * What `GET /v1/challenge` answers. With `resource` (a submission path such as
   * `/v1/petitions/x/signatures`), the challenge is bound to it and as hard as its load
   * requires; without, it is of the base difficulty and valid anywhere not busy.
   */
  async challengeFor(resourceQuery: string | undefined): Promise<Challenge> {
    if (resourceQuery === undefined || resourceQuery === '') return this.createChallenge();
    const resource = resourceQuery.startsWith('/v1/') ? resourceQuery : `/v1/${resourceQuery.replace(/^\/+/, '')}`;
    if (resource.length > MAX_RESOURCE_LENGTH || !submissionRule(resource)) {
      throw new HttpError(422, 'validation_failed', 'Some fields are invalid', { resource: 'invalid_value' });
    }
    return this.createChallenge({ resource, maxNumber: await this.#requiredMaxNumber(resource) });
  }

  createChallenge({ resource, maxNumber = this.#maxNumber }: { resource?: string; maxNumber?: number } = {}): Challenge {
    const expires = Math.floor(this.#now() / 1000) + CHALLENGE_LIFETIME_SECONDS;
    const params = new URLSearchParams({
      expires: String(expires),
      max: String(maxNumber),
      ...(resource === undefined ? {} : { resource }),
    });
    const salt = `${randomBytes(12).toString('hex')}?${params}`;
    const challenge = sha256Hex(salt + randomInt(0, maxNumber + 1));
    return { algorithm: ALGORITHM, challenge, salt, maxNumber, signature: this.#sign(ALGORITHM, challenge, salt) };
  }

  /**
   * Checks the request's proof (422 `proof_*`) and records it as used in `tx` (422
   * `proof_used` if it was). A proof bound to another resource is invalid; one easier
   * than half what the resource now requires is `proof_too_easy` (the load rose while
   * it was solved: one level of slack, and the client retries with a new challenge).
   */
  async consume(c: Context, tx: Queryable): Promise<void> {
    const { challenge, expiresAt, maxNumber, resource } = this.verify(c.req.header(PROOF_HEADER));
    if (resource !== undefined && resource !== c.req.path) throw invalid();
    if (maxNumber * 2 < (await this.#requiredMaxNumber(c.req.path, tx))) {
      throw new HttpError(
        422,
        'proof_too_easy',
        `This form is busy: get a harder challenge, GET /v1/challenge?resource=${encodeURIComponent(c.req.path)}`,
      );
    }
    const inserted = await tx.query(
      `INSERT INTO used_challenges (challenge, expires_at) VALUES ($1, to_timestamp($2))
       ON CONFLICT (challenge) DO NOTHING RETURNING challenge`,
      [challenge, expiresAt],
    );
    if (inserted.length === 0) throw new HttpError(422, 'proof_used', 'This proof of work was already used; get a new challenge');
  }

  /** The challenge, expiry (unix seconds), difficulty and resource of a valid, unexpired proof; throws 422 otherwise. */
  verify(header: string | undefined): { challenge: string; expiresAt: number; maxNumber: number; resource: string | undefined } {
    if (!header) throw new HttpError(422, 'proof_required', `Solve GET /v1/challenge and send the ${PROOF_HEADER} header`);
    const solution = parseSolution(header);
    if (!solution || solution.algorithm !== ALGORITHM || !this.#signatureMatches(solution)) throw invalid();
    const params = new URLSearchParams(solution.salt.split('?')[1] ?? '');
    const expires = wholeNumber(params.get('expires'));
    const maxNumber = wholeNumber(params.get('max'));
    if (!(solution.number <= maxNumber) || sha256Hex(solution.salt + solution.number) !== solution.challenge) throw invalid();
    const nowSeconds = this.#now() / 1000;
    // Signed by us, so out of range only with a changed lifetime or a clock far off: refuse, never store.
    if (!(expires <= nowSeconds + CHALLENGE_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS)) throw invalid();
    if (expires < nowSeconds) throw new HttpError(422, 'proof_expired', 'This challenge expired; get a new one');
    return { challenge: solution.challenge, expiresAt: expires, maxNumber, resource: params.get('resource') ?? undefined };
  }

  /** The base difficulty, doubled for each doubling of the resource's load past `busyPerMinute`, up to the maximum factor. */
  async #requiredMaxNumber(resource: string, tx?: Queryable): Promise<number> {
    if (!this.#load || this.#busyPerMinute <= 0) return this.#maxNumber;
    const load = await this.#load(resource, tx);
    const factor =
      load < this.#busyPerMinute ? 1 : Math.min(MAX_DIFFICULTY_FACTOR, 2 ** (1 + Math.floor(Math.log2(load / this.#busyPerMinute))));
    return this.#maxNumber * factor;
  }

  /** HMAC over every field the server relies on, as a JSON array: unambiguous, field by field. */
  #sign(algorithm: string, challenge: string, salt: string): string {
    return createHmac('sha256', this.#key)
      .update(JSON.stringify([algorithm, challenge, salt]))
      .digest('hex');
  }

  #signatureMatches(solution: Solution): boolean {
    const expected = Buffer.from(this.#sign(solution.algorithm, solution.challenge, solution.salt), 'hex');
    const given = /^[0-9a-f]{64}$/.test(solution.signature) ? Buffer.from(solution.signature, 'hex') : Buffer.alloc(0);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

function parseSolution(header: string): Solution | undefined {
  if (header.length > PROOF_HEADER_MAX_LENGTH) return undefined;
  try {
    const value = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as Record<string, unknown>;
    const { algorithm, challenge, number, salt, signature } = value ?? {};
    if (typeof algorithm !== 'string' || typeof challenge !== 'string' || typeof salt !== 'string' || typeof signature !== 'string') {
      return undefined;
    }
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0 || !/^[0-9a-f]{64}$/.test(challenge)) return undefined;
    return { algorithm, challenge, number, salt, signature };
  } catch {
    return undefined;
  }
}

/** A salt parameter as a positive whole number of at most 12 digits, else NaN (comparisons with NaN are false). */
function wholeNumber(text: string | null): number {
  return text !== null && /^[1-9][0-9]{0,11}$/.test(text) ? Number(text) : NaN;
}

const invalid = () => new HttpError(422, 'proof_invalid', 'The proof of work is not valid');

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The `idempotent` option spending the request's proof, or none when proof of work is off. */
export function proofCheck(proof: ProofOfWork | undefined, c: Context): { beforeWrite?: (tx: Queryable) => Promise<void> } {
  return proof ? { beforeWrite: (tx) => proof.consume(c, tx) } : {};
}

/** Forgets used challenges past their expiry: an expired proof is refused anyway. */
export async function purgeUsedChallenges(db: Queryable): Promise<void> {
  await db.query('DELETE FROM used_challenges WHERE expires_at < now()');
}
