import {
  SUGGESTION_CONTACT_MAX,
  SUGGESTION_KINDS,
  SUGGESTION_NAME_MAX,
  SUGGESTION_TEXT_MAX,
  type FieldErrorCode,
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
