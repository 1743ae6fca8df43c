import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import type { ErrorBody } from '@mocharaka/core/contract';
import { createApp } from '../src/app.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { seedDemo } from '@mocharaka/demo';
import { ProofOfWork, purgeUsedChallenges, type Challenge } from '../src/http/proof-of-work.js';
import { ADMIN_TOKEN, ALLOWED_ORIGIN, TEST_SECRET_KEY, useTestApp } from './support/test-app.js';
import { availableDatabases, openTestDatabase } from './support/test-db.js';

const RATINGS = '/v1/services/civil-status/ratings';

/** What a client does: try every number until sha256(salt + number) is the challenge. */
function solve(challenge: Challenge): string {
  for (let number = 0; number <= challenge.maxNumber; number++) {
    if (
      createHash('sha256')
        .update(challenge.salt + number)
        .digest('hex') === challenge.challenge
    ) {
      return encode({
        algorithm: challenge.algorithm,
        challenge: challenge.challenge,
        number,
        salt: challenge.salt,
        signature: challenge.signature,
      });
    }
  }
  throw new Error('unsolvable challenge');
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const decode = (header: string) => JSON.parse(Buffer.from(header, 'base64').toString()) as Record<string, unknown>;
const errorCode = async (response: Response) => ((await response.json()) as ErrorBody).error.code;

for (const kind of availableDatabases()) {
  describe(`proof of work on ${kind}`, () => {
    const t = useTestApp(kind, { proofOfWork: true });
    const ratingCount = async () => (await t.db.query<{ count: number }>('SELECT count(*)::integer AS count FROM ratings'))[0]!.count;
    const challenge = async () => (await (await t.app.request('/v1/challenge')).json()) as Challenge;
    const proof = async () => solve(await challenge());

    test('GET /v1/challenge gives a signed SHA-256 challenge expiring in 10 minutes, never cached', async () => {
      const response = await t.app.request('/v1/challenge');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const body = (await response.json()) as Challenge;
      assert.deepEqual(Object.keys(body).sort(), ['algorithm', 'challenge', 'maxNumber', 'salt', 'signature']);
      assert.equal(body.algorithm, 'SHA-256');
      assert.match(body.challenge, /^[0-9a-f]{64}$/);
      assert.match(body.signature, /^[0-9a-f]{64}$/);
      assert.ok(Number.isInteger(body.maxNumber) && body.maxNumber > 1000);
      const expires = Number(new URLSearchParams(body.salt.split('?')[1]).get('expires'));
      assert.ok(Math.abs(expires - (Date.now() / 1000 + 600)) < 5);
      assert.notEqual((await challenge()).challenge, body.challenge);
    });

    test('a valid proof lets a rating, a signature, an adhesion and a response through', async () => {
      assert.equal((await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': await proof() })).status, 201);
      assert.equal(await ratingCount(), 1);
      const [petition] = (
        (await (await t.app.request('/v1/petitions')).json()) as { items: { id: string; status: string }[] }
      ).items.filter((p) => p.status === 'collecting');
      const signature = {
        fullName: 'Amina El Idrissi',
        nationalId: 'AB123456',
        address: 'Rue 1, Taroudant',
        eligibility: 'resident',
        consent: true,
      };
      const signed = await t.postJson(`/v1/petitions/${petition!.id}/signatures`, signature, { 'mocharaka-proof': await proof() });
      assert.equal(signed.status, 201, await signed.clone().text());
      const refused = await t.postJson(`/v1/petitions/${petition!.id}/signatures`, signature);
      assert.equal(refused.status, 422);
      assert.equal(await errorCode(refused), 'proof_required');
    });

    test('a missing, malformed or tampered proof is refused and changes nothing', async () => {
      const missing = await t.postJson(RATINGS, { level: 4 });
      assert.equal(missing.status, 422);
      assert.equal(await errorCode(missing), 'proof_required');
      const good = decode(await proof());
      const tampered = [
        'not base64 json',
        encode({ ...good, number: (good.number as number) + 1 }),
        encode({ ...good, signature: 'a'.repeat(64) }),
        encode({ ...good, salt: String(good.salt).replace(/expires=\d+/, 'expires=9999999999') }),
        encode({ ...good, algorithm: 'SHA-1' }),
        encode({ ...good, number: '7' }),
        encode([good]),
      ];
      for (const header of tampered) {
        const response = await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': header });
        assert.equal(response.status, 422, header);
        assert.equal(await errorCode(response), 'proof_invalid', header);
      }
      // A challenge signed with another key.
      const foreign = solve(new ProofOfWork('another-secret-key-0123456789abcdef0123456789', { maxNumber: 1000 }).createChallenge());
      assert.equal(await errorCode(await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': foreign })), 'proof_invalid');
      assert.equal(await ratingCount(), 0);
    });

    test('an expired proof is refused', async () => {
      const old = new ProofOfWork(TEST_SECRET_KEY, { maxNumber: 1000, now: () => Date.now() - 11 * 60 * 1000 });
      const response = await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': solve(old.createChallenge()) });
      assert.equal(response.status, 422);
      assert.equal(await errorCode(response), 'proof_expired');
      assert.equal(await ratingCount(), 0);
    });

    test('a proof is spent once: a replay with another key or none is 422 proof_used', async () => {
      const header = await proof();
      assert.equal((await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': header, 'idempotency-key': 'pow-1' })).status, 201);
      for (const headers of [{ 'idempotency-key': 'pow-2' }, {}] as Record<string, string>[]) {
        const replay = await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': header, ...headers });
        assert.equal(replay.status, 422);
        assert.equal(await errorCode(replay), 'proof_used');
      }
      assert.equal(await ratingCount(), 1);
    });

    test('a refused submission does not spend its proof', async () => {
      const header = await proof();
      assert.equal((await t.postJson('/v1/services/no-such-service/ratings', { level: 4 }, { 'mocharaka-proof': header })).status, 404);
      assert.equal((await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': header })).status, 201);
    });

    test('10 concurrent submissions with one proof: exactly one is counted', async () => {
      const header = await proof();
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          t.postJson(RATINGS, { level: 3 }, { 'mocharaka-proof': header, 'idempotency-key': `race-${i}` }),
        ),
      );
      const statuses = responses.map((response) => response.status).sort();
      assert.deepEqual(statuses, [201, ...Array(9).fill(422)]);
      for (const response of responses.filter((r) => r.status === 422)) assert.equal(await errorCode(response), 'proof_used');
      assert.equal(await ratingCount(), 1);
    });

    test('a retried request with the same Idempotency-Key and its spent proof gets its first answer', async () => {
      const headers = { 'mocharaka-proof': await proof(), 'idempotency-key': 'retry-1' };
      const first = await t.postJson(RATINGS, { level: 5 }, headers);
      const retried = await t.postJson(RATINGS, { level: 5 }, headers);
      assert.equal(first.status, 201);
      assert.equal(retried.status, 201);
      assert.equal(retried.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await retried.json(), await first.json());
      // Even once the proof has expired, the retry is answered from the idempotency record.
      const retriedWithoutProof = await t.postJson(RATINGS, { level: 5 }, { 'idempotency-key': 'retry-1' });
      assert.equal(retriedWithoutProof.status, 201);
      assert.equal(await ratingCount(), 1);
    });

    test('another server process on the same database refuses a spent proof', async () => {
      const header = await proof();
      assert.equal((await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': header })).status, 201);
      const other = createApp({
        db: t.db,
        config: { adminToken: ADMIN_TOKEN, allowedOrigins: [ALLOWED_ORIGIN], secretKey: TEST_SECRET_KEY, proofOfWork: true },
        log: () => {},
      });
      const replay = await other.request(RATINGS, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'mocharaka-proof': header },
        body: JSON.stringify({ level: 4 }),
      });
      assert.equal(await errorCode(replay), 'proof_used');
    });

    test('the purge forgets only expired challenges', async () => {
      await t.db.query(
        `INSERT INTO used_challenges (challenge, expires_at) VALUES ('old', now() - interval '1 minute'), ('new', now() + interval '1 minute')`,
      );
      await purgeUsedChallenges(t.db);
      assert.deepEqual(
        (await t.db.query<{ challenge: string }>('SELECT challenge FROM used_challenges')).map((r) => r.challenge),
        ['new'],
      );
    });

    test('CORS lets the Mocharaka-Proof header through', async () => {
      const preflight = await t.app.request(RATINGS, {
        method: 'OPTIONS',
        headers: {
          origin: ALLOWED_ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,mocharaka-proof',
        },
      });
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Mocharaka-Proof/i);
    });
  });

  describe(`proof of work off on ${kind}`, () => {
    const t = useTestApp(kind);

    test('no challenge route and no header needed', async () => {
      assert.equal((await t.app.request('/v1/challenge')).status, 404);
      assert.equal((await t.postJson(RATINGS, { level: 4 })).status, 201);
    });
  });
}

describe('proof of work across a restart of the embedded database', () => {
  test('a proof spent before closing the database is refused after reopening it', async () => {
    const testDb = await openTestDatabase('pglite', { onDisk: true });
    const config = { adminToken: ADMIN_TOKEN, allowedOrigins: [ALLOWED_ORIGIN], secretKey: TEST_SECRET_KEY, proofOfWork: true };
    const post = (app: ReturnType<typeof createApp>, header: string) =>
      app.request(RATINGS, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'mocharaka-proof': header },
        body: '{"level":4}',
      });
    let reopened: Awaited<ReturnType<typeof openPglite>> | undefined;
    try {
      await migrate(testDb.db);
      await seedDemo(testDb.db);
      const app = createApp({ db: testDb.db, config, log: () => {} });
      const header = solve((await (await app.request('/v1/challenge')).json()) as Challenge);
      assert.equal((await post(app, header)).status, 201);
      await testDb.db.close();

      reopened = await openPglite(testDb.dataDir!);
      const replay = await post(createApp({ db: reopened, config, log: () => {} }), header);
      assert.equal(replay.status, 422);
      assert.equal(await errorCode(replay), 'proof_used');
    } finally {
      await reopened?.close();
      const { rmSync } = await import('node:fs');
      rmSync(testDb.dataDir!, { recursive: true, force: true });
    }
  });
});
