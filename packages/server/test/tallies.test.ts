import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { PROGRAMME_CONSULTATION } from '@mocharaka/demo';
import { questionsOf, type ConsultationInput, type Question } from '@mocharaka/core/contract';
import { sealAdhesion } from '../src/charters/adhesion-data.js';
import { exactAdhesionCounts, publicAdhesions, setAdhesionHidden } from '../src/charters/store.js';
import { deriveKeys } from '../src/crypto/keys.js';
import type { Queryable } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { computeResults } from '../src/consultations/results.js';
import { findConsultation, listConsultations, upsertConsultation } from '../src/consultations/store.js';
import { talliedResults } from '../src/consultations/tallied-results.js';
import { erasePersonalDataPastRetention } from '../src/petitions/retention.js';
import { sign } from '../src/petitions/signatures.js';
import { exactSignatureCount, findPetition, listPetitions } from '../src/petitions/store.js';
import { summarizeRatings } from '../src/satisfaction/ratings.js';
import { TEST_SECRET_KEY, useTestApp } from './support/test-app.js';
import { availableDatabases, openTestDatabase } from './support/test-db.js';

/**
 * Every public count read from a running tally (migration 015) must equal the exact
 * recount from the rows, whatever happened to them: inserts in and out of time order,
 * replays, repeats, hiding and showing, deletions, retention, survey changes and
 * concurrent writers on several connections.
 */
const PETITION = 'tally-petition';
const CHARTER = 'tally-charter';
const keys = deriveKeys(TEST_SECRET_KEY);

async function createPetition(db: Queryable, id = PETITION, closesInDays = 30): Promise<void> {
  await db.query(
    `INSERT INTO petitions (id, commune_id, title, body, demands, agent_name, opens_at, closes_at)
     SELECT $1, id, '{"ar":"عريضة"}', '{"ar":"نص"}', '[{"ar":"مطلب"}]', 'Agent', now() - interval '400 days', now() + make_interval(days => $2::integer)
     FROM communes LIMIT 1`,
    [id, closesInDays],
  );
}

/** `count` signatures straight into the table, `secondsAgo` back from now (negative: ahead of the clock). */
async function insertSignatures(db: Queryable, petitionId: string, count: number, secondsAgo: (i: number) => number): Promise<void> {
  await db.query(
    `INSERT INTO petition_signatures (petition_id, id_hash, personal_data, signed_at)
     SELECT $1, decode(md5(random()::text || i), 'hex'), '\\x01'::bytea, now() - make_interval(secs => (string_to_array($2, ','))[i]::float8)
     FROM generate_series(1, $3::integer) AS i`,
    [petitionId, Array.from({ length: count }, (_, i) => secondsAgo(i)).join(','), count],
  );
}

/** Public and exact counts in one transaction, so both see the same clock and the same rows. */
async function petitionCounts(db: { transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R> }, id = PETITION) {
  return db.transaction(async (tx) => {
    const detail = (await findPetition(tx, id))!.signatureCount;
    const listed = (await listPetitions(tx)).find((one) => one.id === id)!.signatureCount;
    return { detail, listed, exact: await exactSignatureCount(tx, id) };
  });
}

/** A valid answer for each question, varied by `i`; some questions left out. */
function answerFor(question: Question, i: number): unknown {
  if (i % 5 === question.id.length % 5) return undefined;
  switch (question.kind) {
    case 'single':
      return question.options[i % question.options.length]!.id;
    case 'multiple':
      return question.options.filter((_, index) => (i >> index) & 1).map((one) => one.id);
    case 'scale':
      return question.min + (i % (question.max - question.min + 1));
    case 'number':
      return (i * 37) % 101;
    case 'ranking': {
      const ids = question.options.map((one) => one.id);
      const shift = i % ids.length;
      return [...ids.slice(shift), ...ids.slice(0, shift)];
    }
    case 'matrix':
      return Object.fromEntries(
        question.rows
          .filter((_, index) => (i + index) % 3 !== 0)
          .map((row, index) => [row.id, question.columns[(i + index) % question.columns.length]!.id]),
      );
    case 'passage':
      return Object.fromEntries(question.paragraphs.filter((_, index) => (i + index) % 2 === 0).map((one) => [one.id, `comment ${i}`]));
    case 'text':
    case 'long_text':
      return `free text ${i}`;
  }
}

