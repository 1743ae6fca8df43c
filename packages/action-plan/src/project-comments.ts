import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import {
  PROJECT_COMMENT_CONTACT_MAX,
  PROJECT_COMMENT_MAX,
  PROJECT_COMMENT_MIN,
  describeApiError,
  describeFieldError,
  formatDateTime,
  renderErrorSummary,
  renderFieldError,
  type ApiError,
  type FieldErrorCode,
  type ProjectComment,
} from '@mocharaka/core';
import { localizedDay, localizedText, type PlanContext } from './action-plan-text.js';
import { editComment, submitComment, type CommentsHost } from './comment-flow.js';
import { COMMENT_FIELDS, freshComment, type CommentField, type CommentStage } from './comment-rules.js';

export { settleComment } from './comment-flow.js';

export type CommentsState = { status: 'loading' } | { status: 'failed'; error: ApiError } | { status: 'ready'; items: ProjectComment[] };

interface CommentsContext extends PlanContext {
  readonly root: ShadowRoot;
  readonly projectId: string;
  readonly comments: CommentsState;
  /** Absent: another project's form is open; this one offers to open its own. */
  readonly stage?: CommentStage;
  readonly sending: boolean;
  renderFailure(error: ApiError): unknown;
  edit(field: CommentField, value: string): void;
  submit(event: SubmitEvent): void;
  sendNow(): void;
  another(): void;
  open(): void;
}

function fieldMessage(field: CommentField, code: FieldErrorCode): string {
  if (field === 'text' && code === 'too_short') return msg(str`Write at least ${PROJECT_COMMENT_MIN} characters.`);
  if (field === 'text' && code === 'required') return msg('Write your comment.');
  if (field === 'contact') return msg('Give an e-mail address or a phone number, or leave this field empty.');
  return describeFieldError(code);
}

/** The project's published comments with the commune's answers, then the form to comment (or its receipt). */
export function renderComments(host: CommentsHost, projectId: string, comments: CommentsState) {
  const { commenting, submissions } = host;
  const ctx: CommentsContext = {
    locale: host.locale,
    root: host.element.renderRoot as ShadowRoot,
    projectId,
    comments,
    stage: commenting?.projectId === projectId ? commenting.stage : undefined,
    sending: submissions.sending,
    renderFailure: (error) => host.renderFailure(projectId, error),
    edit: (field, value) => editComment(host, projectId, field, value),
    submit: (event) => void submitComment(host, projectId, event),
    sendNow: () => void submissions.flush(),
    another: () => (host.commenting = { projectId, stage: freshComment() }),
    open: () => host.openForm(projectId),
  };
  const id = (name: string) => `comment-${ctx.projectId}-${name}`;
  return html`<h5>${msg('Comments')}</h5>
    ${renderCommentList(ctx)}
    <div class="comment-form">${renderStage(ctx, id)}</div>`;
}

function renderCommentList(ctx: CommentsContext) {
  const { comments } = ctx;
  if (comments.status === 'loading') return html`<p role="status" aria-busy="true">${msg('Loading the comments…')}</p>`;
  if (comments.status === 'failed') return ctx.renderFailure(comments.error);
  if (comments.items.length === 0) return html`<p>${msg('No comment has been published yet.')}</p>`;
  return html`<ol class="comments">
    ${comments.items.map(
      (comment) =>
        html`<li>
          <p class="kicker"><time datetime=${comment.submittedAt}>${formatDateTime(ctx.locale, comment.submittedAt)}</time></p>
          <p class="prose" dir="auto">${comment.text}</p>
          ${
            comment.answer
              ? html`<div class="answer">
                <p class="kicker">${msg(html`The commune’s answer, ${localizedDay(ctx, comment.answer.date)}`)}</p>
                ${localizedText(ctx, comment.answer.text, 'p')}
              </div>`
              : nothing
          }
        </li>`,
    )}
  </ol>`;
}

function renderStage(ctx: CommentsContext, id: (name: string) => string) {
  const { stage } = ctx;
  if (!stage) return html`<button class="button secondary" type="button" @click=${ctx.open}>${msg('Comment on this project')}</button>`;
  if (stage.name === 'sent') {
    return html`<div class="notice" id=${id('receipt')} tabindex="-1" role="status" part="receipt">
      <p>
        ${msg(html`Your comment was received. Its reference is <bdi dir="ltr">${stage.reference}</bdi>. It will be published once a moderator has read it.`)}
      </p>
      ${stage.sentLater ? html`<p>${msg('It was sent when the connection returned.')}</p>` : nothing}
      <button class="button secondary" type="button" @click=${ctx.another}>${msg('Write another comment')}</button>
    </div>`;
  }
  if (stage.name === 'queued') {
    return html`<div class="notice" id=${id('queued')} tabindex="-1" role="status">
      <p>${msg('No connection right now. Your comment is kept on this device and will be sent when the connection returns.')}</p>
      <button class="button secondary" type="button" @click=${ctx.sendNow}>${msg('Send now')}</button>
    </div>`;
  }
  const errors = stage.submitted ? stage.errors : {};
  const problems = COMMENT_FIELDS.filter((field) => errors[field]).map((field) => ({
    fieldId: id(field),
    message: fieldMessage(field, errors[field]!),
  }));
  const describedBy = (field: CommentField, hint: boolean) =>
    [hint ? id(`${field}-hint`) : '', errors[field] ? id(`${field}-error`) : ''].filter(Boolean).join(' ') || nothing;
  return html`${stage.failure ? html`<div class="notice error" id=${id('failure')} tabindex="-1" role="alert">${describeApiError(stage.failure)}</div>` : nothing}
    ${renderErrorSummary(ctx.root, problems)}
    <form part="form" novalidate aria-labelledby=${id('form-title')} @submit=${ctx.submit}>
      <p class="form-title" id=${id('form-title')}>${msg('Comment on this project')}</p>
      <div class="field">
        <label for=${id('text')}>${msg('Your comment')}</label>
        <p class="hint" id=${id('text-hint')}>${msg('It is published after moderation, without your name.')}</p>
        ${renderFieldError(id('text-error'), errors.text && fieldMessage('text', errors.text))}
        <textarea id=${id('text')} rows="3" dir="auto" maxlength=${PROJECT_COMMENT_MAX} .value=${stage.draft.text}
          aria-invalid=${errors.text ? 'true' : nothing} aria-describedby=${describedBy('text', true)}
          @input=${(event: Event) => ctx.edit('text', (event.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <div class="field">
        <label for=${id('contact')}>${msg('E-mail or phone (optional)')}</label>
        <p class="hint" id=${id('contact-hint')}>${msg('Only to tell you when the commune answers. It is never published.')}</p>
        ${renderFieldError(id('contact-error'), errors.contact && fieldMessage('contact', errors.contact))}
        <input id=${id('contact')} class="ltr" dir="ltr" autocomplete="email" maxlength=${PROJECT_COMMENT_CONTACT_MAX} .value=${stage.draft.contact}
          aria-invalid=${errors.contact ? 'true' : nothing} aria-describedby=${describedBy('contact', true)}
          @input=${(event: Event) => ctx.edit('contact', (event.target as HTMLInputElement).value)} />
      </div>
      <button class="button" type="submit" part="submit" ?disabled=${ctx.sending}>${ctx.sending ? msg('Sending…') : msg('Send the comment')}</button>
    </form>`;
}
