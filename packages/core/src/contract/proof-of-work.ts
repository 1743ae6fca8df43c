import * as z from 'zod/mini';

/**
 * What `GET /v1/challenge` answers (ALTCHA-style, no third party). The client finds the
 * `number` from 0 to `maxNumber` with `hex(sha256(salt + number))` equal to `challenge`
 * and sends the solution in `PROOF_HEADER` (see `ProofSolution`).
 */
export const ProofChallenge = z.object({
  algorithm: z.literal('SHA-256'),
  challenge: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Ends in `?expires=<unix seconds>&…`: what the server relies on travels signed with it. */
  salt: z.string(),
  maxNumber: z.int().check(z.gte(1)),
  /** The server's HMAC over algorithm, challenge and salt. */
  signature: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type ProofChallenge = z.infer<typeof ProofChallenge>;

/** The proof header's value is base64 of this JSON: the challenge as received, with the number found. */
export type ProofSolution = Omit<ProofChallenge, 'maxNumber'> & { number: number };

/** The longest proof header the server reads. */
export const PROOF_HEADER_MAX_LENGTH = 1024;