function responsesFor(input: ConsultationInput, from: number, count: number) {
  return Array.from({ length: count }, (_, offset) => {
    const i = from + offset;
    const answers = Object.fromEntries(
      questionsOf(input.survey as never)
        .map((question) => [question.id, answerFor(question, i)])
        .filter(([, value]) => value !== undefined),
    );
    return { token: randomBytes(16).toString('hex'), answers };
  });
}

async function insertResponses(db: Queryable, id: string, responses: Array<{ token: string; answers: unknown }>): Promise<void> {
  await db.query(
    `INSERT INTO consultation_responses (consultation_id, token_hash, answers)
     SELECT $1, decode(s.token, 'hex'), s.answers FROM jsonb_to_recordset($2::jsonb) AS s (token text, answers jsonb)`,
    [id, responses],
  );
}

async function assertResultsExact(db: Queryable, id: string): Promise<void> {
  const consultation = (await findConsultation(db, id))!;
  const [{ count }] = (await db.query<{ count: number }>(
    'SELECT count(*)::integer AS count FROM consultation_responses WHERE consultation_id = $1',
    [id],
  )) as [{ count: number }];
  assert.equal(consultation.responseCount, count);
  assert.equal((await listConsultations(db)).find((one) => one.id === id)!.responseCount, count);
  assert.deepEqual(await talliedResults(db, consultation), await computeResults(db, consultation));
}

async function createCharter(db: Queryable): Promise<void> {
  await db.query(`INSERT INTO charters (id, commune_id, status) SELECT $1, id, 'adopted' FROM communes LIMIT 1`, [CHARTER]);
}

async function insertAdhesions(db: Queryable, count: number, from = 0): Promise<void> {
  const sealed = (kind: string) => sealAdhesion(keys, CHARTER, kind, 'Name', 'contact@example.ma').toString('hex');
  await db.query(
    `INSERT INTO charter_adhesions (reference, charter_id, kind, name, personal_data)
     SELECT 'T-' || ($3::integer + i), $1, CASE WHEN i % 4 = 0 THEN 'association' ELSE 'citizen' END,
            CASE WHEN i % 4 = 0 THEN 'Association ' || i END, decode(CASE WHEN i % 4 = 0 THEN $4 ELSE $5 END, 'hex')
     FROM generate_series(1, $2::integer) AS i`,
    [CHARTER, count, from, sealed('association'), sealed('citizen')],
  );
}

async function assertAdhesionsExact(db: Queryable): Promise<void> {
  assert.deepEqual((await publicAdhesions(db, CHARTER)).counts, await exactAdhesionCounts(db, CHARTER));
}

async function scannedRatings(db: Queryable, serviceId: string) {
  const levels = await db.query<{ level: number; count: number }>(
    'SELECT level, count(*)::integer AS count FROM ratings WHERE service_id = $1 GROUP BY level',
    [serviceId],
  );
  const tags = await db.query<{ tag: string; count: number }>(
    `SELECT tag, count(DISTINCT id)::integer AS count FROM ratings, unnest(tags) AS tag
     WHERE service_id = $1 GROUP BY tag ORDER BY count DESC, tag LIMIT 5`,
    [serviceId],
  );
  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const row of levels) distribution[String(row.level) as '1'] = row.count;
  return { distribution, topTags: tags.map((row) => ({ tagId: row.tag, count: row.count })) };
}

