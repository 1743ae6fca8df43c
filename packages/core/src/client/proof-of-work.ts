/** What `GET /v1/challenge` answers (ALTCHA-style); the solver is in `lazy/solve-challenge.ts`. */
export interface ProofChallenge {
  algorithm: string;
  challenge: string;
  salt: string;
  maxNumber: number;
  signature: string;
}

export const PROOF_HEADER = 'mocharaka-proof';
