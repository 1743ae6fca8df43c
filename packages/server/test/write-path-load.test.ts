/**
 * The one-statement public writes under concurrent load: every distinct request is
 * stored exactly once, every replay (same key, same body, sent at the same time as the
 * first or after it) answers the first answer and stores nothing, and a key reused with
 * another body is refused — counted against the rows, the key rows and an exact recount.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const DISTINCT = 120;
const AREAS = ['roads-lighting', 'cleanliness', 'green-spaces', 'youth-sports', 'souks-economy'];

const WRITES = {
  signatures: {
    path: '/v1/petitions/bab-zorgan-lane-lighting/signatures',
    body: (i: number) => ({
      fullName: `Load ${i}`,
      nationalId: `W${1_000_000 + i}`,
      address: `${i} derb`,
      eligibility: 'resident',
      consent: true,
    }),
    rows: `SELECT count(*)::integer AS n FROM petition_signatures WHERE petition_id = 'bab-zorgan-lane-lighting' AND id_hash IS NOT NULL`,
  },
  ratings: {
    path: '/v1/services/civil-status/ratings',
    body: (i: number) => ({ level: (i % 5) + 1, comment: `load ${i}` }),
    rows: `SELECT count(*)::integer AS n FROM ratings WHERE service_id = 'civil-status'`,
  },
  responses: {
    path: '/v1/consultations/action-programme-priorities/responses',
    body: (i: number) => ({
      participantToken: `load-participant-${String(i).padStart(6, '0')}`,
      answers: {
        'priority-ranking': AREAS,
        'service-satisfaction': { 'roads-lighting': 'rather', cleanliness: 'very', 'green-spaces': 'rather' },
        'favourite-project': 'covered-souk',
      },
    }),
    rows: `SELECT count(*)::integer AS n FROM consultation_responses WHERE consultation_id = 'action-programme-priorities'`,
  },
  adhesions: {
    path: '/v1/charters/taroudant-participation/adhesions',
    body: (i: number) => ({ kind: 'citizen', name: `Load ${i}`, contact: `+212 6${String(i).padStart(8, '0')}`, consent: true }),
    rows: `SELECT count(*)::integer AS n FROM charter_adhesions WHERE charter_id = 'taroudant-participation'`,
  },
} as const;

for (const kind of availableDatabases()) {
  describe(`public writes under concurrent load on ${kind}`, () => {
    const t = useTestApp(kind);
    const count = async (sql: string) => (await t.db.query<{ n: number }>(sql))[0]!.n;

    for (const [name, write] of Object.entries(WRITES)) {
      test(`${DISTINCT} ${name} with concurrent replays: each stored once, every replay the first answer`, async () => {
        const rowsBefore = await count(write.rows);
        const keysBefore = await count(`SELECT count(*)::integer AS n FROM idempotency_keys`);
        const post = (i: number) => t.postJson(write.path, write.body(i), { 'idempotency-key': `load-${name}-${i}` });
        // Each request sent twice at once, interleaved with all the others.
        const racing = await Promise.all(Array.from({ length: DISTINCT * 2 }, (_, n) => post(n % DISTINCT)));
        const answers = await Promise.all(racing.map(async (response) => ({ status: response.status, body: await response.text() })));
        assert.deepEqual(
          answers.filter((answer) => answer.status !== 201),
          [],
          'every request, first or replay, is answered 201',
        );
        for (let i = 0; i < DISTINCT; i++) assert.equal(answers[i]!.body, answers[i + DISTINCT]!.body, `the two sends of request ${i}`);
        assert.equal(
          new Set(answers.slice(0, DISTINCT).map((answer) => answer.body)).size,
          DISTINCT,
          'distinct requests, distinct answers',
        );

        // A later replay, and the same key with another body.
        const later = await post(7);
        assert.equal(later.status, 201);
        assert.equal(later.headers.get('idempotent-replayed'), 'true');
        assert.equal(await later.text(), answers[7]!.body);
        const reused = await t.postJson(write.path, write.body(DISTINCT + 1), { 'idempotency-key': `load-${name}-7` });
        assert.equal(reused.status, 422);

        assert.equal(await count(write.rows), rowsBefore + DISTINCT, 'rows added = distinct requests');
        assert.equal(await count(`SELECT count(*)::integer AS n FROM idempotency_keys`), keysBefore + DISTINCT, 'one key row per request');
      });
    }
  });
}
