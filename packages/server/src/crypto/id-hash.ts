import { createHmac } from 'node:crypto';
import { normalizeNationalId } from '@mocharaka/core/contract';

/**
 * HMAC-SHA256 of the normalised national ID. Keyed, so a copy of the database alone
 * cannot be searched for a known ID number (an unkeyed hash of a short ID is trivially
 * brute-forced); deterministic, so the database can refuse a second signature.
 */
export function nationalIdHash(idHashKey: Buffer, nationalId: string): Buffer {
  return createHmac('sha256', idHashKey).update(normalizeNationalId(nationalId), 'utf8').digest();
}
