import { COUNT_WINDOW_SECONDS } from '../../petitions/store.js';
import type { Migration } from './migration.js';

/**
 * How many rows each running tally is split into. A writer adds to the slot of its
 * database connection (`pg_backend_pid() % TALLY_SLOTS`), so concurrent connections
 * update different rows instead of queueing on one; a reader sums at most this many rows.
 */
export const TALLY_SLOTS = 16;

/** The slot of the writer's connection, in SQL. */
export const SLOT = `(pg_backend_pid() % ${TALLY_SLOTS})::smallint`;
const WINDOW = (at: string) => `date_bin('${COUNT_WINDOW_SECONDS} seconds', ${at}, timestamptz '1970-01-01 00:00:00+00')`;
const MONTH = (at: string) => `date_trunc('month', ${at} AT TIME ZONE 'Africa/Casablanca')::date`;
const LEVELS = [1, 2, 3, 4, 5];

/**
 * A cascaded delete (a petition, consultation, charter or service deleted with its rows)
 * has nothing left to count: the parent row is gone, and so are its tallies.
 */
const parentGone = (table: string, id: string) => `TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM ${table} WHERE id = ${id})`;

/**
 * Adds `delta` to the slot of the `row`'s petition (OLD or NEW of a trigger): to
 * `recent` while the signature is of the slot's window, and a signature of a later
 * window settles the recent ones first.
 */
const signatureTallyAdd = (
  row: 'OLD' | 'NEW',
  delta: 1 | -1,
) => `INSERT INTO petition_signature_tallies AS t (petition_id, slot, settled, recent_window, recent)
          VALUES (${row}.petition_id, ${SLOT}, 0, ${WINDOW(`${row}.signed_at`)}, ${delta})
          ON CONFLICT (petition_id, slot) DO UPDATE SET
            settled = t.settled + CASE
              WHEN excluded.recent_window > t.recent_window THEN t.recent
              WHEN excluded.recent_window < t.recent_window THEN excluded.recent
              ELSE 0 END,
            recent = CASE
              WHEN excluded.recent_window > t.recent_window THEN excluded.recent
              WHEN excluded.recent_window = t.recent_window THEN t.recent + excluded.recent
              ELSE t.recent END,
            recent_window = greatest(t.recent_window, excluded.recent_window);`;

/**
 * Running tallies kept by triggers in the writer's own statement, so every public GET
 * reads a handful of rows whatever the number of signatures, responses, ratings or
 * adhesions (benchmarks/suite/2-public-gets.ts). Each is split into slots (see
 * TALLY_SLOTS); the exact recounts stay in the staff paths and a test proves they agree
 * (test/tallies.test.ts). Existing rows are counted into slot 0 by `mocharaka_recount_tallies()`.
 *
 * - Petition signatures: the public count leaves out signatures of the current
 *   10-second window (petitions/count-window.ts). Each slot keeps `settled` (signatures
 *   of windows before `recent_window`) and `recent` (those of `recent_window`); a
 *   signature of a later window settles the recent ones. A reader counts `recent` only
 *   once its window is over, which is exactly "signed before the current window" — as
 *   long as no slot has seen a window after the reader's (a row dated ahead of the clock,
 *   or a writer whose transaction began after the reader's): then the reader recounts
 *   that petition's rows (petitions/store.ts), until the clock passes that window.
 * - Consultation responses: per question, how many answered and how many chose each
 *   option (row and column for a matrix, position sums for a ranking, each value for a
 *   number), as `mocharaka_response_facets` decomposes one response; free text is never
 *   copied. A change of the survey recounts that consultation (a staff action).
 * - Ratings: migration 007's roll-ups, now with a slot in their keys.
 * - Charter adhesions: associations and citizens not hidden by staff.
 */
