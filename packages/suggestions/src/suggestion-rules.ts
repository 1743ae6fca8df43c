import {
  CONTACT_PATTERN,
  SUGGESTION_CONTACT_MAX,
  SUGGESTION_CONTACT_PURPOSE,
  SUGGESTION_KINDS,
  SUGGESTION_NAME_MAX,
  SUGGESTION_TEXT_MAX,
  SUGGESTION_TEXT_MIN,
  textLengthError,
  toLatinDigits,
  type FieldErrorCode,
  type SuggestionBox,
  type SuggestionInput,
  type SuggestionKind,
} from '@mocharaka/core';

/** The form's fields, in the order the error summary lists them (also the fields a 422 may name). */
export const SUGGESTION_FIELDS = ['kind', 'topic', 'neighbourhood', 'text', 'contact.name', 'contact.value'] as const;
export type SuggestionField = (typeof SUGGESTION_FIELDS)[number];
export type SuggestionErrors = Partial<Record<SuggestionField, FieldErrorCode>>;

export interface SuggestionDraft {
  kind: SuggestionKind;
  topic: string;
  neighbourhood: string;
  text: string;
  name: string;
  contact: string;
}

export const emptyDraft = (): SuggestionDraft => ({ kind: 'suggestion', topic: '', neighbourhood: '', text: '', name: '', contact: '' });

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

export function restoreDraft(stored: unknown): SuggestionDraft {
  const draft = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  return {
    kind: SUGGESTION_KINDS.includes(draft.kind as SuggestionKind) ? (draft.kind as SuggestionKind) : 'suggestion',
    topic: text(draft.topic, 64),
    neighbourhood: text(draft.neighbourhood, 64),
    text: text(draft.text, SUGGESTION_TEXT_MAX),
    name: text(draft.name, SUGGESTION_NAME_MAX),
    contact: text(draft.contact, SUGGESTION_CONTACT_MAX),
  };
}

export const isDraftEmpty = (draft: SuggestionDraft) => !draft.text.trim() && !draft.name.trim() && !draft.contact.trim();

/**
 * The same rules as the server's schema, without zod: what the form refuses before
 * sending, and the suggestion to send when nothing is refused.
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
