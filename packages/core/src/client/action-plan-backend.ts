import type { ActionPlan, ActionPlanSummary, ProjectComment, ProjectCommentInput, ProjectCommentReceipt } from '../contract/action-plan.js';
import type { ReadOptions, SubmitOptions } from './backend.js';

/** The action programme part of the contract (issue 16, section 3). */
export interface ActionPlanBackend {
  listActionPlans(options?: ReadOptions): Promise<ActionPlanSummary[]>;
  getActionPlan(planId: string, options?: ReadOptions): Promise<ActionPlan>;
  /** Published comments with the commune's answers. */
  listProjectComments(planId: string, projectId: string, options?: ReadOptions): Promise<ProjectComment[]>;
  /** The comment waits for moderation; the receipt says so. */
  commentOnProject(planId: string, projectId: string, comment: ProjectCommentInput, options: SubmitOptions): Promise<ProjectCommentReceipt>;
}
