/**
 * A comment's fields and stages, apart from the comments' view and flow (project-comments.ts,
 * comment-flow.ts): the element's outbox needs them from the start, the rest only once a project is opened.
 */
import type { ApiError, FieldErrorCode } from '@mocharaka/core';

export const COMMENT_FIELDS = ['text', 'contact'] as const;
export type CommentField = (typeof COMMENT_FIELDS)[number];
export type CommentErrors = Partial<Record<CommentField, FieldErrorCode>>;

export interface CommentDraft {
  text: string;
  contact: string;
}

export type CommentStage =
  | { name: 'form'; draft: CommentDraft; errors: CommentErrors; submitted: boolean; failure?: ApiError }
  | { name: 'sent'; reference: string; sentLater: boolean }
  | { name: 'queued' };

/** The one open comment form: which project, and where its comment stands. */
export interface Commenting {
  projectId: string;
  stage: CommentStage;
}

/** An empty form, not yet submitted. */
export const freshComment = (): CommentStage => ({ name: 'form', draft: { text: '', contact: '' }, errors: {}, submitted: false });
