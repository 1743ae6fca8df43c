import { ApiError } from '../client/api-error.js';
import type { SubmitOptions } from '../client/backend.js';
import { PROOF_HEADER, type ProofChallenge } from '../client/proof-of-work.js';
import { solveChallenge } from './solve-challenge.js';

/** Endpoints whose `GET challenge` answered 404: a backend with proof of work off, or another implementation. */
const withoutProof = new Set<string>();

/** One JSON request to a path below the backend's endpoint (HttpBackend's transport). */
export type JsonRequest = <T>(path: string, init: RequestInit) => Promise<T>;

/**
 * HttpBackend's submission: solves a proof-of-work challenge from the backend (no third
 * party), sends it in `Mocharaka-Proof` with the body and idempotency key, and replaces a
 * refused proof (422 `proof_*`) once by a fresh one. Loaded with the first submission:
 * a citizen who only reads never downloads it.
 */
export async function postWithProof<T>(
  endpoint: string,
  request: JsonRequest,
  path: string,
  body: unknown,
  options: SubmitOptions,
): Promise<T> {
  const send = async () => {
    const proof = await solvedProof(endpoint, request, path, options.signal);
    return request<T>(path, {
      method: 'POST',
      body: JSON.stringify(body),
      signal: options.signal,
      headers: {
        'content-type': 'application/json',
        'idempotency-key': options.idempotencyKey,
        ...(proof ? { [PROOF_HEADER]: proof } : {}),
      },
    });
  };
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 422 && error.code.startsWith('proof_'))) throw error;
    withoutProof.delete(endpoint); // `proof_required`: the backend turned it on since
    return send();
  }
}

/** A solved challenge for the next submission, or undefined when this backend asks none. */
async function solvedProof(endpoint: string, request: JsonRequest, path: string, signal?: AbortSignal): Promise<string | undefined> {
  if (withoutProof.has(endpoint)) return undefined;
  let challenge: ProofChallenge;
  try {
    // Bound to the submission's path: the server sets the difficulty by that resource's load.
    challenge = await request<ProofChallenge>(`challenge?resource=${encodeURIComponent(path)}`, { method: 'GET', signal });
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    withoutProof.add(endpoint);
    return undefined;
  }
  return solveChallenge(challenge, signal);
}
