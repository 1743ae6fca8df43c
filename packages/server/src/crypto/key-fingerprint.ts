import { hkdfSync } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { KEY_INFO } from './keys.js';

export class SecretKeyMismatchError extends Error {
  override name = 'SecretKeyMismatchError';
}

/**
 * A one-way fingerprint of MOCHARAKA_SECRET_KEY (HKDF with its own info string, so it
 * reveals nothing of the keys that hash IDs or seal data), shown as 32 hex digits.
 */
export function secretKeyFingerprint(secretKey: string): string {
  return Buffer.from(hkdfSync('sha256', secretKey, 'mocharaka/v1', KEY_INFO.keyFingerprint, 16)).toString('hex');
}

/**
 * Records the key's fingerprint on first use of the database; afterwards refuses (throws)
 * a server started with another key: its exports would fail to decrypt every signature
 * and adhesion, and a second signature by the same ID would no longer be recognised.
 */
export async function checkSecretKey(tx: Queryable, secretKey: string): Promise<void> {
  const fingerprint = secretKeyFingerprint(secretKey);
  await tx.query('INSERT INTO secret_key_fingerprint (fingerprint) VALUES ($1) ON CONFLICT (singleton) DO NOTHING', [fingerprint]);
  const [row] = await tx.query<{ fingerprint: string; recorded_at: Date | string }>(
    'SELECT fingerprint, recorded_at FROM secret_key_fingerprint',
  );
  if (row && row.fingerprint !== fingerprint) {
    throw new SecretKeyMismatchError(
      `MOCHARAKA_SECRET_KEY is not the key this database was first used with (fingerprint ${fingerprint.slice(0, 8)}…, ` +
        `expected ${row.fingerprint.slice(0, 8)}… recorded ${new Date(row.recorded_at).toISOString()}). With another key the ` +
        'server could not decrypt signatures and adhesions nor recognise a second signature by the same ID. Start it with ' +
        'the original key (from your secrets store or backup); a lost key cannot be recovered.',
    );
  }
}
