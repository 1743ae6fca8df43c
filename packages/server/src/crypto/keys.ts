import { hkdfSync } from 'node:crypto';

/** Fixed HKDF salt: the secret key is already high-entropy, the salt only separates this application. */
const SALT = 'mocharaka/v1';

/**
 * The keys derived from `MOCHARAKA_SECRET_KEY` with HKDF-SHA256. Each purpose has its
 * own info string, so the key that hashes national IDs never encrypts anything and
 * learning one derived key reveals nothing about the other.
 */
export interface DerivedKeys {
  /** HMAC-SHA256 key for signatories' national IDs (duplicates are found by this hash). */
  idHashKey: Buffer;
  /** AES-256-GCM key for signatories' personal data at rest. */
  encryptionKey: Buffer;
  /** HMAC-SHA256 key of what a signature says (name, address, basis): tells a repeat from a conflicting attempt under one ID. */
  fingerprintKey: Buffer;
}

export const KEY_INFO = {
  idHash: 'mocharaka petition national-id hmac v1',
  encryption: 'mocharaka petition personal-data aes-256-gcm v1',
  proofOfWork: 'mocharaka proof-of-work challenge hmac v1',
  signatureFingerprint: 'mocharaka petition signature fingerprint hmac v1',
  keyFingerprint: 'mocharaka secret key fingerprint v1',
} as const;

export function deriveKeys(secretKey: string): DerivedKeys {
  if (secretKey.length < 32) throw new Error('The secret key must be at least 32 characters');
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secretKey, SALT, info, 32));
  return {
    idHashKey: derive(KEY_INFO.idHash),
    encryptionKey: derive(KEY_INFO.encryption),
    fingerprintKey: derive(KEY_INFO.signatureFingerprint),
  };
}

/** HMAC-SHA256 key signing proof-of-work challenges (`http/proof-of-work.ts`). */
export function deriveProofOfWorkKey(secretKey: string): Buffer {
  if (secretKey.length < 32) throw new Error('The secret key must be at least 32 characters');
  return Buffer.from(hkdfSync('sha256', secretKey, SALT, KEY_INFO.proofOfWork, 32));
}
