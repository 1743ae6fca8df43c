import {
  CONTACT_PATTERN,
  MEETING_CONTACT_MAX,
  MEETING_NAME_MAX,
  MEETING_NAME_MIN,
  MEETING_PARTY_MAX,
  textLengthError,
  toLatinDigits,
  type FieldErrorCode,
  type RegistrationInput,
} from '@mocharaka/core';

/** The registration form's fields, in the order the form (and its error summary) shows them. */
export const REGISTRATION_FIELDS = ['name', 'contact', 'people', 'consent'] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];
export type RegistrationErrors = Partial<Record<RegistrationField, FieldErrorCode>>;

export interface RegistrationDraft {
  name: string;
  contact: string;
  /** As typed: Arabic-Indic digits are normal input. */
  people: string;
  consent: boolean;
}

export const emptyRegistration = (): RegistrationDraft => ({ name: '', contact: '', people: '1', consent: false });

/**
 * Checks a draft with the rules the server's `RegistrationInput` is built from (without
 * zod): the same trimming, limits and digits. Returns the field errors, or the payload.
 */
export function checkRegistration(draft: RegistrationDraft): { errors: RegistrationErrors; registration?: RegistrationInput } {
  const errors: RegistrationErrors = {};
  const name = draft.name.trim();
  const contact = toLatinDigits(draft.contact).trim();
  const peopleText = toLatinDigits(draft.people).trim();
  const nameError = textLengthError(name, MEETING_NAME_MIN, MEETING_NAME_MAX);
  if (nameError) errors.name = nameError;
  if (contact.length > MEETING_CONTACT_MAX) errors.contact = 'too_long';
  else if (contact !== '' && !CONTACT_PATTERN.test(contact)) errors.contact = 'invalid_format';
  const people = Number(peopleText);
  if (peopleText === '') errors.people = 'required';
  else if (!/^[0-9]+$/.test(peopleText)) errors.people = 'invalid_format';
  else if (people < 1) errors.people = 'too_small';
  else if (people > MEETING_PARTY_MAX) errors.people = 'too_big';
  if (!draft.consent) errors.consent = 'required';
  if (Object.keys(errors).length > 0) return { errors };
  return { errors, registration: { name, ...(contact ? { contact } : {}), people, consent: true } };
}
