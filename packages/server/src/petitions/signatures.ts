import { createHmac, randomBytes } from 'node:crypto';
import type { EligibilityBasis } from '@mocharaka/core/contract';
import { nationalIdHash } from '../crypto/id-hash.js';
import type { DerivedKeys } from '../crypto/keys.js';
import { open, seal } from '../crypto/sealed-box.js';
import type { Queryable } from '../db/database.js';
import { HttpError, notFound } from '../http/http-error.js';
import { FRESH, isoTimestamp, writeOnce, type HandlerResult } from '../http/idempotency.js';

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

/**
 * How often the ID was used to sign this petition (1: once) and how many of the later
 * attempts gave another name, address or basis than the signature that stands: staff
 * only, to spot an ID used by someone else (signature squatting, docs/security.md).
 */
export interface SignatureAttempts {
  attempts: number;
  conflictingAttempts: number;
}

/** A signature as staff see it once decrypted (CSV and printable list). */
export interface DecryptedSignature extends PersonalData, SignatureAttempts {
  number: number;
  signedAt: Date;
  erased?: undefined;
}

/** A signature whose personal data was erased once the retention period ran out (`petitions/retention.ts`). */
export interface ErasedSignature extends SignatureAttempts {
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
 * A keyed fingerprint of what a signature says — name, address, basis, compared
 * without case or extra spaces — so a repeat by the same person is told from someone
 * else's attempt under the same ID (signature squatting) without storing anything new
 * in clear. Keyed: a dump alone cannot test guesses of a name against it.
 */
export function signatureFingerprint(fingerprintKey: Buffer, input: Pick<PersonalData, 'fullName' | 'address' | 'eligibility'>): Buffer {
  const normal = (text: string) => text.normalize('NFKC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
  return createHmac('sha256', fingerprintKey)
    .update(JSON.stringify([normal(input.fullName), normal(input.address), input.eligibility]))
    .digest();
}

/** Answers a refusal of the signature statement names. */
function signatureRefusal(code: string): Error {
  if (code === 'not_found') return notFound('Petition');
  if (code === 'closed') return new HttpError(409, 'petition_closed', 'This petition is not open for signatures');
  return new HttpError(422, 'validation_failed', 'Some fields are invalid', { eligibility: 'invalid_value' });
}

/**
 * Records a signature when the petition is open to it, in one statement with its
 * Idempotency-Key (`writeOnce`). A first signature and one by an ID that already signed
 * take the same path and get the same kind of answer: the hash, fingerprint and
 * ciphertext are computed either way, and the same statement runs and writes either way
 * — it inserts the first, or counts the attempt on the existing row (the first signature
 * stands; an attempt saying something else counts as conflicting, for staff to see). So
 * both commit a write (one WAL flush each: no timing difference), and the receipt carries
 * a fresh random reference and no count.
 */
export async function sign(tx: Queryable, keys: DerivedKeys, petitionId: string, input: SignatureInputValue): Promise<HandlerResult> {
  const personal: PersonalData = {
    fullName: input.fullName,
    nationalId: input.nationalId,
    address: input.address,
    eligibility: input.eligibility,
    ...(input.contact ? { contact: input.contact } : {}),
  };
  const idHash = nationalIdHash(keys.idHashKey, input.nationalId);
  const sealed = seal(keys.encryptionKey, JSON.stringify(personal), petitionId);
  return writeOnce(tx, {
    ctes: `petition AS (
         SELECT status, eligibility, (now() >= opens_at AND now() < closes_at) AS open FROM petitions WHERE id = $1
       ),
       attempt AS (
         INSERT INTO petition_signatures (petition_id, id_hash, personal_data, data_fingerprint)
         SELECT $1, decode($2, 'hex'), decode($3, 'hex'), decode($4, 'hex') FROM petition
         WHERE petition.status = 'collecting' AND petition.open AND $5 = ANY (petition.eligibility) AND ${FRESH}
         ON CONFLICT (petition_id, id_hash) DO UPDATE SET
           attempts = petition_signatures.attempts + 1,
           conflicting_attempts = petition_signatures.conflicting_attempts
             + (petition_signatures.data_fingerprint IS NOT NULL
                AND petition_signatures.data_fingerprint <> excluded.data_fingerprint)::integer
       ),
       outcome AS (
         SELECT CASE WHEN petition.status IS NULL THEN 'not_found'
                     WHEN petition.status <> 'collecting' OR NOT petition.open THEN 'closed'
                     WHEN NOT ($5 = ANY (petition.eligibility)) THEN 'ineligible' END AS refusal,
                201 AS status,
                jsonb_build_object('receipt', jsonb_build_object('reference', $6::text, 'signedAt', ${isoTimestamp('now()')})) AS body
         FROM (SELECT) AS one LEFT JOIN petition ON true
       )`,
    params: [
      petitionId,
      idHash.toString('hex'),
      sealed.toString('hex'),
      signatureFingerprint(keys.fingerprintKey, personal).toString('hex'),
      input.eligibility,
      newReference(),
    ],
    refusal: signatureRefusal,
  });
}

/**
 * Every online signature of a petition, decrypted, numbered in signing order (staff only).
 * A signature whose data was erased after the retention period keeps its number and date.
 */
export async function decryptedSignatures(db: Queryable, keys: DerivedKeys, petitionId: string): Promise<ExportedSignature[]> {
  const rows = await db.query<{ data: string; signed_at: Date | string; attempts: number; conflicting_attempts: number }>(
    `SELECT encode(personal_data, 'hex') AS data, signed_at, attempts, conflicting_attempts FROM petition_signatures
     WHERE petition_id = $1 ORDER BY signed_at, id`,
    [petitionId],
  );
  return rows.map((row, index): ExportedSignature => {
    const common = {
      number: index + 1,
      signedAt: new Date(row.signed_at),
      attempts: row.attempts,
      conflictingAttempts: row.conflicting_attempts,
    };
    return row.data === ''
      ? { ...common, erased: true }
      : { ...common, ...(JSON.parse(open(keys.encryptionKey, Buffer.from(row.data, 'hex'), petitionId)) as PersonalData) };
  });
}
