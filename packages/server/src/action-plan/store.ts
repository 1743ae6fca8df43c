import type {
  ActionPlan,
  ActionPlanImportResult,
  ActionPlanInput,
  ActionPlanProject,
  ActionPlanSummary,
  AdminProjectComment,
  CommentModerationInput,
  LocalizedText,
  ProjectComment,
  ProjectCommentInput,
  ProjectCommentReceipt,
  ProjectInput,
  ProjectStatus,
  ProjectUpdateInput,
} from '@mocharaka/core/contract';
import { PROJECT_STATUSES } from '@mocharaka/core/contract';
import { randomBytes } from 'node:crypto';
import type { DerivedKeys } from '../crypto/keys.js';
import type { Queryable } from '../db/database.js';
import { THE_COMMUNE } from '../db/the-commune.js';
import { invalidFields, notFound } from '../http/http-error.js';
import { openContact, sealContact } from './comment-data.js';
import type { ImportedAxis, ImportedProject } from './csv-import.js';

const iso = (value: Date | string) => new Date(value).toISOString();
const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

interface PlanRow {
  id: string;
  title: LocalizedText;
  period_from: number;
  period_to: number;
  charter_id: string | null;
  project_count: number | string;
}

const summaryOf = (row: PlanRow): ActionPlanSummary => ({
  id: row.id,
  title: row.title,
  period: { from: row.period_from, to: row.period_to },
  ...(row.charter_id ? { charterId: row.charter_id } : {}),
  projectCount: Number(row.project_count),
});

const PLAN_COLUMNS = `p.id, p.title, p.period_from, p.period_to, p.charter_id,
  (SELECT count(*) FROM action_plan_projects WHERE plan_id = p.id) AS project_count`;

export async function listActionPlans(db: Queryable): Promise<ActionPlanSummary[]> {
  const rows = await db.query<PlanRow>(`SELECT ${PLAN_COLUMNS} FROM action_plans p ORDER BY p.period_from DESC, p.id`);
  return rows.map(summaryOf);
}

export async function planExists(db: Queryable, planId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM action_plans WHERE id = $1', [planId])).length > 0;
}

export async function findActionPlan(db: Queryable, planId: string): Promise<ActionPlan | undefined> {
  const [row] = await db.query<
    PlanRow & { commitments: ActionPlan['commitments']; evaluations: ActionPlan['evaluations']; updated_at: Date | string }
  >(`SELECT ${PLAN_COLUMNS}, p.commitments, p.evaluations, p.updated_at FROM action_plans p WHERE p.id = $1`, [planId]);
  if (!row) return undefined;
  const axes = await db.query<{ id: string; title: LocalizedText }>(
    'SELECT id, title FROM action_plan_axes WHERE plan_id = $1 ORDER BY position, id',
    [planId],
  );
  const projects = await loadProjects(db, planId);
  const byStatus = Object.fromEntries(PROJECT_STATUSES.map((status) => [status, 0])) as Record<ProjectStatus, number>;
  for (const project of projects) byStatus[project.status] += 1;
  const sum = (pick: (project: ActionPlanProject) => number) =>
    Math.round(projects.reduce((total, project) => total + pick(project) * 100, 0)) / 100;
  return {
    ...summaryOf(row),
    axes,
    projects,
    totals: { projects: projects.length, byStatus, budget: sum((p) => p.budget), executed: sum((p) => p.executed) },
    commitments: row.commitments,
    evaluations: [...row.evaluations].sort((a, b) => b.date.localeCompare(a.date)),
    updatedAt: iso(row.updated_at),
  };
}

interface ProjectRow {
  id: string;
  axis_id: string;
  title: LocalizedText;
  neighbourhood: LocalizedText | null;
  budget: string | number;
  executed: string | number;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  progress: number;
  status: ProjectStatus;
}

const span = (start: string | null, end: string | null) => ({ ...(start ? { start } : {}), ...(end ? { end } : {}) });

