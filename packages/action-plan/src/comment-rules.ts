/**
 * A comment's fields and their check, apart from the comments' view (project-comments.ts):
 * the element's outbox needs them from the start, the view only once a project is opened.
 */
import {
  PROJECT_COMMENT_CONTACT_MAX,
  PROJECT_COMMENT_MAX,
  PROJECT_COMMENT_MIN,
  textLengthError,
  type FieldErrorCode,
} from '@mocharaka/core';

export const COMMENT_FIELDS = ['text', 'contact'] as const;
export type CommentField = (typeof COMMENT_FIELDS)[number];
export type CommentErrors = Partial<Record<CommentField, FieldErrorCode>>;

export interface CommentDraft {
  text: string;
  contact: string;
}

/** A loose check of the contact, as the server's: an e-mail address or a phone number. */
const CONTACT = /^(?:[^\s@]+@[^\s@]+\.[^\s@]+|\+?[0-9][0-9 .-]{6,19})$/;

export function checkComment(draft: CommentDraft): CommentErrors {
  const errors: CommentErrors = {};
  const text = textLengthError(draft.text.trim(), PROJECT_COMMENT_MIN, PROJECT_COMMENT_MAX);
  if (text) errors.text = text;
  const contact = draft.contact.trim();
  if (contact && (contact.length > PROJECT_COMMENT_CONTACT_MAX || !CONTACT.test(contact))) errors.contact = 'invalid_format';
  return errors;
}
