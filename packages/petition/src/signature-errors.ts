import { msg, str } from '@lit/localize';
import {
  ADDRESS_MAX,
  ADDRESS_MIN,
  CONTACT_MAX,
  FULL_NAME_MAX,
  FULL_NAME_MIN,
  describeFieldError,
  formatNumber,
  type FieldErrorCode,
  type Locale,
} from '@mocharaka/core';
import type { SignatureField } from './signature-rules.js';

// A lazy module: a citizen sees these only after a submit that needs correcting. Its download
// starts when the focus first enters the form, so it is there by the time of the submit.

/**
 * What to tell the citizen about a field, GOV.UK style: say what to do, name the field.
 * Codes from the browser check and from a server 422 land here alike; a code this
 * catalogue does not know falls back to core's generic message.
 */
export function fieldErrorMessage(field: SignatureField, code: FieldErrorCode, locale: Locale): string {
  const n = (value: number) => formatNumber(locale, value);
  switch (field) {
    case 'fullName':
      if (code === 'required') return msg('Enter your full name');
      if (code === 'too_short') return msg(str`Your full name must be at least ${n(FULL_NAME_MIN)} characters`);
      if (code === 'too_long') return msg(str`Your full name must be ${n(FULL_NAME_MAX)} characters or fewer`);
      break;
    case 'nationalId':
      if (code === 'required') return msg('Enter the number of your national ID card');
      return msg('Enter the number as it is written on your national ID card, for example AB123456');
    case 'address':
      if (code === 'required') return msg('Enter your address in the commune');
      if (code === 'too_short') return msg(str`Your address must be at least ${n(ADDRESS_MIN)} characters`);
      if (code === 'too_long') return msg(str`Your address must be ${n(ADDRESS_MAX)} characters or fewer`);
      break;
    case 'eligibility':
      return msg('Select how you are linked to the commune');
    case 'consent':
      return msg('Tick the box to accept the processing of your data: a signature cannot be recorded without it');
    case 'contact':
      if (code === 'too_long') return msg(str`Your contact must be ${n(CONTACT_MAX)} characters or fewer`);
      return msg('Enter an e-mail address or a phone number, or leave this field empty');
  }
  return describeFieldError(code);
}
