import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies, CSRF tokens and the secret part of API tokens. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a session or API token: its SHA-256 (the secret has 256 bits: no KDF needed). */
export function secretDigest(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function newId(): string {
  return randomUUID();
}