export const migration015: Migration = {
  version: 15,
  name: 'tallies',
  statements: [
    // Petition signatures.
    `CREATE TABLE petition_signature_tallies (
      petition_id text NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
      slot smallint NOT NULL,
      settled bigint NOT NULL,
      recent_window timestamptz NOT NULL,
      recent bigint NOT NULL,
      PRIMARY KEY (petition_id, slot)
    )`,
    // PL/pgSQL, not SQL, for what a trigger runs on every write: PL/pgSQL keeps its plans
    // for the session, a SQL function's body was planned again on each call (hundreds of
    // ms per response on the loaded machine, for ~1 ms of work). The upsert is in the
    // trigger itself, not a function it PERFORMs (a second call and statement per row:
    // median 0.063 -> 0.050 backend CPU-ms per signature), as the other tallies' do.
    `CREATE FUNCTION mocharaka_signature_tally() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND NOT (${parentGone('petitions', 'OLD.petition_id')}) THEN
        ${signatureTallyAdd('OLD', -1)}
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        ${signatureTallyAdd('NEW', 1)}
      END IF;
      RETURN NULL;
    END $$`,
    `CREATE TRIGGER petition_signatures_tally AFTER INSERT OR DELETE OR UPDATE OF petition_id, signed_at ON petition_signatures
      FOR EACH ROW EXECUTE FUNCTION mocharaka_signature_tally()`,
    // Consultation responses.
    `CREATE TABLE consultation_tallies (
      consultation_id text NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
      question_id text NOT NULL,
      facet text NOT NULL,
      key text NOT NULL,
      sub text NOT NULL,
      slot smallint NOT NULL,
      n bigint NOT NULL,
      s bigint NOT NULL,
      PRIMARY KEY (consultation_id, question_id, facet, key, sub, slot)
    )`,
    // One response as tally rows: ('', 'total') once; per answered question 'answered',
    // then 'count' per option chosen (single, multiple, scale; paragraph commented for a
    // passage; row and column for a matrix), 'number' per value, 'rank' with the position
    // in s and 'first' for a ranking. Mirrors consultations/results.ts computeExactResults.
    `CREATE FUNCTION mocharaka_response_facets(survey jsonb, answers jsonb)
      RETURNS TABLE (question_id text, facet text, key text, sub text, n bigint, s bigint)
      LANGUAGE plpgsql IMMUTABLE AS $$
    #variable_conflict use_column
    BEGIN
      RETURN QUERY
      SELECT ''::text, 'total'::text, ''::text, ''::text, 1::bigint, 0::bigint
      UNION ALL
      SELECT q.id, f.facet, f.key, f.sub, f.n, f.s
      FROM (SELECT question->>'id' AS id, question->>'kind' AS kind, answers -> (question->>'id') AS a
            FROM jsonb_path_query(survey, '$.sections[*].questions[*]') AS question) AS q
      CROSS JOIN LATERAL (
        SELECT 'answered', '', '', 1::bigint, 0::bigint
        UNION ALL
        SELECT 'count', q.a #>> '{}', '', 1, 0 WHERE q.kind IN ('single', 'scale') AND q.a #>> '{}' IS NOT NULL
        UNION ALL
        SELECT 'number', q.a #>> '{}', '', 1, 0 WHERE q.kind = 'number' AND q.a #>> '{}' IS NOT NULL
        UNION ALL
        SELECT 'count', e.value, '', 1, 0
          FROM jsonb_array_elements_text(CASE WHEN q.kind = 'multiple' AND jsonb_typeof(q.a) = 'array' THEN q.a END) AS e (value)
        UNION ALL
        SELECT CASE WHEN r.is_first THEN 'first' ELSE 'rank' END, e.value, '', 1, CASE WHEN r.is_first THEN 0 ELSE e.position END
          FROM jsonb_array_elements_text(CASE WHEN q.kind = 'ranking' AND jsonb_typeof(q.a) = 'array' THEN q.a END)
               WITH ORDINALITY AS e (value, position)
          CROSS JOIN LATERAL (SELECT false UNION ALL SELECT true WHERE e.position = 1) AS r (is_first)
        UNION ALL
        SELECT 'count', e.key, e.value, 1, 0
          FROM jsonb_each_text(CASE WHEN q.kind = 'matrix' AND jsonb_typeof(q.a) = 'object' THEN q.a END) AS e
          WHERE e.value IS NOT NULL
        UNION ALL
        SELECT 'count', e.key, '', 1, 0
          FROM jsonb_object_keys(CASE WHEN q.kind = 'passage' AND jsonb_typeof(q.a) = 'object' THEN q.a END) AS e (key)
      ) AS f (facet, key, sub, n, s)
      WHERE q.a IS NOT NULL;
    END $$`,
    `CREATE FUNCTION mocharaka_response_tally() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      survey jsonb;
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND NOT (${parentGone('consultations', 'OLD.consultation_id')}) THEN
        SELECT definition->'survey' INTO survey FROM consultations WHERE id = OLD.consultation_id;
        INSERT INTO consultation_tallies AS t (consultation_id, question_id, facet, key, sub, slot, n, s)
          SELECT OLD.consultation_id, f.question_id, f.facet, f.key, f.sub, ${SLOT}, -sum(f.n), -sum(f.s)
          FROM mocharaka_response_facets(survey, OLD.answers) AS f
          GROUP BY 2, 3, 4, 5 ORDER BY 2, 3, 4, 5
          ON CONFLICT (consultation_id, question_id, facet, key, sub, slot) DO UPDATE SET n = t.n + excluded.n, s = t.s + excluded.s;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT definition->'survey' INTO survey FROM consultations WHERE id = NEW.consultation_id;
        INSERT INTO consultation_tallies AS t (consultation_id, question_id, facet, key, sub, slot, n, s)
          SELECT NEW.consultation_id, f.question_id, f.facet, f.key, f.sub, ${SLOT}, sum(f.n), sum(f.s)
          FROM mocharaka_response_facets(survey, NEW.answers) AS f
          GROUP BY 2, 3, 4, 5 ORDER BY 2, 3, 4, 5
          ON CONFLICT (consultation_id, question_id, facet, key, sub, slot) DO UPDATE SET n = t.n + excluded.n, s = t.s + excluded.s;
      END IF;
      RETURN NULL;
    END $$`,
    `CREATE TRIGGER consultation_responses_tally AFTER INSERT OR DELETE OR UPDATE OF consultation_id, answers ON consultation_responses
      FOR EACH ROW EXECUTE FUNCTION mocharaka_response_tally()`,
    // Every response of one consultation counted again (after a survey change, and to
    // back-fill), each distinct set of answers decomposed once.
    `CREATE FUNCTION mocharaka_recount_consultation(consultation text) RETURNS void LANGUAGE sql AS $$
      DELETE FROM consultation_tallies WHERE consultation_id = consultation;
      INSERT INTO consultation_tallies (consultation_id, question_id, facet, key, sub, slot, n, s)
        SELECT consultation, f.question_id, f.facet, f.key, f.sub, 0, sum(f.n * a.responses), sum(f.s * a.responses)
        FROM (SELECT answers, count(*) AS responses FROM consultation_responses WHERE consultation_id = consultation GROUP BY answers) AS a
        CROSS JOIN LATERAL mocharaka_response_facets((SELECT definition->'survey' FROM consultations WHERE id = consultation), a.answers) AS f
        GROUP BY 2, 3, 4, 5;
    $$`,
    `CREATE FUNCTION mocharaka_survey_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM mocharaka_recount_consultation(NEW.id);
      RETURN NULL;
    END $$`,
    `CREATE TRIGGER consultations_survey_changed AFTER UPDATE OF definition ON consultations
      FOR EACH ROW WHEN (OLD.definition->'survey' IS DISTINCT FROM NEW.definition->'survey')
      EXECUTE FUNCTION mocharaka_survey_changed()`,
    // Ratings: migration 007's roll-ups, split into slots.
    `ALTER TABLE rating_monthly ADD COLUMN slot smallint NOT NULL DEFAULT 0`,
    `ALTER TABLE rating_monthly DROP CONSTRAINT rating_monthly_pkey, ADD PRIMARY KEY (service_id, month, slot)`,
    `ALTER TABLE rating_tag_counts ADD COLUMN slot smallint NOT NULL DEFAULT 0`,
    `ALTER TABLE rating_tag_counts DROP CONSTRAINT rating_tag_counts_pkey, ADD PRIMARY KEY (service_id, tag, slot)`,
    `CREATE OR REPLACE FUNCTION mocharaka_rating_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND NOT (${parentGone('services', 'OLD.service_id')}) THEN
        IF TG_OP = 'DELETE' OR (OLD.service_id, OLD.level, OLD.created_at) IS DISTINCT FROM (NEW.service_id, NEW.level, NEW.created_at) THEN
          INSERT INTO rating_monthly AS m (service_id, month, slot, ${LEVELS.map((level) => `l${level}`).join(', ')})
            VALUES (OLD.service_id, ${MONTH('OLD.created_at')}, ${SLOT}, ${LEVELS.map((level) => `-(OLD.level = ${level})::integer`).join(', ')})
            ON CONFLICT (service_id, month, slot) DO UPDATE SET
              ${LEVELS.map((level) => `l${level} = m.l${level} + excluded.l${level}`).join(', ')};
        END IF;
        IF TG_OP = 'DELETE' OR (OLD.service_id, OLD.tags) IS DISTINCT FROM (NEW.service_id, NEW.tags) THEN
          INSERT INTO rating_tag_counts AS t (service_id, tag, slot, count)
            SELECT DISTINCT OLD.service_id, tag, ${SLOT}, -1 FROM unnest(OLD.tags) AS tag ORDER BY 2
            ON CONFLICT (service_id, tag, slot) DO UPDATE SET count = t.count + excluded.count;
        END IF;
      END IF;
      IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (OLD.service_id, OLD.level, OLD.created_at) IS DISTINCT FROM (NEW.service_id, NEW.level, NEW.created_at)) THEN
        INSERT INTO rating_monthly AS m (service_id, month, slot, ${LEVELS.map((level) => `l${level}`).join(', ')})
          VALUES (NEW.service_id, ${MONTH('NEW.created_at')}, ${SLOT}, ${LEVELS.map((level) => `(NEW.level = ${level})::integer`).join(', ')})
          ON CONFLICT (service_id, month, slot) DO UPDATE SET
            ${LEVELS.map((level) => `l${level} = m.l${level} + excluded.l${level}`).join(', ')};
      END IF;
      IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (OLD.service_id, OLD.tags) IS DISTINCT FROM (NEW.service_id, NEW.tags)) THEN
        INSERT INTO rating_tag_counts AS t (service_id, tag, slot, count)
          SELECT DISTINCT NEW.service_id, tag, ${SLOT}, 1 FROM unnest(NEW.tags) AS tag ORDER BY 2
          ON CONFLICT (service_id, tag, slot) DO UPDATE SET count = t.count + excluded.count;
      END IF;
      RETURN NULL;
    END $$`,

    // Charter adhesions.
    `CREATE TABLE charter_adhesion_tallies (
      charter_id text NOT NULL REFERENCES charters (id) ON DELETE CASCADE,
      slot smallint NOT NULL,
      associations bigint NOT NULL,
      citizens bigint NOT NULL,
      PRIMARY KEY (charter_id, slot)
    )`,
    `CREATE FUNCTION mocharaka_adhesion_tally() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND NOT OLD.hidden AND NOT (${parentGone('charters', 'OLD.charter_id')}) THEN
        INSERT INTO charter_adhesion_tallies AS t (charter_id, slot, associations, citizens)
          VALUES (OLD.charter_id, ${SLOT}, -(OLD.kind = 'association')::integer, -(OLD.kind = 'citizen')::integer)
          ON CONFLICT (charter_id, slot) DO UPDATE SET
            associations = t.associations + excluded.associations, citizens = t.citizens + excluded.citizens;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW.hidden THEN
        INSERT INTO charter_adhesion_tallies AS t (charter_id, slot, associations, citizens)
          VALUES (NEW.charter_id, ${SLOT}, (NEW.kind = 'association')::integer, (NEW.kind = 'citizen')::integer)
          ON CONFLICT (charter_id, slot) DO UPDATE SET
            associations = t.associations + excluded.associations, citizens = t.citizens + excluded.citizens;
      END IF;
      RETURN NULL;
    END $$`,
    `CREATE TRIGGER charter_adhesions_tally AFTER INSERT OR DELETE OR UPDATE OF charter_id, kind, hidden ON charter_adhesions
      FOR EACH ROW EXECUTE FUNCTION mocharaka_adhesion_tally()`,
    // The public list names associations only: without this index it read every citizen's adhesion too.
    `CREATE INDEX charter_adhesions_public_names ON charter_adhesions (charter_id, adhered_at, id)
      WHERE kind = 'association' AND NOT hidden`,
    // Every tally recounted from the rows: the back-fill below, and for an operator after a
    // bulk load made with the triggers disabled (benchmarks/suite/2-public-gets.ts).
    `CREATE FUNCTION mocharaka_recount_tallies() RETURNS void LANGUAGE sql AS $$
      DELETE FROM petition_signature_tallies;
      INSERT INTO petition_signature_tallies (petition_id, slot, settled, recent_window, recent)
      SELECT petition_id, 0, count(*) FILTER (WHERE ${WINDOW('signed_at')} < max_window), max_window,
             count(*) FILTER (WHERE ${WINDOW('signed_at')} = max_window)
      FROM (SELECT petition_id, signed_at, max(${WINDOW('signed_at')}) OVER (PARTITION BY petition_id) AS max_window
            FROM petition_signatures) AS signatures
      GROUP BY petition_id, max_window;
      SELECT mocharaka_recount_consultation(id) FROM consultations;
      DELETE FROM rating_monthly;
      INSERT INTO rating_monthly (service_id, month, slot, ${LEVELS.map((level) => `l${level}`).join(', ')})
        SELECT service_id, ${MONTH('created_at')}, 0, ${LEVELS.map((level) => `count(*) FILTER (WHERE level = ${level})`).join(', ')}
        FROM ratings GROUP BY 1, 2;
      DELETE FROM rating_tag_counts;
      INSERT INTO rating_tag_counts (service_id, tag, slot, count)
        SELECT service_id, tag, 0, count(*) FROM (SELECT DISTINCT id, service_id, unnest(tags) AS tag FROM ratings) AS mentions
        GROUP BY 1, 2;
      DELETE FROM charter_adhesion_tallies;
      INSERT INTO charter_adhesion_tallies (charter_id, slot, associations, citizens)
      SELECT charter_id, 0, count(*) FILTER (WHERE kind = 'association'), count(*) FILTER (WHERE kind = 'citizen')
      FROM charter_adhesions WHERE NOT hidden GROUP BY charter_id;
    $$`,
    `SELECT mocharaka_recount_tallies()`,
  ],
};
