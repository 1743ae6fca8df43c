import type { Operation } from './operations.js';
import { STAFF_ROLES } from './staff-roles.js';

/*
 * The action programme's operations (issue 16, section 3), part of the route table:
 * `operations.ts` spreads them in, `action-plan-route-schemas.ts` gives their schemas.
 */

const op = <const O extends Operation>(operation: O): O => operation;

export const listActionPlans = op({ method: 'GET', path: '/v1/action-plans', auth: 'public' });
export const getActionPlan = op({ method: 'GET', path: '/v1/action-plans/{id}', auth: 'public' });
export const listProjectComments = op({ method: 'GET', path: '/v1/action-plans/{id}/projects/{project}/comments', auth: 'public' });
export const commentOnProject = op({
  method: 'POST',
  path: '/v1/action-plans/{id}/projects/{project}/comments',
  auth: 'public',
  proof: true,
  idempotent: true,
  rateLimit: 'submissions',
});

export const actionPlanOperations = {
  listActionPlans,
  getActionPlan,
  listProjectComments,
  commentOnProject,
  listActionPlansForStaff: op({ method: 'GET', path: '/v1/admin/action-plans', auth: STAFF_ROLES }),
  upsertActionPlan: op({ method: 'POST', path: '/v1/admin/action-plans', auth: ['editor'], idempotent: true }),
  importActionPlanProjects: op({ method: 'POST', path: '/v1/admin/action-plans/{id}/import', auth: ['editor'], idempotent: true }),
  exportActionPlanProjects: op({ method: 'GET', path: '/v1/admin/action-plans/{id}/projects.csv', auth: ['editor', 'viewer'] }),
  upsertActionPlanProject: op({
    method: 'POST',
    path: '/v1/admin/action-plans/{id}/projects/{project}',
    auth: ['editor'],
    idempotent: true,
  }),
  postProjectUpdate: op({
    method: 'POST',
    path: '/v1/admin/action-plans/{id}/projects/{project}/updates',
    auth: ['editor'],
    idempotent: true,
  }),
  listProjectCommentsForStaff: op({ method: 'GET', path: '/v1/admin/action-plans/{id}/comments', auth: ['moderator', 'editor'] }),
  moderateProjectComment: op({
    method: 'POST',
    path: '/v1/admin/action-plan-comments/{reference}/moderation',
    auth: ['moderator'],
    idempotent: true,
  }),
} as const satisfies Record<string, Operation>;
