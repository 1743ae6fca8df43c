import * as z from 'zod/mini';
import {
  ACTION_PLAN_CSV_MAX_CHARS,
  BUDGET_MAX_MAD,
  PROJECT_COMMENT_CONTACT_MAX,
  PROJECT_COMMENT_MAX,
  PROJECT_COMMENT_MIN,
  PROJECT_COMMENT_REFERENCE,
  PROJECT_COMMENT_STATUSES,
  PROJECT_STATUSES,
} from './action-plan-rules.js';
import { CalendarDate, CharterParty } from './charter.js';
import { Id, LocalizedText, Timestamp, listOf, wellFormed } from './common.js';
import { CONTACT_PATTERN } from './limits.js';

/*
 * The commune's action programme (برنامج عمل الجماعة) and the follow-up of its
 * participation charter's commitments: what `<mocharaka-action-plan>` shows, what
 * citizens may comment, what staff import, edit and moderate.
 */

export const ProjectStatus = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatus>;
export const ProjectCommentStatus = z.enum(PROJECT_COMMENT_STATUSES);
export type ProjectCommentStatus = z.infer<typeof ProjectCommentStatus>;

const Amount = z.number().check(
  z.gte(0),
  z.lte(BUDGET_MAX_MAD),
  z.refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, { message: 'At most two decimals' }),
);
const Progress = z.int().check(z.gte(0), z.lte(100));
const Year = z.int().check(z.gte(2000), z.lte(2100));

export const ActionPlanAxis = z.strictObject({ id: Id, title: LocalizedText });
export type ActionPlanAxis = z.infer<typeof ActionPlanAxis>;

/** A dated public update on a project's progress. */
export const ProjectUpdate = z.object({ date: CalendarDate, text: LocalizedText, progress: z.optional(Progress) });
export type ProjectUpdate = z.infer<typeof ProjectUpdate>;

/** Planned or actual start and end (each may be unknown yet). */
export const DateSpan = z.object({ start: z.optional(CalendarDate), end: z.optional(CalendarDate) });
export type DateSpan = z.infer<typeof DateSpan>;

export const ActionPlanProject = z.object({
  id: Id,
  axisId: Id,
  title: LocalizedText,
  neighbourhood: z.optional(LocalizedText),
  /** Committed (programmed) budget, in MAD. */
  budget: z.number(),
  /** Spent so far, in MAD. */
  executed: z.number(),
  planned: DateSpan,
  actual: DateSpan,
  progress: Progress,
  status: ProjectStatus,
  /** Newest first. */
  updates: z.array(ProjectUpdate),
  /** Published comments. */
  commentCount: z.int(),
});
export type ActionPlanProject = z.infer<typeof ActionPlanProject>;

export const CommitmentIndicator = z.strictObject({
  id: Id,
  label: LocalizedText,
  target: z.number().check(z.gte(0)),
  value: z.number().check(z.gte(0)),
  unit: z.optional(LocalizedText),
});
export type CommitmentIndicator = z.infer<typeof CommitmentIndicator>;

/** One commitment of the charter (a party's), with how its follow-up is measured. */
export const CharterCommitment = z.strictObject({
  id: Id,
  party: CharterParty,
  text: LocalizedText,
  indicators: z.array(CommitmentIndicator).check(z.maxLength(20)),
});
export type CharterCommitment = z.infer<typeof CharterCommitment>;

/** A dated evaluation report of the charter or the programme (by the follow-up team). */
export const EvaluationReport = z.strictObject({
  date: CalendarDate,
  title: LocalizedText,
  summary: LocalizedText,
  url: z.optional(z.url({ protocol: /^https$/ })),
});
export type EvaluationReport = z.infer<typeof EvaluationReport>;

/** Counts and totals over the whole programme, computed by the server. */
export const ActionPlanTotals = z.object({
  projects: z.int(),
  /** Every status, each with its count (the compiler checks the keys are PROJECT_STATUSES). */
  byStatus: z.object({
    planned: z.int(),
    in_progress: z.int(),
    completed: z.int(),
    delayed: z.int(),
    suspended: z.int(),
  } satisfies Record<(typeof PROJECT_STATUSES)[number], z.ZodMiniInt>),
  budget: z.number(),
  executed: z.number(),
});
export type ActionPlanTotals = z.infer<typeof ActionPlanTotals>;

const Period = z
  .strictObject({ from: Year, to: Year })
  .check(z.refine((period) => period.to >= period.from, { message: 'The period ends before it starts', path: ['to'] }));

