import type { AuditAction, AuditResourceType, OperationId, Operations, StaffRole } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import type { HandlerResult } from '../http/idempotency.js';
import { actorOf, recordAudit } from './audit.js';
import type { StaffIdentity } from './identity.js';
import { actionPlanAudits } from '../action-plan/audits.js';
import { meetingAudits } from '../meetings/audits.js';

/** The staff writes of the route table: every one is audited (the compiler checks the table below covers them). */
export type StaffWriteId = {
  [K in OperationId]: Operations[K] extends { idempotent: true; auth: readonly StaffRole[] } ? K : never;
}[OperationId];

interface WriteInput {
  params: Record<string, string>;
  body: unknown;
}

export interface AuditOf {
  resourceType: AuditResourceType;
  /** `create`/`update` follow from 201/200 when absent. */
  action?: AuditAction;
  resourceId: (input: WriteInput, result: HandlerResult) => string;
  /** What changed, without citizens' personal data (no signatory, agent, comment or adhesion text). */
  summary: (input: WriteInput, result: HandlerResult) => Record<string, unknown>;
}

type Body = Record<string, unknown>;
const body = (input: WriteInput) => (input.body ?? {}) as Body;
const pick = (source: Body, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
const bodyId = (input: WriteInput) => String(body(input).id);
const param = (name: string) => (input: WriteInput) => input.params[name] ?? '';
const nothing = () => ({});

const AUDITED: Record<StaffWriteId, AuditOf> = {
  upsertService: {
    resourceType: 'service',
    resourceId: bodyId,
    summary: (input) => {
      const { name, description, position, tags } = body(input) as {
        name?: unknown;
        description?: unknown;
        position?: unknown;
        tags?: { id: string }[];
      };
      return {
        name,
        ...(description ? { description } : {}),
        ...(position !== undefined ? { position } : {}),
        ...(tags ? { tags: tags.map((tag) => tag.id) } : {}),
      };
    },
  },
  hideRatingComment: { resourceType: 'rating', action: 'hide', resourceId: param('id'), summary: nothing },
  unhideRatingComment: { resourceType: 'rating', action: 'unhide', resourceId: param('id'), summary: nothing },
  // The agent is a citizen: their name stays out of the trail.
  upsertPetition: {
    resourceType: 'petition',
    resourceId: bodyId,
    summary: (input) => pick(body(input), ['title', 'opensAt', 'closesAt', 'threshold', 'eligibility', 'portalUrl']),
  },
  changePetitionStatus: {
    resourceType: 'petition',
    action: 'status_change',
    resourceId: param('id'),
    summary: (input) => pick(body(input), ['status', 'at', 'note']),
  },
  recordPaperSignatures: {
    resourceType: 'petition',
    action: 'paper_signatures',
    resourceId: param('id'),
    summary: (input) => pick(body(input), ['count', 'note']),
  },
  upsertConsultation: {
    resourceType: 'consultation',
    resourceId: bodyId,
    summary: (input) => pick(body(input), ['title', 'opensAt', 'closesAt', 'resultsPublished']),
  },
  publishConsultationResults: {
    resourceType: 'consultation',
    action: 'results_publication',
    resourceId: param('id'),
    summary: (input) => pick(body(input), ['published']),
  },
  // Which answer, never its text.
  publishConsultationText: {
    resourceType: 'consultation',
    action: 'text_publication',
    resourceId: param('id'),
    summary: (input) => pick(body(input), ['responseId', 'questionId', 'paragraphId', 'published']),
  },
  createCharter: {
    resourceType: 'charter',
    action: 'create',
    resourceId: bodyId,
    summary: (input) => pick(body(input), ['title', 'note']),
  },
  addCharterVersion: {
    resourceType: 'charter',
    action: 'new_version',
    resourceId: param('id'),
    summary: (input, result) => {
      const version = (result.body as { version?: { number?: number } } | undefined)?.version?.number;
      return { ...pick(body(input), ['title', 'note']), ...(version ? { version } : {}) };
    },
  },
  setCharterStatus: {
    resourceType: 'charter',
    action: 'status_change',
    resourceId: param('id'),
    summary: (input) => pick(body(input), ['status', 'consultation', 'adoption', 'revision']),
  },
  hideCharterAdhesion: { resourceType: 'charter-adhesion', action: 'hide', resourceId: param('reference'), summary: nothing },
  unhideCharterAdhesion: { resourceType: 'charter-adhesion', action: 'unhide', resourceId: param('reference'), summary: nothing },
  ...actionPlanAudits,
  updateSuggestionBox: {
    resourceType: 'suggestion',
    resourceId: () => 'suggestion-box',
    summary: (input) => {
      const lists = body(input) as Record<string, { id: string }[] | undefined>;
      return Object.fromEntries(['topics', 'neighbourhoods', 'departments'].map((key) => [key, lists[key]?.map((one) => one.id)]));
    },
  },
  // Which suggestion and what staff decided, never the citizen's text or contact.
  assignSuggestion: {
    resourceType: 'suggestion',
    action: 'assign',
    resourceId: param('code'),
    summary: (input) => pick(body(input), ['department']),
  },
  answerSuggestion: {
    resourceType: 'suggestion',
    action: 'answer',
    resourceId: param('code'),
    summary: (input) => pick(body(input), ['status']),
  },
  publishSuggestion: {
    resourceType: 'suggestion',
    action: 'status_change',
    resourceId: param('code'),
    summary: (input) => pick(body(input), ['published']),
  },
  mergeSuggestion: {
    resourceType: 'suggestion',
    action: 'merge',
    resourceId: param('code'),
    summary: (input) => pick(body(input), ['into']),
  },
  ...meetingAudits,
};

export function isAuditedWrite(id: OperationId): id is StaffWriteId {
  return Object.hasOwn(AUDITED, id);
}

/**
 * Records a staff write of the route table in its own transaction `tx`, after the write
 * succeeded (a refused write throws before, leaving no entry). A petition's status change
 * also names its author on the history row.
 */
export async function auditStaffWrite(
  tx: Queryable,
  id: StaffWriteId,
  staff: StaffIdentity,
  input: WriteInput,
  result: HandlerResult,
): Promise<void> {
  const audit = AUDITED[id];
  const resourceId = audit.resourceId(input, result);
  await recordAudit(tx, actorOf(staff), {
    action: audit.action ?? (result.status === 201 ? 'create' : 'update'),
    resourceType: audit.resourceType,
    resourceId,
    summary: audit.summary(input, result),
  });
  if (id === 'changePetitionStatus') {
    await tx.query(
      `UPDATE petition_status_changes SET actor_id = $2, actor_name = $3
       WHERE id = (SELECT max(id) FROM petition_status_changes WHERE petition_id = $1)`,
      [resourceId, staff.accountId, staff.displayName],
    );
  }
}
