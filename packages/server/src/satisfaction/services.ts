import type { LocalizedText, Service, ServiceInput, ServiceTag } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { THE_COMMUNE } from '../db/the-commune.js';

interface ServiceRow {
  id: string;
  name: LocalizedText;
  description: LocalizedText | null;
  tags: ServiceTag[];
}

const toService = (row: ServiceRow): Service => ({
  id: row.id,
  name: row.name,
  ...(row.description ? { description: row.description } : {}),
  ...(row.tags.length ? { tags: row.tags } : {}),
});

/** The ids of a service's tags; undefined when the service does not exist. */
export async function serviceTagIds(db: Queryable, id: string): Promise<Set<string> | undefined> {
  const [row] = await db.query<{ tags: ServiceTag[] }>('SELECT tags FROM services WHERE id = $1', [id]);
  return row && new Set(row.tags.map((tag) => tag.id));
}

export async function listServices(db: Queryable): Promise<Service[]> {
  const rows = await db.query<ServiceRow>('SELECT id, name, description, tags FROM services ORDER BY position, id');
  return rows.map(toService);
}

export async function findService(db: Queryable, id: string): Promise<Service | undefined> {
  const [row] = await db.query<ServiceRow>('SELECT id, name, description, tags FROM services WHERE id = $1', [id]);
  return row && toService(row);
}

/**
 * Creates the service in the commune, or updates it when the id exists. A new service
 * without a position goes last; an update without tags keeps the service's tags.
 * Returns undefined when there is no commune yet. Tag ids must have been checked unique.
 */
export async function upsertService(db: Queryable, input: ServiceInput): Promise<{ service: Service; created: boolean } | undefined> {
  const [row] = await db.query<ServiceRow & { created: boolean }>(
    `INSERT INTO services (id, commune_id, name, description, position, tags)
     SELECT $1, communes.id, $2::jsonb, $3::jsonb,
            coalesce($4::integer, (SELECT coalesce(max(position) + 1, 0) FROM services)),
            coalesce($5::jsonb, '[]'::jsonb)
     FROM ${THE_COMMUNE} AS communes
     ON CONFLICT (id) DO UPDATE SET
       name = excluded.name,
       description = excluded.description,
       position = coalesce($4::integer, services.position),
       tags = coalesce($5::jsonb, services.tags)
     RETURNING id, name, description, tags, (xmax = 0) AS created`,
    [input.id, input.name, input.description ?? null, input.position ?? null, input.tags ?? null],
  );
  return row && { service: toService(row), created: row.created };
}
