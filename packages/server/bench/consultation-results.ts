/**
 * Consultation results (`GET /v1/consultations/:id/results`, and the staff view with
 * profile statistics) on a large consultation: 100,000 responses to the demo's open
 * consultation `action-programme-priorities` (every question kind), in a temporary
 * PGlite and in PostgreSQL too when DATABASE_URL is set (in a temporary schema). The
 * answers are stored as the server's own insert stores them (pruned answers as jsonb,
 * the token's SHA-256 bound to the consultation). Times the same function the routes
 * call, 5 times after one warm-up, and prints one JSON line per database.
 * Usage: node --import tsx packages/server/bench/consultation-results.ts [--responses 100000] [--runs 5]
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { checkAnswers, pruneAnswers } from '@mocharaka/core/contract';
import { computeResults } from '../src/consultations/results.js';
import { findConsultation } from '../src/consultations/store.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { seedDemo } from '@mocharaka/demo';
import { onEveryDatabase } from './databases.js';

const { values } = parseArgs({
  options: { responses: { type: 'string', default: '100000' }, runs: { type: 'string', default: '5' } },
});
const responses = Math.min(2_000_000, Math.max(1, Number(values.responses)));
const runs = Math.min(100, Math.max(1, Number(values.runs)));
const CONSULTATION = 'action-programme-priorities';

/**
 * One response per i, shaped like `pruneAnswers` output: required questions always
 * answered, optional ones on part of the responses, `other-project` only when the
 * favourite project is `other`, passage comments on one or two paragraphs.
 */
const INSERT_RESPONSES = `
  INSERT INTO consultation_responses (consultation_id, token_hash, answers, profile, submitted_at)
  SELECT $1,
         sha256(convert_to('mocharaka:consultation:' || $1 || ':bench-participant-' || i, 'UTF8')),
         jsonb_strip_nulls(jsonb_build_object(
           'priority-ranking', (SELECT jsonb_agg(area ORDER BY md5(i::text || area))
                                FROM unnest(ARRAY['roads-lighting', 'cleanliness', 'green-spaces', 'youth-sports', 'souks-economy']) AS area),
           'service-satisfaction', jsonb_build_object(
             'roads-lighting', (ARRAY['not-at-all', 'not-really', 'rather', 'very'])[1 + i % 4],
             'cleanliness', (ARRAY['not-at-all', 'not-really', 'not-really', 'rather', 'very'])[1 + i % 5],
             'green-spaces', (ARRAY['not-at-all', 'rather', 'very'])[1 + i % 3]),
           'favourite-project', (ARRAY['covered-souk', 'ramparts-lighting', 'neighbourhood-park', 'covered-souk', 'other'])[1 + i % 5],
           'other-project', CASE WHEN i % 5 = 4 THEN 'مركز صحي في الحي رقم ' || (i % 97) END,
           'outside-centre-share', CASE WHEN i % 3 <> 0 THEN to_jsonb((i * 7) % 101) END,
           'follow-up-importance', CASE WHEN i % 4 <> 0 THEN to_jsonb(1 + (i * 13) % 5) END,
           'information-channels', CASE i % 6
             WHEN 0 THEN '["website"]'::jsonb WHEN 1 THEN '["social", "meetings"]'::jsonb
             WHEN 2 THEN '["radio"]'::jsonb WHEN 3 THEN '["website", "social"]'::jsonb END,
           'programme-draft', CASE i % 10
             WHEN 0 THEN jsonb_build_object('axis-1', 'Les rues du quartier ' || (i % 50) || ' n’ont pas d’éclairage depuis deux ans.')
             WHEN 1 THEN jsonb_build_object('axis-2', 'يجب توفير حاويات أكثر في السوق الأسبوعي.', 'axis-3', 'دار الشباب مغلقة في العطل.')
             WHEN 2 THEN jsonb_build_object('axis-3', 'Un terrain de proximité pour les filles aussi, avec des horaires réservés.') END,
           'other-remarks', CASE WHEN i % 7 = 0 THEN rtrim(repeat('ملاحظة حول تتبع المشاريع ونشر الميزانية. ', 1 + i % 6)) END
         )),
         jsonb_strip_nulls(jsonb_build_object(
           'gender', CASE WHEN i % 8 <> 0 THEN (ARRAY['woman', 'man'])[1 + i % 2] END,
           'ageBand', CASE WHEN i % 9 <> 0 THEN (ARRAY['18-24', '25-34', '25-34', '35-49', '50-64', '65-plus'])[1 + i % 6] END,
           'neighbourhood', CASE WHEN i % 5 <> 0 THEN (ARRAY['medina', 'north', 'south', 'douars', 'outside'])[1 + (i / 5) % 5] END
         )),
         now() - make_interval(secs => (i::float8 / $2) * 3 * 86400)
  FROM generate_series(1, $2::integer) AS i`;

