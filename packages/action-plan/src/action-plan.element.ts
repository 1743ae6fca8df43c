import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import {
  type ApiError,
  LazyModule,
  MocharakaElement,
  MocharakaLoadedEvent,
  ResourceController,
  SubmissionController,
  registerCatalog,
  type ActionPlanBackend,
  type ActionPlanProject,
  type ProjectCommentInput,
  type ProjectCommentReceipt,
  actionPlanOverHttp,
} from '@mocharaka/core';
import { renderCharterFollowUp } from './action-plan-charter.js';
import { NO_FILTER, renderProjects, type ProjectFilter } from './action-plan-projects.js';
import { renderSummary } from './action-plan-summary.js';
import { localizedText } from './action-plan-text.js';
import { MocharakaActionPlanCommentedEvent } from './action-plan.events.js';
import { actionPlanStyles } from './action-plan.styles.js';
import { actionPlanCatalog } from './locales.js';
import type { CommentsHost } from './comment-flow.js';
import { COMMENT_FIELDS, freshComment, type CommentField, type Commenting } from './comment-rules.js';
import type { CommentsState } from './project-comments.js';

registerCatalog(actionPlanCatalog);

type View = 'all' | 'programme' | 'charter';

/**
 * The commune's action programme (برنامج عمل الجماعة) and the follow-up of its
 * participation charter: a summary (projects by status, budget committed against
 * executed), the projects — searchable and filterable by axis, status and
 * neighbourhood — with their budgets, planned and actual dates, progress and dated
 * updates; citizens' comments on a project (published after moderation) with the
 * commune's answers; and the charter's commitments with their indicators and the dated
 * evaluation reports. A comment made offline waits in the outbox and is sent once.
 *
 * @summary Follow the commune's action programme and its charter's commitments; comment on a project.
 * @tag mocharaka-action-plan
 *
 * @event mocharaka-action-plan-commented - The server received a comment; `detail` has `planId`, `projectId`, `reference`, `submittedAt`.
 * @event mocharaka-error - Something failed; `detail` has `code`, `status` and `message`.
 * @event mocharaka-loaded - The programme was loaded and is shown.
 *
 * @slot - Shown until the element is ready, and without JavaScript (e.g. a link to the programme's page).
 *
 * @csspart base - The element's box.
 * @csspart summary - The summary tables.
 * @csspart filters - The search and filters.
 * @csspart project - One project.
 * @csspart form - The comment form.
 * @csspart submit - The button sending a comment.
 * @csspart receipt - The receipt shown after commenting.
 * @csspart charter - The follow-up of the charter's commitments.
 * @csspart config-error - The message shown to the page's admin when the tag is misconfigured.
 *
 * @cssproperty --mocharaka-color-primary - The commune's colour: buttons, bars.
 * @cssproperty --mocharaka-font-family - Font of the whole element.
 * @cssproperty --mocharaka-radius - Corner radius.
 * @cssproperty --mocharaka-color-focus - Focus ring.
 * @cssproperty --mocharaka-color-error - Error messages and borders.
 * @cssproperty --mocharaka-font-size - Base font size.
 * @cssproperty --mocharaka-spacing - Base spacing unit.
 */
export class MocharakaActionPlan extends MocharakaElement<ActionPlanBackend> {
  static override styles = [...MocharakaElement.styles, ...actionPlanStyles];

  protected override readonly httpBackend = actionPlanOverHttp;

  static override properties: PropertyDeclarations = {
    plan: { reflect: true },
    view: { reflect: true },
    charterHref: { attribute: 'charter-href' },
    filter: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    comments: { state: true, attribute: false },
    commenting: { state: true, attribute: false },
  };

  /** Id of the programme (e.g. `taroudant-2022-2027`), as listed by `GET /v1/action-plans`. Required. */
  plan?: string;
  /** `programme`: the summary and projects only; `charter`: the charter's follow-up only; else both. */
  view?: View;
  /** A link to the charter itself, shown with its follow-up (e.g. the page holding `<mocharaka-charter>`). */
  charterHref?: string;

  private filter: ProjectFilter = NO_FILTER;
  private expanded: ReadonlySet<string> = new Set();
  private comments: ReadonlyMap<string, CommentsState> = new Map();
  /** The one open comment form: which project, and where its comment stands. */
  private commenting?: Commenting;
  /** The comments' view and how a comment is written and sent, downloaded with the first project's comments a citizen opens. */
  /** The comments' view and how a comment is written and sent, downloaded with the first project's comments a citizen opens. */
  readonly #commentsView = new LazyModule(this, () => import('./project-comments.js'));