/** The programme's projects (or one of them) with their updates, newest first, and their count of published comments. */
async function loadProjects(db: Queryable, planId: string, projectId?: string): Promise<ActionPlanProject[]> {
  const only = projectId === undefined ? '' : 'AND project_id = $2';
  const params = projectId === undefined ? [planId] : [planId, projectId];
  const rows = await db.query<ProjectRow>(
    `SELECT id, axis_id, title, neighbourhood, budget::text AS budget, executed::text AS executed,
       ${day('planned_start')} AS planned_start, ${day('planned_end')} AS planned_end,
       ${day('actual_start')} AS actual_start, ${day('actual_end')} AS actual_end, progress, status
     FROM action_plan_projects WHERE plan_id = $1 ${only.replace('project_id', 'id')} ORDER BY position, id`,
    params,
  );
  const updates = await db.query<{ project_id: string; date: string; text: LocalizedText; progress: number | null }>(
    `SELECT project_id, ${day('date')} AS date, text, progress FROM action_plan_updates
     WHERE plan_id = $1 ${only} ORDER BY date DESC, id DESC`,
    params,
  );
  const counts = await db.query<{ project_id: string; count: number | string }>(
    `SELECT project_id, count(*) AS count FROM action_plan_comments
     WHERE plan_id = $1 ${only} AND status = 'published' GROUP BY project_id`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    axisId: row.axis_id,
    title: row.title,
    ...(row.neighbourhood ? { neighbourhood: row.neighbourhood } : {}),
    budget: Number(row.budget),
    executed: Number(row.executed),
    planned: span(row.planned_start, row.planned_end),
    actual: span(row.actual_start, row.actual_end),
    progress: row.progress,
    status: row.status,
    updates: updates
      .filter((update) => update.project_id === row.id)
      .map(({ date, text, progress }) => ({ date, text, ...(progress === null ? {} : { progress }) })),
    commentCount: Number(counts.find((count) => count.project_id === row.id)?.count ?? 0),
  }));
}

/** Creates or updates a programme; undefined when there is no commune to attach a new one to. */
export async function upsertActionPlan(tx: Queryable, input: ActionPlanInput): Promise<{ created: boolean; plan: ActionPlan } | undefined> {
  const values = [
    input.id,
    input.title,
    input.period.from,
    input.period.to,
    input.charterId ?? null,
    input.commitments ?? null,
    input.evaluations ?? null,
  ];
  const updated = await tx.query(
    `UPDATE action_plans SET title = $2, period_from = $3, period_to = $4, charter_id = $5,
       commitments = COALESCE($6::jsonb, commitments), evaluations = COALESCE($7::jsonb, evaluations), updated_at = now()
     WHERE id = $1 RETURNING id`,
    values,
  );
  if (updated.length === 0) {
    const inserted = await tx.query(
      `INSERT INTO action_plans (id, commune_id, title, period_from, period_to, charter_id, commitments, evaluations)
       SELECT $1, c.id, $2, $3, $4, $5, COALESCE($6::jsonb, '[]'), COALESCE($7::jsonb, '[]') FROM communes c WHERE c.id = ${THE_COMMUNE}
       RETURNING id`,
      values,
    );
    if (inserted.length === 0) return undefined;
  }
  return { created: updated.length === 0, plan: (await findActionPlan(tx, input.id))! };
}

const touch = (tx: Queryable, planId: string) => tx.query('UPDATE action_plans SET updated_at = now() WHERE id = $1', [planId]);