export const ActionPlanSummary = z.object({
  id: Id,
  title: LocalizedText,
  period: z.object({ from: z.int(), to: z.int() }),
  /** The charter whose commitments this page follows up. */
  charterId: z.optional(Id),
  projectCount: z.int(),
});
export type ActionPlanSummary = z.infer<typeof ActionPlanSummary>;

export const ActionPlanList = listOf(ActionPlanSummary);
export type ActionPlanList = z.infer<typeof ActionPlanList>;

export const ActionPlan = z.object({
  ...ActionPlanSummary.shape,
  axes: z.array(ActionPlanAxis),
  projects: z.array(ActionPlanProject),
  totals: ActionPlanTotals,
  commitments: z.array(CharterCommitment),
  /** Newest first. */
  evaluations: z.array(EvaluationReport),
  updatedAt: Timestamp,
});
export type ActionPlan = z.infer<typeof ActionPlan>;

// Citizens' comments

export const CommentAnswer = z.strictObject({ date: CalendarDate, text: LocalizedText });

/** A published comment, with the commune's answer when there is one. Never the contact. */
export const ProjectComment = z.object({
  reference: z.string(),
  submittedAt: Timestamp,
  text: z.string(),
  answer: z.optional(CommentAnswer),
});
export type ProjectComment = z.infer<typeof ProjectComment>;

export const ProjectCommentList = listOf(ProjectComment);
export type ProjectCommentList = z.infer<typeof ProjectCommentList>;

export const ProjectCommentInput = z.strictObject({
  text: z.string().check(z.trim(), z.minLength(PROJECT_COMMENT_MIN), z.maxLength(PROJECT_COMMENT_MAX), wellFormed()),
  /** To be told of the answer; sealed at rest, never published. */
  contact: z.optional(z.string().check(z.trim(), z.maxLength(PROJECT_COMMENT_CONTACT_MAX), z.regex(CONTACT_PATTERN))),
});
export type ProjectCommentInput = z.input<typeof ProjectCommentInput>;

export const ProjectCommentReceipt = z.object({
  receipt: z.object({
    reference: z.string().check(z.regex(PROJECT_COMMENT_REFERENCE)),
    status: ProjectCommentStatus,
    submittedAt: Timestamp,
  }),
});
export type ProjectCommentReceipt = z.infer<typeof ProjectCommentReceipt>;

// Staff

export const ActionPlanInput = z.strictObject({
  id: Id,
  title: LocalizedText,
  period: Period,
  charterId: z.optional(Id),
  commitments: z.optional(z.array(CharterCommitment).check(z.maxLength(60))),
  evaluations: z.optional(z.array(EvaluationReport).check(z.maxLength(100))),
});
export type ActionPlanInput = z.input<typeof ActionPlanInput>;

export const ProjectInput = z.strictObject({
  axisId: Id,
  title: LocalizedText,
  neighbourhood: z.optional(LocalizedText),
  budget: Amount,
  executed: z.optional(Amount),
  planned: z.optional(DateSpan),
  actual: z.optional(DateSpan),
  progress: Progress,
  status: ProjectStatus,
});
export type ProjectInput = z.input<typeof ProjectInput>;

export const ProjectUpdateInput = z.strictObject({
  date: CalendarDate,
  text: LocalizedText,
  /** Sets the project's progress too. */
  progress: z.optional(Progress),
  /** Sets the project's status too. */
  status: z.optional(ProjectStatus),
});
export type ProjectUpdateInput = z.input<typeof ProjectUpdateInput>;

export const ActionPlanImportInput = z.strictObject({
  csv: z.string().check(z.minLength(1), z.maxLength(ACTION_PLAN_CSV_MAX_CHARS)),
});
export type ActionPlanImportInput = z.input<typeof ActionPlanImportInput>;

export const ActionPlanImportResult = z.object({ axes: z.int(), created: z.int(), updated: z.int() });
export type ActionPlanImportResult = z.infer<typeof ActionPlanImportResult>;

export const AdminProjectComment = z.object({
  ...ProjectComment.shape,
  projectId: Id,
  status: ProjectCommentStatus,
  contact: z.optional(z.string()),
});
export type AdminProjectComment = z.infer<typeof AdminProjectComment>;

export const AdminProjectCommentList = listOf(AdminProjectComment);
export type AdminProjectCommentList = z.infer<typeof AdminProjectCommentList>;

export const CommentModerationInput = z.strictObject({
  status: z.enum(['published', 'rejected']),
  answer: z.optional(CommentAnswer),
});
export type CommentModerationInput = z.input<typeof CommentModerationInput>;
