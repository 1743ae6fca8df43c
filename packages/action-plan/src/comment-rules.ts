/**
 * A comment's fields and their check, apart from the comments' view (project-comments.ts):
 * the element's outbox needs them from the start, the view only once a project is opened.
 */
import {
  CONTACT_PATTERN,
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

export function checkComment(draft: CommentDraft): CommentErrors {
  const errors: CommentErrors = {};
  const text = textLengthError(draft.text.trim(), PROJECT_COMMENT_MIN, PROJECT_COMMENT_MAX);
  if (text) errors.text = text;
  const contact = draft.contact.trim();
  if (contact && (contact.length > PROJECT_COMMENT_CONTACT_MAX || !CONTACT_PATTERN.test(contact))) errors.contact = 'invalid_format';
  return errors;
}