for (const kind of availableDatabases()) {
  describe(`running tallies on ${kind}`, () => {
    const t = useTestApp(kind);

    test('petition counts: the current 10-second window left out, out-of-order and late rows, repeats, replays, deletions, retention', async () => {
      await createPetition(t.db);
      // Old windows, the current one and one ahead of the clock, interleaved.
      await insertSignatures(t.db, PETITION, 60, (i) => [3600, 0, 25, 1, 7200, -30][i % 6]! + i * 0.01);
      let counts = await petitionCounts(t.db);
      assert.equal(counts.detail, counts.exact);
      assert.equal(counts.listed, counts.exact);
      assert.ok(counts.exact > 0 && counts.exact < 60, `${counts.exact}: the recent ones are not shown yet`);

      // Through the API: first signatures, a repeat by the same ID and a replayed request.
      const body = (nationalId: string) => ({
        fullName: 'Aicha Ait Baha',
        nationalId,
        address: 'Derb Sidi Belkacem, Taroudant',
        eligibility: 'resident',
        consent: true,
      });
      for (const [nationalId, key] of [
        ['AB100001', 'k1'],
        ['AB100002', 'k2'],
        ['AB100001', 'k3'],
        ['AB100002', 'k2'],
      ] as const) {
        const response = await t.postJson(`/v1/petitions/${PETITION}/signatures`, body(nationalId), { 'Idempotency-Key': key });
        assert.equal(response.status, 201, await response.text());
      }
      assert.equal(
        (
          await t.db.query<{ count: number }>(
            `SELECT count(*)::integer AS count FROM petition_signatures WHERE petition_id = $1 AND signed_at > now() - interval '1 minute' AND attempts > 1`,
            [PETITION],
          )
        ).length,
        1,
      );
      await t.db.transaction((tx) => sign(tx, keys, PETITION, body('AB100003') as never));

      // Moved in time, back and forth, then deleted.
      await t.db.query(
        `UPDATE petition_signatures SET signed_at = signed_at - interval '45 seconds' WHERE petition_id = $1 AND id % 4 = 1`,
        [PETITION],
      );
      await t.db.query(`UPDATE petition_signatures SET signed_at = now() WHERE petition_id = $1 AND id % 9 = 2`, [PETITION]);
      counts = await petitionCounts(t.db);
      assert.equal(counts.detail, counts.exact);
      await t.db.query(`DELETE FROM petition_signatures WHERE petition_id = $1 AND id % 7 = 0`, [PETITION]);
      await t.db.query(
        `UPDATE petitions SET closes_at = now() - interval '400 days', opens_at = now() - interval '800 days' WHERE id = $1`,
        [PETITION],
      );
      assert.ok((await erasePersonalDataPastRetention(t.db, 365)) > 0);
      counts = await petitionCounts(t.db);
      assert.equal(counts.detail, counts.exact);
      assert.equal(counts.listed, counts.exact);
      await t.db.query(`INSERT INTO petition_paper_signatures (petition_id, count) VALUES ($1, 12)`, [PETITION]);
      counts = await petitionCounts(t.db);
      assert.equal(counts.detail, counts.exact);

      // Once every window is over (signed_at moved back by the test), all rows are counted.
      await t.db.query(`DELETE FROM petition_signatures WHERE petition_id = $1 AND signed_at > now() - interval '20 seconds'`, [PETITION]);
      counts = await petitionCounts(t.db);
      assert.equal(counts.detail, counts.exact);
      const [{ rows }] = (await t.db.query<{ rows: number }>(
        `SELECT (count(*) + 12)::integer AS rows FROM petition_signatures WHERE petition_id = $1`,
        [PETITION],
      )) as [{ rows: number }];
      assert.equal(counts.exact, rows);
    });

    test('petition counts under concurrent writers on many connections', async () => {
      await createPetition(t.db);
      await Promise.all(Array.from({ length: 24 }, (_, batch) => insertSignatures(t.db, PETITION, 25, (i) => 60 + batch + i * 0.001)));
      await Promise.all(
        Array.from({ length: 8 }, (_, batch) =>
          t.db
            .query(`DELETE FROM petition_signatures WHERE petition_id = $1 AND id % 8 = $2`, [PETITION, batch])
            .then(() => insertSignatures(t.db, PETITION, 5, () => 30)),
        ),
      );
      // And through the API, many requests at once: 35 distinct requests (30 IDs, so 5
      // repeats), 5 of them sent twice with the same key (replays).
      const responses = await Promise.all(
        Array.from({ length: 40 }, (_, i) => {
          const j = i % 35;
          const body = {
            fullName: `Signataire ${j}`,
            nationalId: `J${1_000_000 + (j % 30)}`,
            address: `${j} derb Taroudant`,
            eligibility: 'resident',
            consent: true,
          };
          return t.postJson(`/v1/petitions/${PETITION}/signatures`, body, { 'Idempotency-Key': `concurrent-${j}` });
        }),
      );
      assert.deepEqual(new Set(responses.map((response) => response.status)), new Set([201]));
      assert.equal((await petitionCounts(t.db)).detail, (await petitionCounts(t.db)).exact);
      await t.db.query(`UPDATE petition_signatures SET signed_at = signed_at - interval '1 minute' WHERE petition_id = $1`, [PETITION]);
      const counts = await petitionCounts(t.db);
      assert.equal(counts.detail, counts.exact);
      const [{ total }] = (await t.db.query<{ total: number }>(
        'SELECT count(*)::integer AS total FROM petition_signatures WHERE petition_id = $1',
        [PETITION],
      )) as [{ total: number }];
      assert.equal(counts.exact, total);
      if (kind === 'postgres') {
        const [{ slots }] = (await t.db.query<{ slots: number }>(
          'SELECT count(*)::integer AS slots FROM petition_signature_tallies WHERE petition_id = $1',
          [PETITION],
        )) as [{ slots: number }];
        assert.ok(slots > 1, 'writers on different connections add to different slots');
      }
    });

    test('consultation results: inserts, concurrent writers, deletions and a survey change equal the exact recount', async () => {
      const input = { ...PROGRAMME_CONSULTATION(Date.now()), resultsPublished: true };
      await upsertConsultation(t.db, input);
      await insertResponses(t.db, input.id, responsesFor(input, 0, 40));
      await assertResultsExact(t.db, input.id);
      await Promise.all(
        Array.from({ length: 6 }, (_, batch) => insertResponses(t.db, input.id, responsesFor(input, 100 + batch * 20, 20))),
      );
      await assertResultsExact(t.db, input.id);
      // Odd shapes the validator would refuse are counted the same way as the recount counts them.
      await insertResponses(t.db, input.id, [
        { token: randomBytes(16).toString('hex'), answers: { 'favourite-project': null, 'priority-ranking': [] } },
      ]);
      await t.db.query('DELETE FROM consultation_responses WHERE consultation_id = $1 AND id % 3 = 0', [input.id]);
      await t.db.query(
        `UPDATE consultation_responses SET answers = answers - 'outside-centre-share' WHERE consultation_id = $1 AND id % 5 = 0`,
        [input.id],
      );
      await assertResultsExact(t.db, input.id);
      const survey = structuredClone(input.survey);
      survey.sections[0]!.questions.reverse();
      const single = questionsOf(survey).find((one) => one.kind === 'single')!;
      (single as { kind: string }).kind = 'text';
      await upsertConsultation(t.db, { ...input, survey });
      await assertResultsExact(t.db, input.id);
      await t.db.query('DELETE FROM consultations WHERE id = $1', [input.id]);
      assert.equal((await t.db.query('SELECT 1 FROM consultation_tallies WHERE consultation_id = $1', [input.id])).length, 0);
    });

    test('charter adhesion counts: inserts, hides and unhides, kind changes, deletions, concurrent writers', async () => {
      await createCharter(t.db);
      await insertAdhesions(t.db, 40);
      await assertAdhesionsExact(t.db);
      for (const reference of ['T-4', 'T-5', 'T-6']) await t.db.transaction((tx) => setAdhesionHidden(tx, keys, reference, true));
      await t.db.transaction((tx) => setAdhesionHidden(tx, keys, 'T-4', true));
      await assertAdhesionsExact(t.db);
      await t.db.transaction((tx) => setAdhesionHidden(tx, keys, 'T-5', false));
      await t.db.query(`UPDATE charter_adhesions SET kind = 'association', name = 'Now an association' WHERE reference = 'T-7'`);
      await t.db.query(`DELETE FROM charter_adhesions WHERE reference IN ('T-6', 'T-8')`);
      await Promise.all(Array.from({ length: 6 }, (_, batch) => insertAdhesions(t.db, 10, 1000 + batch * 100)));
      await assertAdhesionsExact(t.db);
      const counts = (await publicAdhesions(t.db, CHARTER)).counts;
      // T-4 hidden, T-6 hidden then deleted, T-8 deleted.
      assert.equal(counts.associations + counts.citizens, 40 + 60 - 3);
    });

    test('service summary: concurrent ratings, tag amendments, hides and deletions equal a full scan', async () => {
      await Promise.all(
        Array.from({ length: 8 }, (_, batch) =>
          t.db.query(
            `INSERT INTO ratings (service_id, level, tags, created_at)
             SELECT 'civil-status', 1 + (i * 3 + $1::integer) % 5, CASE WHEN i % 2 = 0 THEN ARRAY['short-wait'] ELSE ARRAY['long-wait'] END,
                    now() - make_interval(days => (i * 13) % 300)
             FROM generate_series(1, 30) AS i`,
            [batch],
          ),
        ),
      );
      await t.db.query(`UPDATE ratings SET tags = ARRAY['courtesy', 'short-wait'] WHERE id % 4 = 0`);
      await t.db.query(`UPDATE ratings SET hidden = true, comment = 'x' WHERE id % 6 = 0`);
      await t.db.query(`DELETE FROM ratings WHERE id % 9 = 0`);
      const summary = (await summarizeRatings(t.db, 'civil-status'))!;
      const expected = await scannedRatings(t.db, 'civil-status');
      assert.deepEqual(summary.distribution, expected.distribution);
      assert.deepEqual(summary.topTags, expected.topTags);
    });
  });

  test(`migrations 015 and 016 back-fill the tallies of existing rows, and later writes add to them, on ${kind}`, async () => {
    const testDb = await openTestDatabase(kind);
    try {
      const { db } = testDb;
      await migrate(
        db,
        MIGRATIONS.filter((migration) => migration.version < 15),
      );
      await db.query(`INSERT INTO communes (id, name) VALUES ('c', '{"ar":"جماعة"}')`);
      await db.query(`INSERT INTO services (id, commune_id, name) VALUES ('civil-status', 'c', '{"ar":"الحالة المدنية"}')`);
      await db.query(
        `INSERT INTO ratings (service_id, level, tags, created_at) SELECT 'civil-status', 1 + i % 5, ARRAY['short-wait'], now() - make_interval(days => i) FROM generate_series(1, 50) AS i`,
      );
      await createPetition(db);
      await insertSignatures(db, PETITION, 30, (i) => (i % 3 === 0 ? 1 : 100 + i));
      await createCharter(db);
      await insertAdhesions(db, 20);
      await db.query(`UPDATE charter_adhesions SET hidden = true WHERE reference = 'T-3'`);
      const input = { ...PROGRAMME_CONSULTATION(Date.now()), resultsPublished: true };
      await db.query(
        `INSERT INTO consultations (id, commune_id, definition, opens_at, closes_at, results_published) VALUES ($1, 'c', $2::jsonb, $3, $4, true)`,
        [input.id, { title: input.title, introduction: input.introduction, survey: input.survey }, input.opensAt, input.closesAt],
      );
      await insertResponses(db, input.id, responsesFor(input, 0, 30));
      const before = await summarizeRatings(db, 'civil-status').catch(() => undefined);
      assert.ok(before, 'the summary reads migration 007 before 015');

      assert.ok((await migrate(db)).includes(15));
      const counts = await petitionCounts(db);
      assert.equal(counts.detail, counts.exact);
      await assertAdhesionsExact(db);
      await assertResultsExact(db, input.id);
      // Responses after the upgrade are counted against the consultation's questions as
      // migration 016 recorded them for a consultation it found.
      await insertResponses(db, input.id, responsesFor(input, 30, 12));
      await assertResultsExact(db, input.id);
      const summary = (await summarizeRatings(db, 'civil-status'))!;
      assert.deepEqual(summary.distribution, (await scannedRatings(db, 'civil-status')).distribution);
      assert.deepEqual(summary.topTags, (await scannedRatings(db, 'civil-status')).topTags);
    } finally {
      await testDb.dispose();
    }
  });
}
