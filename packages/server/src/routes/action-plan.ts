import type { ActionPlanList, ProjectCommentList } from '@mocharaka/core/contract';
import { commentOnProject, findActionPlan, listActionPlans, publishedComments } from '../action-plan/store.js';
import type { DerivedKeys } from '../crypto/keys.js';
import { notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';

/** The public action programme: programmes, projects, charter follow-up, and citizens' comments (sealed contacts with `keys`). */
export function actionPlanRoutes(deps: OperationDeps, keys: DerivedKeys) {
  const { db } = deps;
  return new OperationRouter('/v1', deps)
    .serve('listActionPlans', async (c) => c.json({ items: await listActionPlans(db) } satisfies ActionPlanList))
    .serve('getActionPlan', async (c, { params }) => {
      const plan = await findActionPlan(db, params.id);
      if (!plan) throw notFound('Action programme');
      return c.json(plan);
    })
    .serve('listProjectComments', async (c, { params }) =>
      c.json({ items: await publishedComments(db, params.id, params.project) } satisfies ProjectCommentList),
    )
    .serve('commentOnProject', {
      write: async (tx, { params, body }) => ({ status: 201, body: await commentOnProject(tx, keys, params.id, params.project, body) }),
    })
    .build();
}
