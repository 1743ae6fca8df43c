import {
  ADHESION_CITY_MAX,
  ADHESION_CITY_MIN,
  ADHESION_CONTACT_MAX,
  ADHESION_NAME_MAX,
  ADHESION_NAME_MIN,
  CONTACT_PATTERN,
  REGISTRATION_NUMBER_MAX,
  textLengthError,
  type AdhesionInput,
  type FieldErrorCode,
} from '@mocharaka/core';

import type { AdhesionDraft, AdhesionField } from './adhesion-draft.js';

export { ADHESION_FIELDS, emptyAdhesion, type AdhesionDraft, type AdhesionField } from './adhesion-draft.js';

/** The adhesion form's text fields. */
export type TextField = 'name' | 'registrationNumber' | 'city' | 'contact';

/** Each text field's `maxlength`: the limits the server's schema is built from. */
export const ADHESION_MAX_LENGTHS: Record<TextField, number> = {
  name: ADHESION_NAME_MAX,
  registrationNumber: REGISTRATION_NUMBER_MAX,
  city: ADHESION_CITY_MAX,
  contact: ADHESION_CONTACT_MAX,
};

export type AdhesionErrors = Partial<Record<AdhesionField, FieldErrorCode>>;

/**
 * Checks a draft with the rules the server's `AdhesionInput` schema is built from
 * (without the zod runtime): the same trimming and limits. Returns the field errors,
 * or the exact payload to send.
 */
export function checkAdhesion(draft: AdhesionDraft): { errors: AdhesionErrors; adhesion?: AdhesionInput } {
  const errors: AdhesionErrors = {};
  const name = draft.name.trim();
  const contact = draft.contact.trim();
  const registrationNumber = draft.registrationNumber.trim();
  const city = draft.city.trim();
  if (!draft.kind) errors.kind = 'required';
  const nameError = textLengthError(name, ADHESION_NAME_MIN, ADHESION_NAME_MAX);
  if (nameError) errors.name = nameError;
  if (draft.kind === 'association') {
    const numberError = textLengthError(registrationNumber, 1, REGISTRATION_NUMBER_MAX);
    if (numberError) errors.registrationNumber = numberError;
    const cityError = textLengthError(city, ADHESION_CITY_MIN, ADHESION_CITY_MAX);
    if (cityError) errors.city = cityError;
  }
  if (contact === '') errors.contact = 'required';
  else if (contact.length > ADHESION_CONTACT_MAX) errors.contact = 'too_long';
  else if (!CONTACT_PATTERN.test(contact)) errors.contact = 'invalid_format';
  if (!draft.consent) errors.consent = 'required';
  if (Object.keys(errors).length > 0) return { errors };
  const common = { name, contact, consent: true as const };
  return {
    errors,
    adhesion: draft.kind === 'association' ? { kind: 'association', ...common, registrationNumber, city } : { kind: 'citizen', ...common },
  };
}
