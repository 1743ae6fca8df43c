/**
 * Writing and sending a comment: the draft's check, the submission and how it settles. In the
 * comments' lazy module (project-comments.ts re-exports it), downloaded when a citizen opens a
 * project: the element keeps only the outbox (comment-rules.ts), which runs from the start.
 */
import type { ReactiveElement } from 'lit';
import {
  CONTACT_PATTERN,
  PROJECT_COMMENT_CONTACT_MAX,
  PROJECT_COMMENT_MAX,
  PROJECT_COMMENT_MIN,
  focusWhenRendered,
  textLengthError,
  type ApiError,
  type Locale,
  type ProjectCommentInput,
  type ProjectCommentReceipt,
  type Settlement,
  type SubmissionController,
} from '@mocharaka/core';
import {
  freshComment,
  type CommentDraft,
  type CommentErrors,
  type CommentField,
  type CommentStage,
  type Commenting,
} from './comment-rules.js';

/** What the comments' module reads from the element, and the one state it sets (`commenting`). */
export interface CommentsHost {
  readonly element: ReactiveElement;
  readonly locale: Locale;
  readonly plan?: string;
  /** The one open comment form: which project, and where its comment stands. */
  commenting?: Commenting;
  readonly submissions: SubmissionController<ProjectCommentInput, ProjectCommentReceipt, CommentField>;
  /** Why the comments could not load, with a retry when one can help (the element's, shared with its pending view). */
  renderFailure(projectId: string, error: ApiError): unknown;
  /** Opens the project's form (or its queued notice). */
  openForm(projectId: string): void;
}

export function checkComment(draft: CommentDraft): CommentErrors {
  const errors: CommentErrors = {};
  const text = textLengthError(draft.text.trim(), PROJECT_COMMENT_MIN, PROJECT_COMMENT_MAX);
  if (text) errors.text = text;
  const contact = draft.contact.trim();
  if (contact && (contact.length > PROJECT_COMMENT_CONTACT_MAX || !CONTACT_PATTERN.test(contact))) errors.contact = 'invalid_format';
  return errors;
}

export function editComment(host: CommentsHost, projectId: string, field: CommentField, value: string) {
  const stage = host.commenting?.stage;
  if (stage?.name !== 'form' || host.commenting?.projectId !== projectId) return;
  const draft = { ...stage.draft, [field]: value };
  host.commenting = { projectId, stage: { ...stage, draft, errors: checkComment(draft) } };
}

export async function submitComment(host: CommentsHost, projectId: string, event: SubmitEvent) {
  event.preventDefault();
  const stage = host.commenting?.stage;
  const planId = host.plan;
  if (stage?.name !== 'form' || !planId || host.submissions.sending) return;
  const errors = checkComment(stage.draft);
  host.commenting = { projectId, stage: { ...stage, errors, submitted: true, failure: undefined } };
  if (Object.keys(errors).length > 0) return void focusWhenRendered(host.element, '#error-summary');
  const contact = stage.draft.contact.trim();
  const comment: ProjectCommentInput = { text: stage.draft.text.trim(), ...(contact ? { contact } : {}) };
  settleComment(host, projectId, await host.submissions.submit(`${planId}/${projectId}`, comment));
}

export function settleComment(host: CommentsHost, projectId: string, settlement: Settlement<ProjectCommentReceipt, CommentField>) {
  const later = settlement.kind !== 'queued' && settlement.later;
  const current = host.commenting?.stage;
  const form = current?.name === 'form' ? current : (freshComment() as Extract<CommentStage, { name: 'form' }>);
  const focus = (selector: string) => void focusWhenRendered(host.element, selector, later);
  switch (settlement.kind) {
    case 'receipt':
      host.commenting = { projectId, stage: { name: 'sent', reference: settlement.result.receipt.reference, sentLater: later } };
      return focus(`#comment-${projectId}-receipt`);
    case 'queued':
      host.commenting = { projectId, stage: { name: 'queued' } };
      return focus(`#comment-${projectId}-queued`);
    case 'field-errors':
      host.commenting = { projectId, stage: { ...form, submitted: true, errors: settlement.fields } };
      return focus('#error-summary');
    default:
      host.commenting = { projectId, stage: { ...form, submitted: true, failure: settlement.error } };
      focus(`#comment-${projectId}-failure`);
  }
}
