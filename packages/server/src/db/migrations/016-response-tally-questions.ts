import { SLOT } from './015-tallies.js';
import type { Migration } from './migration.js';

/**
 * The consultation-response tally (migration 015) decomposed each response against the
 * whole survey: `definition->'survey'` is a few kilobytes of titles and labels in four
 * languages, compressed out of line, so every response detoasted and walked it to learn
 * each question's id and kind. Those two facts are now kept beside the definition, in
 * `tally_questions` (`[[id, kind], …]` in survey order, a few hundred bytes), set by a
 * trigger whenever the definition is written; the tally and the recount read that.
 * Same facets, same rows; test/tallies.test.ts proves the public results equal the exact
 * recount after inserts, deletions, updates and a survey change.
 */
export const migration016: Migration = {
  version: 16,
  name: 'response-tally-questions',
  statements: [
    `ALTER TABLE consultations ADD COLUMN tally_questions jsonb NOT NULL DEFAULT '[]'`,
    `CREATE FUNCTION mocharaka_tally_questions() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.tally_questions := coalesce(
        (SELECT jsonb_agg(jsonb_build_array(question->>'id', question->>'kind') ORDER BY position)
         FROM jsonb_path_query(NEW.definition, '$.survey.sections[*].questions[*]') WITH ORDINALITY AS q (question, position)),
        '[]');
      RETURN NEW;
    END $$`,
    `CREATE TRIGGER consultations_tally_questions BEFORE INSERT OR UPDATE OF definition ON consultations
      FOR EACH ROW EXECUTE FUNCTION mocharaka_tally_questions()`,
    // Every existing consultation through the trigger above.
    `UPDATE consultations SET definition = definition`,
    `DROP FUNCTION mocharaka_response_facets(jsonb, jsonb)`,
    // As migration 015's, with each question's id and kind read from `questions`.
    `CREATE FUNCTION mocharaka_response_facets(questions jsonb, answers jsonb)
      RETURNS TABLE (question_id text, facet text, key text, sub text, n bigint, s bigint)
      LANGUAGE plpgsql IMMUTABLE AS $$
    #variable_conflict use_column
    BEGIN
      RETURN QUERY
      SELECT ''::text, 'total'::text, ''::text, ''::text, 1::bigint, 0::bigint
      UNION ALL
      SELECT q.id, f.facet, f.key, f.sub, f.n, f.s
      FROM (SELECT question->>0 AS id, question->>1 AS kind, answers -> (question->>0) AS a
            FROM jsonb_array_elements(questions) AS question) AS q
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
    `CREATE OR REPLACE FUNCTION mocharaka_response_tally() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      questions jsonb;
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT tally_questions INTO questions FROM consultations WHERE id = OLD.consultation_id;
        -- Not found: a cascaded delete, the consultation and its tallies are gone.
        IF FOUND THEN
          INSERT INTO consultation_tallies AS t (consultation_id, question_id, facet, key, sub, slot, n, s)
            SELECT OLD.consultation_id, f.question_id, f.facet, f.key, f.sub, ${SLOT}, -sum(f.n), -sum(f.s)
            FROM mocharaka_response_facets(questions, OLD.answers) AS f
            GROUP BY 2, 3, 4, 5 ORDER BY 2, 3, 4, 5
            ON CONFLICT (consultation_id, question_id, facet, key, sub, slot) DO UPDATE SET n = t.n + excluded.n, s = t.s + excluded.s;
        END IF;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT tally_questions INTO questions FROM consultations WHERE id = NEW.consultation_id;
        INSERT INTO consultation_tallies AS t (consultation_id, question_id, facet, key, sub, slot, n, s)
          SELECT NEW.consultation_id, f.question_id, f.facet, f.key, f.sub, ${SLOT}, sum(f.n), sum(f.s)
          FROM mocharaka_response_facets(questions, NEW.answers) AS f
          GROUP BY 2, 3, 4, 5 ORDER BY 2, 3, 4, 5
          ON CONFLICT (consultation_id, question_id, facet, key, sub, slot) DO UPDATE SET n = t.n + excluded.n, s = t.s + excluded.s;
      END IF;
      RETURN NULL;
    END $$`,
    `CREATE OR REPLACE FUNCTION mocharaka_recount_consultation(consultation text) RETURNS void LANGUAGE sql AS $$
      DELETE FROM consultation_tallies WHERE consultation_id = consultation;
      INSERT INTO consultation_tallies (consultation_id, question_id, facet, key, sub, slot, n, s)
        SELECT consultation, f.question_id, f.facet, f.key, f.sub, 0, sum(f.n * a.responses), sum(f.s * a.responses)
        FROM (SELECT answers, count(*) AS responses FROM consultation_responses WHERE consultation_id = consultation GROUP BY answers) AS a
        CROSS JOIN LATERAL mocharaka_response_facets((SELECT tally_questions FROM consultations WHERE id = consultation), a.answers) AS f
        GROUP BY 2, 3, 4, 5;
    $$`,
  ],
};
