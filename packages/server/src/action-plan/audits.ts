import type { actionPlanOperations } from '@mocharaka/core/contract';
import type { AuditOf } from '../staff/admin-write-audit.js';

type ActionPlanWriteId = {
  [K in keyof typeof actionPlanOperations]: (typeof actionPlanOperations)[K] extends { idempotent: true; auth: readonly string[] }
    ? K
    : never;
}[keyof typeof actionPlanOperations];

type Body = Record<string, unknown>;
const body = (input: { body: unknown }) => (input.body ?? {}) as Body;
const pick = (source: Body, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
const projectOf = (input: { params: Record<string, string> }) => `${input.params.id}/${input.params.project}`;

/** How each staff write of the action programme enters the audit trail (spread into admin-write-audit.ts). */
export const actionPlanAudits: Record<ActionPlanWriteId, AuditOf> = {
  upsertActionPlan: {
    resourceType: 'action-plan',
    resourceId: (input) => String(body(input).id),
    summary: (input) => {
      const { title, period, charterId, commitments, evaluations } = body(input) as {
        title?: unknown;
        period?: unknown;
        charterId?: unknown;
        commitments?: { id: string }[];
        evaluations?: { date: string }[];
      };
      return {
        title,
        period,
        ...(charterId ? { charterId } : {}),
        ...(commitments ? { commitments: commitments.map((one) => one.id) } : {}),
        ...(evaluations ? { evaluations: evaluations.map((one) => one.date) } : {}),
      };
    },
  },
  importActionPlanProjects: {
    resourceType: 'action-plan',
    action: 'import',
    resourceId: (input) => input.params.id ?? '',
    summary: (_input, result) => ({ ...(result.body as Body) }),
  },
  upsertActionPlanProject: {
    resourceType: 'action-plan',
    resourceId: projectOf,
    summary: (input) => pick(body(input), ['axisId', 'title', 'budget', 'executed', 'progress', 'status']),
  },
  postProjectUpdate: {
    resourceType: 'action-plan',
    action: 'update',
    resourceId: projectOf,
    summary: (input) => pick(body(input), ['date', 'text', 'progress', 'status']),
  },
  // The decision and the commune's answer, never the citizen's comment or contact.
  moderateProjectComment: {
    resourceType: 'action-plan-comment',
    action: 'status_change',
    resourceId: (input) => input.params.reference ?? '',
    summary: (input) => pick(body(input), ['status', 'answer']),
  },
};
