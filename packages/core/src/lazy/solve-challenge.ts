import type { ProofChallenge } from '../client/proof-of-work.js';

const BATCH = 500;

/**
 * Finds the number whose SHA-256 with the salt is the challenge, with the browser's own
 * `crypto.subtle`, a batch of hashes at a time, yielding to the event loop between
 * batches so input and rendering keep their turn and the page stays responsive. Resolves
 * to the value of the `Mocharaka-Proof` header, or undefined if no number up to
 * `maxNumber` fits. Loaded on the first submission only: reading needs no proof.
 */
export async function solveChallenge(challenge: ProofChallenge, signal?: AbortSignal): Promise<string | undefined> {
  const { algorithm, challenge: target, salt, signature, maxNumber } = challenge;
  const first = parseInt(target.slice(0, 8), 16);
  const encoder = new TextEncoder();
  for (let start = 0; start <= maxNumber; start += BATCH) {
    signal?.throwIfAborted();
    const numbers = [];
    for (let n = start; n < start + BATCH && n <= maxNumber; n++) numbers.push(n);
    const hashes = await Promise.all(numbers.map((n) => crypto.subtle.digest('SHA-256', encoder.encode(salt + n))));
    // The first 32 bits pick the candidate, the full hex confirms it.
    const index = hashes.findIndex((hash) => new DataView(hash).getUint32(0) === first && hex(hash) === target);
    if (index >= 0) return btoa(JSON.stringify({ algorithm, challenge: target, number: numbers[index], salt, signature }));
    // Digests resolve as microtasks that can starve timers and input: give the event loop a turn.
    await new Promise((resolve) => setTimeout(resolve));
  }
  return undefined;
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