  #plan = new ResourceController(this, {
    args: () => (this.client && this.plan ? ([this.client, this.plan] as const) : undefined),
    load: ([client, id], signal) => client.getActionPlan(id, { signal }),
    onLoaded: (_data, [, id]) => {
      this.dispatchEvent(new MocharakaLoadedEvent({ resource: 'action-plan', id }));
      void this.#comments.flush();
    },
    onFailed: (error, [, id]) => this.reportLoadError(error, id),
  });

  /** An outbox entry's target is `<plan>/<project>` (ids never hold `/`). */
  #comments = new SubmissionController<ProjectCommentInput, ProjectCommentReceipt, CommentField>(this, {
    storageKey: () => (this.client ? `mocharaka:outbox:action-plan:${this.storageScope}` : undefined),
    send: ({ target, payload, idempotencyKey }) => {
      const [planId, projectId] = target.split('/') as [string, string];
      return this.client!.commentOnProject(planId, projectId, payload, { idempotencyKey });
    },
    fields: COMMENT_FIELDS,
    receiptKey: ({ receipt }) => receipt.reference,
    onReceipt: ({ receipt }, { target }) => {
      const [planId, projectId] = target.split('/') as [string, string];
      this.dispatchEvent(
        new MocharakaActionPlanCommentedEvent({ planId, projectId, reference: receipt.reference, submittedAt: receipt.submittedAt }),
      );
    },
    onLaterSettled: (settlement, { target }) => {
      const projectId = target.split('/')[1]!;
      // The form is open, so the comments' module is on its way (a failed one shows its failure instead).
      if (this.commenting?.projectId === projectId) {
        void this.#commentsView
          .load()
          .then((view) => view && this.commenting?.projectId === projectId && view.settleComment(this.#host, projectId, settlement));
      }
    },
    onError: ({ code, status, message }) => this.reportError({ code, status, message }),
  });

  /** What the comments' module reads and sets. */
  #host: CommentsHost = ((element) => ({
    element,
    submissions: this.#comments,
    get locale() {
      return element.locale;
    },
    get plan() {
      return element.plan;
    },
    get commenting() {
      return element.commenting;
    },
    set commenting(commenting) {
      element.commenting = commenting;
    },
    renderFailure: (projectId, error) => this.renderLoadFailed(error, () => this.#loadComments(projectId)),
    openForm: (projectId) => this.#openForm(projectId),
  }))(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('plan') || changed.has('endpoint') || changed.has('backend')) {
      Object.assign(this, { filter: NO_FILTER, expanded: new Set(), comments: new Map(), commenting: undefined });
    }
  }

  protected override sendPending() {
    return this.#comments.flush();
  }

  #toggle = (projectId: string) => {
    const expanded = new Set(this.expanded);
    if (expanded.delete(projectId)) {
      this.expanded = expanded;
      if (this.commenting?.projectId === projectId) this.commenting = undefined;
      return;
    }
    expanded.add(projectId);
    this.expanded = expanded;
    if (!this.commenting) this.#openForm(projectId);
    if (!this.comments.has(projectId)) void this.#loadComments(projectId);
  };

  #openForm(projectId: string) {
    const queued = this.plan ? this.#comments.pending(`${this.plan}/${projectId}`).length > 0 : false;
    this.commenting = { projectId, stage: queued ? { name: 'queued' } : freshComment() };
  }

  async #loadComments(projectId: string) {
    const planId = this.plan;
    if (!planId || !this.client) return;
    this.#setComments(projectId, { status: 'loading' });
    try {
      // The view's failure fails the comments at once, as theirs does.
      const view = this.#commentsView.load().then((loaded) => loaded ?? Promise.reject(this.#commentsView.failure));
      const [items] = await Promise.all([this.client.listProjectComments(planId, projectId), view]);
      if (planId === this.plan) this.#setComments(projectId, { status: 'ready', items });
    } catch (error) {
      if (planId === this.plan) this.#setComments(projectId, { status: 'failed', error: error as ApiError });
    }
  }

  #setComments(projectId: string, state: CommentsState) {
    this.comments = new Map(this.comments).set(projectId, state);
  }

  #renderComments = (project: ActionPlanProject) => {
    const comments = this.comments.get(project.id) ?? { status: 'loading' };
    const view = this.#commentsView.module;
    if (!view) return this.#renderCommentsPending(project.id, comments);
    return view.renderComments(this.#host, project.id, comments);
  };

  /** Until the comments' view is there: loading, or why it failed (the shared failure, with a retry when one can help). */
  #renderCommentsPending(projectId: string, comments: CommentsState) {
    if (comments.status !== 'failed') return html`<p role="status" aria-busy="true">${msg('Loading the comments…')}</p>`;
    return this.renderLoadFailed(comments.error, () => this.#loadComments(projectId));
  }

  protected override renderContent() {
    if (!this.plan) return this.renderMissingAttribute('plan');
    if (!this.client) return this.renderMissingEndpoint();
    const { status, data, error } = this.#plan;
    if (status === 'failed') return this.renderLoadFailed(error!, () => this.#plan.retry(), this.plan);
    if (status !== 'ready' || !data) return this.renderLoading();
    const ctx = { locale: this.locale };
    const view = this.view ?? 'all';
    return html`<section aria-labelledby="plan-title">
      <h2 id="plan-title">${localizedText(ctx, data.title)}</h2>
      <p class="kicker">${msg(html`Period: <bdi dir="ltr">${data.period.from}–${data.period.to}</bdi>`)}</p>
      ${
        view === 'charter'
          ? nothing
          : html`${renderSummary(ctx, data)}
          ${renderProjects({
            ...ctx,
            plan: data,
            filter: this.filter,
            expanded: this.expanded,
            setFilter: (change) => (this.filter = { ...this.filter, ...change }),
            toggle: this.#toggle,
            renderComments: this.#renderComments,
          })}`
      }
      ${view === 'programme' ? nothing : renderCharterFollowUp(ctx, data, this.charterHref)}
    </section>`;
  }
}
