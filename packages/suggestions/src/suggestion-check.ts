import {
  CONTACT_PATTERN,
  SUGGESTION_CONTACT_MAX,
  SUGGESTION_CONTACT_PURPOSE,
  SUGGESTION_NAME_MAX,
  SUGGESTION_TEXT_MAX,
  SUGGESTION_TEXT_MIN,
  textLengthError,
  toLatinDigits,
  type SuggestionBox,
  type SuggestionInput,
} from '@mocharaka/core';
import type { SuggestionDraft, SuggestionErrors } from './suggestion-rules.js';

/**
 * The same rules as the server's schema, without zod: what the form refuses before
 * sending, and the suggestion to send when nothing is refused. Apart from
 * suggestion-rules.ts, which the main module keeps for the draft: only the form checks a
 * draft, so this downloads with the lazy views.
 */
export function checkSuggestion(draft: SuggestionDraft, box: SuggestionBox): { errors: SuggestionErrors; suggestion?: SuggestionInput } {
  const errors: SuggestionErrors = {};
  if (!box.topics.some((topic) => topic.id === draft.topic)) errors.topic = 'required';
  if (draft.neighbourhood && !box.neighbourhoods.some((one) => one.id === draft.neighbourhood)) errors.neighbourhood = 'invalid_value';
  const body = draft.text.trim();
  const textError = textLengthError(body, SUGGESTION_TEXT_MIN, SUGGESTION_TEXT_MAX);
  if (textError) errors.text = textError;
  const name = draft.name.trim();
  // Digits typed in Arabic-Indic form are normal input: the contact is kept with Latin digits.
  const contact = toLatinDigits(draft.contact.trim());
  if (name.length > SUGGESTION_NAME_MAX) errors['contact.name'] = 'too_long';
  if (contact && !CONTACT_PATTERN.test(contact)) errors['contact.value'] = 'invalid_format';
  else if (contact.length > SUGGESTION_CONTACT_MAX) errors['contact.value'] = 'too_long';
  if (name && !contact) errors['contact.value'] = 'required';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    suggestion: {
      kind: draft.kind,
      topic: draft.topic,
      ...(draft.neighbourhood ? { neighbourhood: draft.neighbourhood } : {}),
      text: body,
      ...(contact ? { contact: { ...(name ? { name } : {}), value: contact, purpose: SUGGESTION_CONTACT_PURPOSE } } : {}),
    },
  };
}
