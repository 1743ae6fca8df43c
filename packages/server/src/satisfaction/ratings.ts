import { createHash } from 'node:crypto';
import type { AdminRating, RatingChannel, RatingDetailsInput, RatingInput, RatingReceipt, ServiceSummary } from '@mocharaka/core/contract';
import { SIGNIFICANT_COUNT } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { invalidFields, notFound } from '../http/http-error.js';
import { FRESH, isoTimestamp, writeOnce, type HandlerResult } from '../http/idempotency.js';

/** How long after the rating its details (tags, comment) are accepted. */
export const DETAILS_WINDOW = '1 hour';

/** What a rating is found by when its details come: sha256 hex of the key it was posted with. */
export const ratingKeyHash = (key: string): string => createHash('sha256').update(key).digest('hex');

interface ReceiptRow {
  id: string;
  service_id: string;
  level: number;
  created_at: Date;
}

const toReceipt = (row: ReceiptRow): RatingReceipt => ({
  id: row.id,
  serviceId: row.service_id,
  level: row.level,
  createdAt: row.created_at.toISOString(),
});

/**
 * Records a rating in one statement with its Idempotency-Key (`writeOnce`): 404 for an
 * unknown service, 422 when a tag is not one of the service's.
 */
export async function insertRating(
  tx: Queryable,
  serviceId: string,
  rating: RatingInput,
  keyHash: string | null = null,
): Promise<HandlerResult> {
  return writeOnce(tx, {
    ctes: `service AS (SELECT id, tags FROM services WHERE id = $1),
       unknown_tag AS (
         SELECT EXISTS (
           SELECT FROM unnest($5::text[]) AS given (tag)
           WHERE given.tag NOT IN (SELECT known->>'id' FROM service, jsonb_array_elements(service.tags) AS known)
         ) AS found
       ),
       rating AS (
         INSERT INTO ratings (service_id, level, comment, channel, tags, page, kiosk_id, rating_key_hash)
         SELECT service.id, $2, $3, $4, $5::text[], $6, $7, $8 FROM service, unknown_tag
         WHERE NOT unknown_tag.found AND ${FRESH}
         RETURNING id, service_id, level, created_at
       ),
       outcome AS (
         SELECT CASE WHEN service.id IS NULL THEN 'not_found' WHEN unknown_tag.found THEN 'invalid_tags' END AS refusal,
                201 AS status,
                (SELECT jsonb_build_object('id', id::text, 'serviceId', service_id, 'level', level, 'createdAt', ${isoTimestamp('created_at')})
                 FROM rating) AS body
         FROM unknown_tag LEFT JOIN service ON true
       )`,
    params: [
      serviceId,
      rating.level,
      rating.comment || null,
      rating.channel ?? null,
      rating.tags ?? [],
      rating.page ?? null,
      rating.kioskId ?? null,
      keyHash,
    ],
    refusal: (code) => (code === 'not_found' ? notFound('Service') : invalidFields({ tags: 'invalid_value' })),
  });
}

/**
 * Sets the tags and comment of the service's rating posted with `ratingKey` less than an
 * hour ago (absent fields are left as they are); undefined when there is no such rating.
 */
export async function amendRating(db: Queryable, serviceId: string, details: RatingDetailsInput): Promise<RatingReceipt | undefined> {
  const [row] = await db.query<ReceiptRow>(
    `UPDATE ratings SET
       tags = coalesce($3::text[], tags),
       comment = CASE WHEN $4::boolean THEN nullif($5::text, '') ELSE comment END
     WHERE id = (
       SELECT id FROM ratings
       WHERE service_id = $1 AND rating_key_hash = $2
         AND created_at > now() - interval '${DETAILS_WINDOW}'
       ORDER BY id DESC LIMIT 1
     )
     RETURNING id::text AS id, service_id, level, created_at`,
    [serviceId, ratingKeyHash(details.ratingKey), details.tags ?? null, details.comment !== undefined, details.comment ?? null],
  );
  return row && toReceipt(row);
}

/** Monthly trend: calendar months in Morocco time, the current one and the 11 before. */
const TREND_TIME_ZONE = 'Africa/Casablanca';

/**
 * Count, mean, per-level distribution, satisfaction score, monthly trend and most chosen
 * tags, all computed by the database. Undefined for an unknown service.
 */
