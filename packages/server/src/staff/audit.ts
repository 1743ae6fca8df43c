import type { AuditAction, AuditEntry, AuditEntryList, AuditResourceType } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { toCsv } from '../http/csv.js';
import type { StaffIdentity } from './identity.js';

export interface AuditActor {
  id: string;
  displayName: string;
  via: AuditEntry['actor']['via'];
}

export interface AuditRecord {
  action: AuditAction;
  resourceType: AuditResourceType;
  resourceId: string;
  /** What changed (field → new value); never a citizen's personal data. */
  summary?: Record<string, unknown>;
}

export interface AuditFilters {
  actor?: string;
  resourceType?: AuditResourceType;
  resourceId?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
}

/** Rows one CSV export holds at most (newest first); narrow the filters for older ones. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

export function actorOf(identity: StaffIdentity): AuditActor {
  return { id: identity.accountId, displayName: identity.displayName, via: identity.via };
}

/**
 * Appends an entry. Call it with the transaction of the write it records, so both commit
 * or neither does. The table refuses UPDATE, DELETE and TRUNCATE (a trigger).
 */
export async function recordAudit(tx: Queryable, actor: AuditActor, record: AuditRecord): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (actor_id, actor_name, actor_via, action, resource_type, resource_id, summary)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
    [actor.id, actor.displayName, actor.via, record.action, record.resourceType, record.resourceId, record.summary ?? {}],
  );
}

interface AuditRow {
  id: string | number | bigint;
  at: Date | string;
  actor_id: string;
  actor_name: string;
  actor_via: AuditActor['via'];
  action: AuditAction;
  resource_type: AuditResourceType;
  resource_id: string;
  summary: Record<string, unknown>;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    actor: { id: row.actor_id, displayName: row.actor_name, via: row.actor_via },
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    summary: row.summary,
  };
}

/** WHERE clause and parameters of the filters (column names fixed here; values always parameters). */
function where(filters: AuditFilters, before?: string): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, value: unknown) => {
    params.push(value);
    conditions.push(condition.replace('?', `$${params.length}`));
  };
  if (filters.actor !== undefined) add('actor_id = ?', filters.actor);
  if (filters.resourceType !== undefined) add('resource_type = ?', filters.resourceType);
  if (filters.resourceId !== undefined) add('resource_id = ?', filters.resourceId);
  if (filters.action !== undefined) add('action = ?', filters.action);
  if (filters.from !== undefined) add('at >= ?::timestamptz', filters.from);
  if (filters.to !== undefined) add('at < ?::timestamptz', filters.to);
  if (before !== undefined) add('id < ?::bigint', before);
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** Newest first, `limit` per page; `nextCursor` when older entries match. */
export async function listAudit(db: Queryable, filters: AuditFilters, page: { before?: string; limit: number }): Promise<AuditEntryList> {
  const { sql, params } = where(filters, page.before);
  const rows = await db.query<AuditRow>(`SELECT * FROM audit_log ${sql} ORDER BY id DESC LIMIT $${params.length + 1}::integer`, [
    ...params,
    page.limit + 1,
  ]);
  const items = rows.slice(0, page.limit).map(toEntry);
  return rows.length > page.limit ? { items, nextCursor: items.at(-1)!.id } : { items };
}

export async function exportAudit(db: Queryable, filters: AuditFilters): Promise<AuditEntry[]> {
  const { sql, params } = where(filters);
  const rows = await db.query<AuditRow>(`SELECT * FROM audit_log ${sql} ORDER BY id DESC LIMIT $${params.length + 1}::integer`, [
    ...params,
    AUDIT_EXPORT_MAX_ROWS,
  ]);
  return rows.map(toEntry);
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  return toCsv(
    ['id', 'at', 'actor_id', 'actor', 'via', 'action', 'resource_type', 'resource_id', 'summary'],
    entries.map((entry) => [
      entry.id,
      entry.at,
      entry.actor.id,
      entry.actor.displayName,
      entry.actor.via,
      entry.action,
      entry.resourceType,
      entry.resourceId,
      JSON.stringify(entry.summary),
    ]),
  );
}
