import type { ActionPlanList, AdminProjectCommentList, FieldErrorCode } from '@mocharaka/core/contract';
import { programmeCsv } from '../action-plan/csv-export.js';
import { parseProgrammeCsv } from '../action-plan/csv-import.js';
import {
  commentsForStaff,
  findActionPlan,
  importProjects,
  listActionPlans,
  moderateComment,
  postProjectUpdate,
  upsertActionPlan,
  upsertProject,
} from '../action-plan/store.js';
import type { DerivedKeys } from '../crypto/keys.js';
import { HttpError, notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';
import { communeMissing, csvDownload, today } from './responses.js';

/** Staff action programme routes: the programme and its charter follow-up, the CSV import and export, projects, updates, comment moderation. */
export function adminActionPlanRoutes(deps: OperationDeps, keys: DerivedKeys) {
  const { db } = deps;
  return new OperationRouter('/v1/admin', deps)
    .serve('listActionPlansForStaff', async (c) => c.json({ items: await listActionPlans(db) } satisfies ActionPlanList))
    .serve('upsertActionPlan', {
      write: async (tx, { body }) => {
        const result = await upsertActionPlan(tx, body);
        if (!result) throw communeMissing();
        return { status: result.created ? 201 : 200, body: result.plan };
      },
    })
    .serve('importActionPlanProjects', {
      // The whole file is read and checked before anything is written, then written in one transaction: all lines or none.
      write: async (tx, { params, body }) => {
        const parsed = parseProgrammeCsv(body.csv);
        if (!parsed.ok) throw invalidCsv(parsed.fields);
        return { status: 200, body: await importProjects(tx, params.id, parsed.axes, parsed.projects) };
      },
    })
    .serve('exportActionPlanProjects', async (c, { params, query }) => {
      const plan = await findActionPlan(db, params.id);
      if (!plan) throw notFound('Action programme');
      const lang = query.lang === 'fr' ? 'fr' : 'ar';
      return csvDownload(c, programmeCsv(plan, lang), `action-plan-${params.id}-${today()}.csv`);
    })
    .serve('upsertActionPlanProject', {
      write: async (tx, { params, body }) => {
        const { created, project } = await upsertProject(tx, params.id, params.project, body);
        return { status: created ? 201 : 200, body: project };
      },
    })
    .serve('postProjectUpdate', {
      write: async (tx, { params, body }) => ({ status: 201, body: await postProjectUpdate(tx, params.id, params.project, body) }),
    })
    .serve('listProjectCommentsForStaff', async (c, { params }) =>
      c.json({ items: await commentsForStaff(db, keys, params.id) } satisfies AdminProjectCommentList),
    )
    .serve('moderateProjectComment', {
      write: async (tx, { params, body }) => ({ status: 200, body: await moderateComment(tx, keys, params.reference, body) }),
    })
    .build();
}

function invalidCsv(fields: Record<string, FieldErrorCode>): HttpError {
  const lines = [...new Set(Object.keys(fields).map((key) => key.split('.')[1]))];
  return new HttpError(422, 'invalid_csv', `The file was not imported: lines ${lines.join(', ')} need correcting`, fields);
}
