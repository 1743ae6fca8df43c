import * as z from 'zod/mini';
import {
  ActionPlan,
  ActionPlanImportInput,
  ActionPlanImportResult,
  ActionPlanInput,
  ActionPlanList,
  ActionPlanProject,
  AdminProjectComment,
  AdminProjectCommentList,
  CommentModerationInput,
  ProjectCommentInput,
  ProjectCommentList,
  ProjectCommentReceipt,
  ProjectInput,
  ProjectUpdateInput,
} from './action-plan.js';
import { PROJECT_COMMENT_REFERENCE } from './action-plan-rules.js';
import type { actionPlanOperations } from './action-plan-operations.js';
import { Id } from './common.js';
import type { Answer, PathParameter, RouteSchemas } from './route-schemas.js';

/* The schema half of the action programme's operations (see `route-schemas.ts`), spread into `routeSchemas`. */

const json = (schema: z.ZodMiniType, description: string): Answer => ({ schema, description });
const planId = { id: { schema: Id, description: 'Action programme identifier, e.g. `taroudant-2022-2027`' } satisfies PathParameter };
const projectId = { ...planId, project: { schema: Id, description: 'Project identifier within the programme, e.g. `1-3`' } };

export const actionPlanRouteSchemas = {
  listActionPlans: {
    summary: 'The commune’s action programmes',
    responses: { 200: json(ActionPlanList, 'The programmes, the most recent period first') },
  },
  getActionPlan: {
    summary: 'An action programme: axes, projects with budgets, dates, progress and updates, totals, charter commitments and evaluations',
    params: planId,
    responses: { 200: json(ActionPlan, 'The programme') },
  },
  listProjectComments: {
    summary: 'A project’s published comments with the commune’s answers, oldest first',
    params: projectId,
    responses: { 200: json(ProjectCommentList, 'The published comments') },
  },
  commentOnProject: {
    summary: 'Comment on a project; published once a moderator accepts it',
    description: 'The contact, if given, is sealed at rest and never published: the commune uses it to say it answered.',
    params: projectId,
    body: ProjectCommentInput,
    responses: { 201: json(ProjectCommentReceipt, 'The comment was received, pending moderation') },
  },
  listActionPlansForStaff: {
    summary: 'Every action programme (staff)',
    responses: { 200: json(ActionPlanList, 'The programmes') },
  },
  upsertActionPlan: {
    summary: 'Create or update a programme: title, period, charter, commitments with indicators, evaluation reports (staff)',
    description: 'Absent `commitments` or `evaluations` are left as they are.',
    body: ActionPlanInput,
    responses: { 200: json(ActionPlan, 'The programme was updated'), 201: json(ActionPlan, 'The programme was created') },
    errors: { 409: ['`commune_missing`: no commune is configured yet'] },
  },
  importActionPlanProjects: {
    summary: 'Import the programme’s axes and projects from a CSV file (staff): all lines or none',
    description:
      'The format of docs/action-plan-csv.md: UTF-8 with or without a BOM, `,` or `;` between cells, a heading line, ' +
      'Arabic-Indic digits accepted. Projects are created or updated by their id; projects absent from the file stay. ' +
      'Any bad line refuses the whole file: 422 `invalid_csv` with `fields` naming each bad cell as `line.<n>.<column>` ' +
      '(`line.<n>` for a line that cannot be read).',
    params: planId,
    body: ActionPlanImportInput,
    responses: { 200: json(ActionPlanImportResult, 'Imported') },
    errors: { 422: ['`invalid_csv`: the bad lines, by number, in `fields`'] },
  },
  exportActionPlanProjects: {
    summary: 'The programme’s projects as CSV, in the import format (staff)',
    params: planId,
    query: {
      lang: {
        schema: z.optional(z.string()),
        description: 'Language of the headings: `fr` for French, anything else Arabic',
        documented: { type: 'string', enum: ['ar', 'fr'], default: 'ar' },
      },
    },
    responses: { 200: { mediaType: 'text/csv', description: 'One line per project, re-importable' } },
  },
  upsertActionPlanProject: {
    summary: 'Create or edit one project (staff)',
    params: projectId,
    body: ProjectInput,
    responses: { 200: json(ActionPlanProject, 'The project was updated'), 201: json(ActionPlanProject, 'The project was created') },
    errors: { 422: ['`fields.axisId: invalid_value`: no such axis in the programme'] },
  },
  postProjectUpdate: {
    summary: 'Post a dated public update on a project, optionally with its new progress and status (staff)',
    params: projectId,
    body: ProjectUpdateInput,
    responses: { 201: json(ActionPlanProject, 'The project with its new update') },
  },
  listProjectCommentsForStaff: {
    summary: 'Every comment on the programme’s projects, pending ones first, with contacts (staff)',
    params: planId,
    responses: { 200: json(AdminProjectCommentList, 'The comments') },
  },
  moderateProjectComment: {
    summary: 'Publish or reject a comment, with the commune’s answer (staff)',
    params: {
      reference: { schema: z.string().check(z.regex(PROJECT_COMMENT_REFERENCE)), description: 'The comment’s reference, `COM-XXXX-XXXX`' },
    },
    body: CommentModerationInput,
    responses: { 200: json(AdminProjectComment, 'The comment') },
  },
} as const satisfies { readonly [K in keyof typeof actionPlanOperations]: RouteSchemas };