async function run(db: Database) {
  await migrate(db);
  await seedDemo(db);
  const consultation = await findConsultation(db, CONSULTATION);
  if (!consultation) throw new Error(`the demo seed has no ${CONSULTATION}`);
  const loadStart = performance.now();
  await db.query(INSERT_RESPONSES, [CONSULTATION, responses]);
  // A few comments published by staff, as in the demo's closed consultation.
  await db.query(
    `INSERT INTO consultation_published_texts (response_id, question_id, paragraph_id)
     SELECT r.id, 'programme-draft', k.key FROM consultation_responses r, jsonb_object_keys(r.answers->'programme-draft') k(key)
     WHERE r.consultation_id = $1 AND jsonb_typeof(r.answers->'programme-draft') = 'object' ORDER BY r.id LIMIT 20`,
    [CONSULTATION],
  );
  await db.query(
    `INSERT INTO consultation_published_texts (response_id, question_id, paragraph_id)
     SELECT r.id, 'other-remarks', '' FROM consultation_responses r
     WHERE r.consultation_id = $1 AND r.answers ? 'other-remarks' ORDER BY r.id LIMIT 10`,
    [CONSULTATION],
  );
  // The generated answers must be ones the server itself would have stored.
  const sample = await db.query<{ answers: Record<string, unknown> }>(
    'SELECT answers FROM consultation_responses WHERE consultation_id = $1 ORDER BY id LIMIT 420',
    [CONSULTATION],
  );
  for (const { answers } of sample) {
    const errors = checkAnswers(consultation.survey, answers);
    if (Object.keys(errors).length || !isDeepStrictEqual(pruneAnswers(consultation.survey, answers), answers)) {
      throw new Error(`a generated response is not one the server would store: ${JSON.stringify({ errors, answers })}`);
    }
  }
  await db.query('ANALYZE consultation_responses');
  await db.query('ANALYZE consultation_published_texts');
  const loadSeconds = Math.round((performance.now() - loadStart) / 100) / 10;

  const time = async (withProfile: boolean) => {
    await computeResults(db, consultation, { withProfile }); // warm-up: caches, plans
    const times: number[] = [];
    let results;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      results = await computeResults(db, consultation, { withProfile });
      times.push(performance.now() - start);
    }
    if (results?.responseCount !== responses) throw new Error(`results counted ${results?.responseCount} responses, expected ${responses}`);
    times.sort((a, b) => a - b);
    return { median: round(times[Math.floor(times.length / 2)]!), max: round(times.at(-1)!) };
  };
  const publicView = await time(false);
  const staffView = await time(true);
  return {
    database: db.kind,
    responses,
    runs,
    medianMs: publicView.median,
    maxMs: publicView.max,
    staffMedianMs: staffView.median,
    staffMaxMs: staffView.max,
    loadSeconds,
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

for (const result of await onEveryDatabase(run)) process.stdout.write(`${JSON.stringify(result)}\n`);