/** Writes the axes and projects of a CSV already read whole (`parseProgrammeCsv`), in the caller's transaction. */
export async function importProjects(
  tx: Queryable,
  planId: string,
  axes: readonly ImportedAxis[],
  projects: readonly ImportedProject[],
): Promise<ActionPlanImportResult> {
  if (!(await planExists(tx, planId))) throw notFound('Action programme');
  for (const [position, axis] of axes.entries()) {
    await tx.query(
      `INSERT INTO action_plan_axes (plan_id, id, position, title) VALUES ($1, $2, $3, $4)
       ON CONFLICT (plan_id, id) DO UPDATE SET title = EXCLUDED.title, position = EXCLUDED.position`,
      [planId, axis.id, position, axis.title],
    );
  }
  let created = 0;
  for (const [position, project] of projects.entries()) {
    if (await writeProject(tx, planId, project.id, project, position)) created += 1;
  }
  await touch(tx, planId);
  return { axes: axes.length, created, updated: projects.length - created };
}

/** Inserts or updates a project; true when it was new. */
async function writeProject(
  tx: Queryable,
  planId: string,
  projectId: string,
  project: Omit<ImportedProject, 'id'> | ProjectInput,
  position?: number,
): Promise<boolean> {
  const [row] = await tx.query<{ created: boolean }>(
    `INSERT INTO action_plan_projects (plan_id, id, axis_id, position, title, neighbourhood, budget, executed,
       planned_start, planned_end, actual_start, actual_end, progress, status)
     VALUES ($1, $2, $3, COALESCE($4::integer, (SELECT count(*)::integer FROM action_plan_projects WHERE plan_id = $1)), $5, $6, $7, $8,
       $9, $10, $11, $12, $13, $14)
     ON CONFLICT (plan_id, id) DO UPDATE SET axis_id = EXCLUDED.axis_id,
       position = COALESCE($4::integer, action_plan_projects.position), title = EXCLUDED.title, neighbourhood = EXCLUDED.neighbourhood,
       budget = EXCLUDED.budget, executed = EXCLUDED.executed, planned_start = EXCLUDED.planned_start,
       planned_end = EXCLUDED.planned_end, actual_start = EXCLUDED.actual_start, actual_end = EXCLUDED.actual_end,
       progress = EXCLUDED.progress, status = EXCLUDED.status
     RETURNING (xmax = 0) AS created`,
    [
      planId,
      projectId,
      project.axisId,
      position ?? null,
      project.title,
      project.neighbourhood ? project.neighbourhood : null,
      project.budget,
      project.executed ?? 0,
      project.planned?.start ?? null,
      project.planned?.end ?? null,
      project.actual?.start ?? null,
      project.actual?.end ?? null,
      project.progress,
      project.status,
    ],
  );
  return row!.created;
}

/** Creates or edits one project; 404 for an unknown programme, 422 for an axis it does not have. */
export async function upsertProject(
  tx: Queryable,
  planId: string,
  projectId: string,
  input: ProjectInput,
): Promise<{ created: boolean; project: ActionPlanProject }> {
  if (!(await planExists(tx, planId))) throw notFound('Action programme');
  const axis = await tx.query('SELECT 1 FROM action_plan_axes WHERE plan_id = $1 AND id = $2', [planId, input.axisId]);
  if (axis.length === 0) throw invalidFields({ axisId: 'invalid_value' });
  const created = await writeProject(tx, planId, projectId, input);
  await touch(tx, planId);
  return { created, project: (await loadProjects(tx, planId, projectId))[0]! };
}

export async function postProjectUpdate(
  tx: Queryable,
  planId: string,
  projectId: string,
  input: ProjectUpdateInput,
): Promise<ActionPlanProject> {
  const changed = await tx.query(
    `UPDATE action_plan_projects SET progress = COALESCE($3, progress), status = COALESCE($4, status)
     WHERE plan_id = $1 AND id = $2 RETURNING id`,
    [planId, projectId, input.progress ?? null, input.status ?? null],
  );
  if (changed.length === 0) throw notFound('Project');
  await tx.query('INSERT INTO action_plan_updates (plan_id, project_id, date, text, progress) VALUES ($1, $2, $3, $4, $5)', [
    planId,
    projectId,
    input.date,
    input.text,
    input.progress ?? null,
  ]);
  await touch(tx, planId);
  return (await loadProjects(tx, planId, projectId))[0]!;
}

