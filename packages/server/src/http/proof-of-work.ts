import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deriveProofOfWorkKey } from '../crypto/keys.js';
import type { Queryable } from '../db/database.js';
import { HttpError } from './http-error.js';

export const PROOF_HEADER = 'Mocharaka-Proof';
/** How long a challenge can be solved and used. */
export const CHALLENGE_LIFETIME_SECONDS = 10 * 60;
/**
 * The secret number is drawn from 0..maxNumber, so a client hashes maxNumber / 2 times on
 * average. Chosen with scripts/bench-proof-of-work.mjs: well under a second on a CPU
 * slowed 4× (a low-end phone). It only prices each submission; the rate limits do the rest.
 */
export const DEFAULT_MAX_NUMBER = 20_000;
const ALGORITHM = 'SHA-256';

export interface Challenge {
  algorithm: typeof ALGORITHM;
  challenge: string;
  salt: string;
  maxNumber: number;
  signature: string;
}

interface Solution {
  algorithm: string;
  challenge: string;
  number: number;
  salt: string;
  signature: string;
}

/**
 * The ALTCHA-style bot check on public submissions: no third party, no cookie, no
 * personal data. The server signs a challenge `sha256(salt + number)` with a key of its
 * own (HKDF from MOCHARAKA_SECRET_KEY); the client finds `number` by trying them all.
 * A solution is checked (signature, hash, expiry in the salt) and recorded as used in
 * the submission's own transaction, so it counts once, across processes and restarts.
 */
export class ProofOfWork {
  readonly #key: Buffer;
  readonly #maxNumber: number;
  readonly #now: () => number;

  constructor(secretKey: string, options: { maxNumber?: number; now?: () => number } = {}) {
    this.#key = deriveProofOfWorkKey(secretKey);
    this.#maxNumber = options.maxNumber ?? DEFAULT_MAX_NUMBER;
    this.#now = options.now ?? Date.now;
  }

  createChallenge(): Challenge {
    const expires = Math.floor(this.#now() / 1000) + CHALLENGE_LIFETIME_SECONDS;
    const salt = `${randomBytes(12).toString('hex')}?expires=${expires}`;
    const number = randomInt(0, this.#maxNumber + 1);
    const challenge = sha256Hex(salt + number);
    return { algorithm: ALGORITHM, challenge, salt, maxNumber: this.#maxNumber, signature: this.#sign(challenge) };
  }

  /** Checks the request's proof (422 `proof_*`) and records it as used in `tx` (422 `proof_used` if it was). */
  async consume(c: Context, tx: Queryable): Promise<void> {
    const { challenge, expiresAt } = this.verify(c.req.header(PROOF_HEADER));
    const inserted = await tx.query(
      `INSERT INTO used_challenges (challenge, expires_at) VALUES ($1, to_timestamp($2))
       ON CONFLICT (challenge) DO NOTHING RETURNING challenge`,
      [challenge, expiresAt],
    );
    if (inserted.length === 0) throw new HttpError(422, 'proof_used', 'This proof of work was already used; get a new challenge');
  }

  /** The challenge and its expiry (unix seconds) of a valid, unexpired proof; throws 422 otherwise. */
  verify(header: string | undefined): { challenge: string; expiresAt: number } {
    if (!header) throw new HttpError(422, 'proof_required', `Solve GET /v1/challenge and send the ${PROOF_HEADER} header`);
    const solution = parseSolution(header);
    if (!solution || solution.algorithm !== ALGORITHM || !this.#signatureMatches(solution)) throw invalid();
    if (solution.number > this.#maxNumber || sha256Hex(solution.salt + solution.number) !== solution.challenge) throw invalid();
    const expires = Number(new URLSearchParams(solution.salt.split('?')[1] ?? '').get('expires'));
    if (!Number.isSafeInteger(expires) || expires <= 0) throw invalid();
    if (expires * 1000 < this.#now()) throw new HttpError(422, 'proof_expired', 'This challenge expired; get a new one');
    return { challenge: solution.challenge, expiresAt: expires };
  }

  #sign(challenge: string): string {
    return createHmac('sha256', this.#key).update(challenge).digest('hex');
  }

  #signatureMatches(solution: Solution): boolean {
    const expected = Buffer.from(this.#sign(solution.challenge), 'hex');
    const given = /^[0-9a-f]{64}$/.test(solution.signature) ? Buffer.from(solution.signature, 'hex') : Buffer.alloc(0);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

function parseSolution(header: string): Solution | undefined {
  if (header.length > 1024) return undefined;
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
