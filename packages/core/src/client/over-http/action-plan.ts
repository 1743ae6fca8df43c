import type { ActionPlan, ActionPlanSummary, ProjectComment, ProjectCommentReceipt } from '../../contract/action-plan.js';
import type { ActionPlanBackend } from '../action-plan-backend.js';
import { path, type HttpClient } from '../http-client.js';

/** The action programme part of the contract over HTTP. */
export const actionPlanOverHttp = (http: HttpClient): ActionPlanBackend => ({
  listActionPlans: (options) => http.list<ActionPlanSummary>('action-plans', options),
  getActionPlan: (planId, options) => http.get<ActionPlan>(path('action-plans', planId), options),
  listProjectComments: (planId, projectId, options) =>
    http.list<ProjectComment>(path('action-plans', planId, 'projects', projectId, 'comments'), options),
  commentOnProject: (planId, projectId, comment, options) =>
    http.post<ProjectCommentReceipt>(path('action-plans', planId, 'projects', projectId, 'comments'), comment, options),
});