async function projectExists(db: Queryable, planId: string, projectId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM action_plan_projects WHERE plan_id = $1 AND id = $2', [planId, projectId])).length > 0;
}

const newReference = () => `COM-${(randomBytes(4).toString('hex').toUpperCase().match(/.{4}/g) ?? []).join('-')}`;

/** Records a citizen's comment, pending moderation; the contact, if any, is sealed. */
export async function commentOnProject(
  tx: Queryable,
  keys: DerivedKeys,
  planId: string,
  projectId: string,
  input: ProjectCommentInput,
): Promise<ProjectCommentReceipt> {
  if (!(await projectExists(tx, planId, projectId))) throw notFound('Project');
  const reference = newReference();
  const sealed = input.contact ? sealContact(keys, reference, input.contact).toString('hex') : null;
  const [row] = await tx.query<{ submitted_at: Date | string }>(
    `INSERT INTO action_plan_comments (reference, plan_id, project_id, text, personal_data)
     VALUES ($1, $2, $3, $4, decode($5, 'hex')) RETURNING submitted_at`,
    [reference, planId, projectId, input.text, sealed],
  );
  return { receipt: { reference, status: 'pending', submittedAt: iso(row!.submitted_at) } };
}

interface CommentRow {
  reference: string;
  project_id: string;
  text: string;
  status: AdminProjectComment['status'];
  answer: ProjectComment['answer'] | null;
  personal_data: Uint8Array | null;
  submitted_at: Date | string;
}

const publicComment = (row: CommentRow): ProjectComment => ({
  reference: row.reference,
  submittedAt: iso(row.submitted_at),
  text: row.text,
  ...(row.answer ? { answer: row.answer } : {}),
});

const COMMENT_COLUMNS = 'reference, project_id, text, status, answer, personal_data, submitted_at';

export async function publishedComments(db: Queryable, planId: string, projectId: string): Promise<ProjectComment[]> {
  if (!(await projectExists(db, planId, projectId))) throw notFound('Project');
  const rows = await db.query<CommentRow>(
    `SELECT ${COMMENT_COLUMNS} FROM action_plan_comments
     WHERE plan_id = $1 AND project_id = $2 AND status = 'published' ORDER BY submitted_at, id`,
    [planId, projectId],
  );
  return rows.map(publicComment);
}

const adminComment = (keys: DerivedKeys, row: CommentRow): AdminProjectComment => ({
  ...publicComment(row),
  projectId: row.project_id,
  status: row.status,
  ...(row.personal_data ? { contact: openContact(keys, row.reference, row.personal_data) } : {}),
});

/** Every comment on the programme, pending ones first, then the newest. */
export async function commentsForStaff(db: Queryable, keys: DerivedKeys, planId: string): Promise<AdminProjectComment[]> {
  if (!(await planExists(db, planId))) throw notFound('Action programme');
  const rows = await db.query<CommentRow>(
    `SELECT ${COMMENT_COLUMNS} FROM action_plan_comments WHERE plan_id = $1
     ORDER BY status <> 'pending', submitted_at DESC, id DESC`,
    [planId],
  );
  return rows.map((row) => adminComment(keys, row));
}

/** Publishes or rejects a comment, with the commune's answer (an absent answer keeps the one given before). */
export async function moderateComment(
  tx: Queryable,
  keys: DerivedKeys,
  reference: string,
  input: CommentModerationInput,
): Promise<AdminProjectComment> {
  const [row] = await tx.query<CommentRow>(
    `UPDATE action_plan_comments SET status = $2, answer = COALESCE($3::jsonb, answer), moderated_at = now()
     WHERE reference = $1 RETURNING ${COMMENT_COLUMNS}`,
    [reference, input.status, input.answer ? input.answer : null],
  );
  if (!row) throw notFound('Comment');
  return adminComment(keys, row);
}
