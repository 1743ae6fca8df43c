import {
  ADDRESS_MAX,
  ADDRESS_MIN,
  CONTACT_MAX,
  CONTACT_PATTERN,
  ELIGIBILITY_BASES,
  FULL_NAME_MAX,
  FULL_NAME_MIN,
  NATIONAL_ID_PATTERN,
  normalizeNationalId,
  toLatinDigits,
  textLengthError,
  type EligibilityBasis,
  type FieldErrorCode,
  type SignatureInput,
} from '@mocharaka/core';

/** The signing form's fields, in the order the form (and the error summary) shows them. */
export const SIGNATURE_FIELDS = ['fullName', 'nationalId', 'address', 'eligibility', 'consent', 'contact'] as const;
export type SignatureField = (typeof SIGNATURE_FIELDS)[number];

/** What the citizen has typed so far; kept in sessionStorage as the draft. */
export interface SignatureDraft {
  fullName: string;
  nationalId: string;
  address: string;
  eligibility: string;
  consent: boolean;
  contact: string;
}

export const emptyDraft = (): SignatureDraft => ({
  fullName: '',
  nationalId: '',
  address: '',
  eligibility: '',
  consent: false,
  contact: '',
});

/** A draft rebuilt from what sessionStorage held, keeping only well-typed fields; never the consent. */
export function restoreDraft(stored: unknown): SignatureDraft {
  const draft = emptyDraft();
  const fields = (stored ?? {}) as Partial<Record<keyof SignatureDraft, unknown>>;
  for (const key of ['fullName', 'nationalId', 'address', 'eligibility', 'contact'] as const) {
    const value = fields[key];
    if (typeof value === 'string') draft[key] = value;
  }
  return draft;
}

/** Consent is not kept: it is given anew, explicitly, on every visit. */
export const keptDraft = ({ consent: _consent, ...kept }: SignatureDraft) => kept;

export const isDraftEmpty = (draft: SignatureDraft) => Object.values(keptDraft(draft)).every((value) => value === '');

export type SignatureErrors = Partial<Record<SignatureField, FieldErrorCode>>;

/**
 * Checks a draft with the rules the server's zod schema (`SignatureInput`) is built from,
 * without the zod runtime: the same trimming, the same ID normalisation, the same limits.
 * Returns the field errors, or the exact payload to send.
 */
export function checkSignature(
  draft: SignatureDraft,
  allowed: readonly EligibilityBasis[],
): { errors: SignatureErrors; signature?: SignatureInput } {
  const errors: SignatureErrors = {};
  const fullName = draft.fullName.trim();
  const nationalId = normalizeNationalId(draft.nationalId);
  const address = draft.address.trim();
  const contact = toLatinDigits(draft.contact).trim();

  const nameError = textLengthError(fullName, FULL_NAME_MIN, FULL_NAME_MAX);
  if (nameError) errors.fullName = nameError;
  if (nationalId === '') errors.nationalId = 'required';
  else if (!NATIONAL_ID_PATTERN.test(nationalId)) errors.nationalId = 'invalid_format';
  const addressError = textLengthError(address, ADDRESS_MIN, ADDRESS_MAX);
  if (addressError) errors.address = addressError;
  const basis = draft.eligibility as EligibilityBasis;
  if (!draft.eligibility) errors.eligibility = 'required';
  else if (!ELIGIBILITY_BASES.includes(basis) || !allowed.includes(basis)) errors.eligibility = 'invalid_value';
  if (!draft.consent) errors.consent = 'required';
  if (contact.length > CONTACT_MAX) errors.contact = 'too_long';
  else if (contact && !CONTACT_PATTERN.test(contact)) errors.contact = 'invalid_format';

  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    signature: { fullName, nationalId, address, eligibility: basis, consent: true, ...(contact ? { contact } : {}) },
  };
}
