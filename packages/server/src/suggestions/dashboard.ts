import type { SuggestionsDashboard } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { THE_COMMUNE } from '../db/the-commune.js';
import { suggestionBox } from './box.js';

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * What waits for staff, and per topic (in the box's order) how long answers took, in days
 * from receipt to the dated answer. Merged duplicates count with the suggestion they joined.
 */
export async function suggestionsDashboard(db: Queryable): Promise<SuggestionsDashboard> {
  const [box, rows] = await Promise.all([
    suggestionBox(db),
    db.query<{ topic: string; answered: number; waiting: number; received: number; median: number | null; max: number | null }>(
      `WITH answered AS (
         SELECT topic, status, EXTRACT(EPOCH FROM (answered_at - submitted_at))::float8 / 86400 AS days
         FROM suggestions WHERE merged_into IS NULL AND commune_id = ${THE_COMMUNE}
       )
       SELECT topic,
         (count(*) FILTER (WHERE status IN ('answered', 'not_retained')))::integer AS answered,
         (count(*) FILTER (WHERE status IN ('received', 'under_study')))::integer AS waiting,
         (count(*) FILTER (WHERE status = 'received'))::integer AS received,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE status IN ('answered', 'not_retained')) AS median,
         max(days) FILTER (WHERE status IN ('answered', 'not_retained')) AS max
       FROM answered GROUP BY topic`,
    ),
  ]);
  const byTopic = new Map(rows.map((row) => [row.topic, row]));
  return {
    received: rows.reduce((sum, row) => sum + row.received, 0),
    underStudy: rows.reduce((sum, row) => sum + row.waiting - row.received, 0),
    topics: box.topics.map((topic) => {
      const row = byTopic.get(topic.id);
      return {
        topic: topic.id,
        label: topic.label,
        answered: row?.answered ?? 0,
        waiting: row?.waiting ?? 0,
        ...(row?.median != null ? { medianDays: round1(Number(row.median)) } : {}),
        ...(row?.max != null ? { maxDays: round1(Number(row.max)) } : {}),
      };
    }),
  };
}
