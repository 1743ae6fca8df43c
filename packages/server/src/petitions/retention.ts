import type { Queryable } from '../db/database.js';

/** Default of `MOCHARAKA_SIGNATURE_RETENTION_DAYS`. */
export const DEFAULT_SIGNATURE_RETENTION_DAYS = 365;

/**
 * Erases the sealed personal data (name, ID number, address, basis, contact) and its
 * keyed fingerprint of every
 * online signature of a petition whose `closes_at` is more than `retentionDays` days in
 * the past, whatever its status. The row stays, with its `id_hash` and `signed_at`, so
 * the count and the one-signature-per-ID guarantee are unchanged; `personal_data` becomes
 * empty (zero bytes), which the exports show as erased. Idempotent; returns how many
 * signatures were erased by this call.
 */
export async function erasePersonalDataPastRetention(db: Queryable, retentionDays: number): Promise<number> {
  const rows = await db.query<{ erased: number }>(
    `WITH erased AS (
       UPDATE petition_signatures s SET personal_data = ''::bytea, data_fingerprint = NULL
       FROM petitions p
       WHERE p.id = s.petition_id
         AND p.closes_at + make_interval(days => $1::integer) < now()
         AND octet_length(s.personal_data) > 0
       RETURNING s.id
     )
     SELECT count(*)::integer AS erased FROM erased`,
    [retentionDays],
  );
  return rows[0]?.erased ?? 0;
}