export async function summarizeRatings(db: Queryable, serviceId: string): Promise<ServiceSummary | undefined> {
  // Read from the per-month roll-up kept by a trigger (migrations 007 and 015: split into
  // slots, summed here), not from every rating.
  const months = await db.query<{ month: string | null; l1: number; l2: number; l3: number; l4: number; l5: number }>(
    `SELECT to_char(m.month, 'YYYY-MM') AS month, coalesce(sum(m.l1), 0)::integer AS l1, coalesce(sum(m.l2), 0)::integer AS l2,
            coalesce(sum(m.l3), 0)::integer AS l3, coalesce(sum(m.l4), 0)::integer AS l4, coalesce(sum(m.l5), 0)::integer AS l5
     FROM services s LEFT JOIN rating_monthly m ON m.service_id = s.id
     WHERE s.id = $1
     GROUP BY m.month
     ORDER BY m.month`,
    [serviceId],
  );
  if (months.length === 0) return undefined;
  const firstTrendMonth = await db.query<{ month: string }>(
    `SELECT to_char(date_trunc('month', now() AT TIME ZONE $1) - interval '11 months', 'YYYY-MM') AS month`,
    [TREND_TIME_ZONE],
  );
  const topTags = await db.query<{ tag: string; count: number }>(
    `SELECT tag, sum(count)::integer AS count FROM rating_tag_counts
     WHERE service_id = $1
     GROUP BY tag HAVING sum(count) > 0
     ORDER BY 2 DESC, tag
     LIMIT 5`,
    [serviceId],
  );
  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  const trend: NonNullable<ServiceSummary['trend']> = [];
  for (const row of months) {
    const levels = [row.l1, row.l2, row.l3, row.l4, row.l5];
    levels.forEach((count, index) => (distribution[String(index + 1) as keyof typeof distribution] += count));
    const stats = levelStats(levels);
    if (row.month && stats.count > 0 && row.month >= firstTrendMonth[0].month) {
      trend.push({ month: row.month, count: stats.count, mean: stats.mean!, satisfactionScore: stats.score! });
    }
  }
  const total = levelStats(Object.values(distribution));
  return {
    serviceId,
    count: total.count,
    mean: total.mean,
    distribution,
    satisfactionScore: total.score,
    significant: total.count >= SIGNIFICANT_COUNT,
    trend,
    topTags: topTags.map((tag) => ({ tagId: tag.tag, count: tag.count })),
  };
}

/** Count, mean and share of levels 4-5 from the counts of levels 1 to 5. */
function levelStats(levels: number[]): { count: number; mean: number | null; score: number | null } {
  const count = levels.reduce((sum, value) => sum + value, 0);
  if (count === 0) return { count, mean: null, score: null };
  const mean = levels.reduce((sum, value, index) => sum + value * (index + 1), 0) / count;
  return { count, mean, score: (levels[3] + levels[4]) / count };
}

interface RatingRow {
  id: string;
  service_id: string;
  level: number;
  comment: string | null;
  channel: RatingChannel | null;
  tags: string[];
  page: string | null;
  kiosk_id: string | null;
  hidden: boolean;
  created_at: Date;
}

/** `id` is the bigint as text for JSON: order and compare by `ratings.id`, never by this text (10 < 9). */
const RATING_COLUMNS = 'id::text AS id, service_id, level, comment, channel, tags, page, kiosk_id, hidden, created_at';

const toAdminRating = (row: RatingRow): AdminRating => ({
  id: row.id,
  serviceId: row.service_id,
  level: row.level,
  ...(row.comment !== null ? { comment: row.comment } : {}),
  ...(row.channel !== null ? { channel: row.channel } : {}),
  tags: row.tags,
  ...(row.page !== null ? { page: row.page } : {}),
  ...(row.kiosk_id !== null ? { kioskId: row.kiosk_id } : {}),
  hidden: row.hidden,
  createdAt: row.created_at.toISOString(),
});

/** One page of a service's ratings, newest first; `before` is the id the previous page ended on. */
export async function listRatings(
  db: Queryable,
  serviceId: string,
  page: { before?: string; limit: number },
): Promise<{ items: AdminRating[]; nextCursor?: string }> {
  const rows = await db.query<RatingRow>(
    `SELECT ${RATING_COLUMNS}
     FROM ratings
     WHERE service_id = $1 AND ($2::bigint IS NULL OR ratings.id < $2::bigint)
     ORDER BY ratings.id DESC
     LIMIT $3`,
    [serviceId, page.before ?? null, page.limit + 1],
  );
  const items = rows.slice(0, page.limit).map(toAdminRating);
  return rows.length > page.limit ? { items, nextCursor: items.at(-1)!.id } : { items };
}

/** Hides (or shows again) a rating's comment; undefined when there is no such rating. `id` must be digits. */
export async function setRatingHidden(db: Queryable, id: string, hidden: boolean): Promise<AdminRating | undefined> {
  const [row] = await db.query<RatingRow>(`UPDATE ratings SET hidden = $2 WHERE id = $1::bigint RETURNING ${RATING_COLUMNS}`, [id, hidden]);
  return row && toAdminRating(row);
}

/** Every rating of a service, oldest first, for the staff CSV export. */
export async function exportRatings(db: Queryable, serviceId: string): Promise<AdminRating[]> {
  const rows = await db.query<RatingRow>(`SELECT ${RATING_COLUMNS} FROM ratings WHERE service_id = $1 ORDER BY ratings.id`, [serviceId]);
  return rows.map(toAdminRating);
}
