import type { DerivedKeys } from '../crypto/keys.js';
import { open, seal } from '../crypto/sealed-box.js';
import type { Queryable } from '../db/database.js';

/**
 * What an adhesion seals in `personal_data`: every contact, and a citizen's name. An
 * association's name (with its registration number and city) stays in clear: it is public.
 */
export interface AdhesionPersonalData {
  contact: string;
  name?: string;
}

/** Authenticated with the ciphertext: a sealed value moved to another charter's row no longer opens. */
const context = (charterId: string) => `charter-adhesion:${charterId}`;

export const isPublicName = (kind: string) => kind === 'association';

export function sealAdhesion(keys: DerivedKeys, charterId: string, kind: string, name: string, contact: string): Buffer {
  const data: AdhesionPersonalData = isPublicName(kind) ? { contact } : { contact, name };
  return seal(keys.encryptionKey, JSON.stringify(data), context(charterId));
}

export interface StoredAdhesionData {
  charter_id: string;
  name: string | null;
  contact: string | null;
  personal_data: Uint8Array | null;
}

/** The name and contact of a stored adhesion (opened; a row not yet sealed is read as it is). */
export function openAdhesion(keys: DerivedKeys, row: StoredAdhesionData): { name: string; contact: string } {
  if (!row.personal_data) return { name: row.name ?? '', contact: row.contact ?? '' };
  const data = JSON.parse(open(keys.encryptionKey, Buffer.from(row.personal_data), context(row.charter_id))) as AdhesionPersonalData;
  return { name: data.name ?? row.name ?? '', contact: data.contact };
}

/**
 * Seals the adhesions stored in clear before migration 010 (run by `migrate` with the
 * server's key, in the migration's transaction): their contact, and a citizen's name,
 * move into `personal_data`; the clear columns are emptied. Returns how many were sealed.
 */
export async function sealClearAdhesions(tx: Queryable, keys: DerivedKeys): Promise<number> {
  const rows = await tx.query<{ id: number | string; charter_id: string; kind: string; name: string | null; contact: string | null }>(
    'SELECT id, charter_id, kind, name, contact FROM charter_adhesions WHERE personal_data IS NULL FOR UPDATE',
  );
  for (const row of rows) {
    const sealed = sealAdhesion(keys, row.charter_id, row.kind, row.name ?? '', row.contact ?? '');
    await tx.query(
      `UPDATE charter_adhesions SET personal_data = decode($2, 'hex'), contact = NULL,
         name = CASE WHEN kind = 'association' THEN name END
       WHERE id = $1`,
      [row.id, sealed.toString('hex')],
    );
  }
  return rows.length;
}
