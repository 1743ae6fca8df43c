// What `GET /v1/challenge` answers and the header a solution travels in, as the contract
// defines them; the solver is in `lazy/solve-challenge.ts`.
export type { ProofChallenge } from '../contract/proof-of-work.js';
export { PROOF_HEADER } from '../contract/http.js';
