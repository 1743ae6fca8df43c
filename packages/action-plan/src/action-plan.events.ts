/** The receipt of a comment the server received (it waits for moderation), as `mocharaka-action-plan-commented` carries it. */
export interface ProjectCommentedDetail {
  planId: string;
  projectId: string;
  /** The server's reference for the comment. */
  reference: string;
  /** When the server received it (ISO 8601). */
  submittedAt: string;
}

/** Fired once per comment the server received, sent at once or later from the outbox. The detail holds no personal data. */
export class MocharakaActionPlanCommentedEvent extends CustomEvent<ProjectCommentedDetail> {
  static readonly type = 'mocharaka-action-plan-commented';
  constructor(detail: ProjectCommentedDetail) {
    super(MocharakaActionPlanCommentedEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mocharaka-action-plan-commented': MocharakaActionPlanCommentedEvent;
  }
}
