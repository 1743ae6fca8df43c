import type { Migration } from './migration.js';

const MONTH = `date_trunc('month', created_at AT TIME ZONE 'Africa/Casablanca')::date`;
const LEVELS = [1, 2, 3, 4, 5];

/**
 * Per service, ratings counted by month (Morocco time) and level, and tags counted, kept
 * by a trigger in the same transaction as each rating. The public summary reads these
 * few rows instead of scanning every rating: over a million ratings the scan took
 * seconds (bench/summary-query.ts).
 */
export const migration007: Migration = {
  version: 7,
  name: 'rating-rollups',
  statements: [
    `CREATE TABLE rating_monthly (
      service_id text NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      month date NOT NULL,
      ${LEVELS.map((level) => `l${level} integer NOT NULL DEFAULT 0`).join(', ')},
      PRIMARY KEY (service_id, month)
    )`,
    `CREATE TABLE rating_tag_counts (
      service_id text NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      tag text NOT NULL,
      count integer NOT NULL DEFAULT 0,
      PRIMARY KEY (service_id, tag)
    )`,
    `CREATE FUNCTION mocharaka_rating_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE rating_monthly SET ${LEVELS.map((level) => `l${level} = l${level} - (OLD.level = ${level})::integer`).join(', ')}
          WHERE service_id = OLD.service_id AND month = date_trunc('month', OLD.created_at AT TIME ZONE 'Africa/Casablanca')::date;
        UPDATE rating_tag_counts SET count = count - 1 WHERE service_id = OLD.service_id AND tag = ANY (OLD.tags);
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO rating_monthly (service_id, month, ${LEVELS.map((level) => `l${level}`).join(', ')})
          VALUES (NEW.service_id, date_trunc('month', NEW.created_at AT TIME ZONE 'Africa/Casablanca')::date,
                  ${LEVELS.map((level) => `(NEW.level = ${level})::integer`).join(', ')})
          ON CONFLICT (service_id, month) DO UPDATE SET
            ${LEVELS.map((level) => `l${level} = rating_monthly.l${level} + EXCLUDED.l${level}`).join(', ')};
        INSERT INTO rating_tag_counts (service_id, tag, count)
          SELECT DISTINCT NEW.service_id, tag, 1 FROM unnest(NEW.tags) AS tag
          ON CONFLICT (service_id, tag) DO UPDATE SET count = rating_tag_counts.count + 1;
      END IF;
      RETURN NULL;
    END $$`,
    `CREATE TRIGGER ratings_rollup AFTER INSERT OR DELETE OR UPDATE OF service_id, level, tags, created_at ON ratings
      FOR EACH ROW EXECUTE FUNCTION mocharaka_rating_rollup()`,
    `INSERT INTO rating_monthly (service_id, month, ${LEVELS.map((level) => `l${level}`).join(', ')})
      SELECT service_id, ${MONTH}, ${LEVELS.map((level) => `count(*) FILTER (WHERE level = ${level})`).join(', ')}
      FROM ratings GROUP BY 1, 2`,
    `INSERT INTO rating_tag_counts (service_id, tag, count)
      SELECT service_id, tag, count(*) FROM (SELECT DISTINCT id, service_id, unnest(tags) AS tag FROM ratings) AS mentions
      GROUP BY 1, 2`,
  ],
};
