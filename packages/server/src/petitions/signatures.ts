import { randomBytes } from 'node:crypto';
import type { EligibilityBasis, PetitionStatus, SignatureReceipt } from '@mocharaka/core/contract';
import { nationalIdHash } from '../crypto/id-hash.js';
import type { DerivedKeys } from '../crypto/keys.js';
import { open, seal } from '../crypto/sealed-box.js';
import type { Queryable } from '../db/database.js';
import { HttpError, notFound } from '../http/http-error.js';

/** What is sealed in `personal_data`: exactly the fields the signatory gave, never in clear. */
export interface PersonalData {
  fullName: string;
  nationalId: string;
  address: string;
  eligibility: EligibilityBasis;
  contact?: string;
}

export interface SignatureInputValue extends PersonalData {
  consent: true;
}

/** A signature as staff see it once decrypted (CSV and printable list). */
export interface DecryptedSignature extends PersonalData {
  number: number;
  signedAt: Date;
  erased?: undefined;
}

/** A signature whose personal data was erased once the retention period ran out (`petitions/retention.ts`). */
export interface ErasedSignature {
  number: number;
  signedAt: Date;
  erased: true;
}

export type ExportedSignature = DecryptedSignature | ErasedSignature;

/** 80 random bits as `XXXX-XXXX-XXXX-XXXX`: says nothing about the signature, its order or its signatory. */
export function newReference(): string {
  return (randomBytes(8).toString('hex').toUpperCase().match(/.{4}/g) ?? []).join('-');
}

/**
 * Records a signature when the petition is open to it. A first signature and one by an
 * ID that already signed take the same path and get the same kind of answer: the hash
 * and the ciphertext are computed either way, the same statement runs (the database's
 * unique constraint silently drops the duplicate), and the receipt carries a fresh
 * random reference and no count.
 */
export async function sign(
  tx: Queryable,
  keys: DerivedKeys,
  petitionId: string,
  input: SignatureInputValue,
): Promise<SignatureReceipt> {
  const [petition] = await tx.query<{ status: PetitionStatus; eligibility: EligibilityBasis[]; open: boolean }>(
    `SELECT status, eligibility, (now() >= opens_at AND now() < closes_at) AS open FROM petitions WHERE id = $1`,
    [petitionId],
  );
  if (!petition) throw notFound('Petition');
  if (petition.status !== 'collecting' || !petition.open) {
    throw new HttpError(409, 'petition_closed', 'This petition is not open for signatures');
  }
  if (!petition.eligibility.includes(input.eligibility)) {
    throw new HttpError(422, 'validation_failed', 'Some fields are invalid', { eligibility: 'invalid_value' });
  }
  const personal: PersonalData = {
    fullName: input.fullName,
    nationalId: input.nationalId,
    address: input.address,
    eligibility: input.eligibility,
    ...(input.contact ? { contact: input.contact } : {}),
  };
  const idHash = nationalIdHash(keys.idHashKey, input.nationalId);
  const sealed = seal(keys.encryptionKey, JSON.stringify(personal), petitionId);
  const [row] = await tx.query<{ signed_at: Date | string }>(
    `WITH attempt AS (
       INSERT INTO petition_signatures (petition_id, id_hash, personal_data)
       VALUES ($1, decode($2, 'hex'), decode($3, 'hex'))
       ON CONFLICT (petition_id, id_hash) DO NOTHING
     )
     SELECT now() AS signed_at`,
    [petitionId, idHash.toString('hex'), sealed.toString('hex')],
  );
  return { receipt: { reference: newReference(), signedAt: new Date(row!.signed_at).toISOString() } };
}

/**
 * Every online signature of a petition, decrypted, numbered in signing order (staff only).
 * A signature whose data was erased after the retention period keeps its number and date.
 */
export async function decryptedSignatures(db: Queryable, keys: DerivedKeys, petitionId: string): Promise<ExportedSignature[]> {
  const rows = await db.query<{ data: string; signed_at: Date | string }>(
    `SELECT encode(personal_data, 'hex') AS data, signed_at FROM petition_signatures
     WHERE petition_id = $1 ORDER BY signed_at, id`,
    [petitionId],
  );
  return rows.map((row, index): ExportedSignature =>
    row.data === ''
      ? { number: index + 1, signedAt: new Date(row.signed_at), erased: true }
      : {
          number: index + 1,
          ...(JSON.parse(open(keys.encryptionKey, Buffer.from(row.data, 'hex'), petitionId)) as PersonalData),
          signedAt: new Date(row.signed_at),
        },
  );
}
