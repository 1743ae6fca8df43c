import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { ErrorBody } from '@mocharaka/core/contract';
import { seedDemo } from '@mocharaka/demo';
import type { Hono } from 'hono';
import { createApp } from '../src/app.js';
import { migrate } from '../src/db/migrate.js';
import { DEFAULT_MAX_NUMBER, type Challenge } from '../src/http/proof-of-work.js';
import type { RateLimitSettings } from '../src/http/rate-limit.js';
import { ADMIN_TOKEN, TEST_SECRET_KEY } from './support/test-app.js';
import { availableDatabases, openTestDatabase, type TestDatabase } from './support/test-db.js';

const PETITION = 'bab-zorgan-lane-lighting';
const SIGNATURES = `/v1/petitions/${PETITION}/signatures`;
const FLOODERS = 100;
/** Rounds of the flood: each flooder sends 2 per round, past its budget of 10 a minute. */
const ROUNDS = 8;
const BUDGET = 10;

function solve(challenge: Challenge): string {
  for (let number = 0; number <= challenge.maxNumber; number++) {
    if (
      createHash('sha256')
        .update(challenge.salt + number)
        .digest('hex') === challenge.challenge
    ) {
      const { algorithm, challenge: target, salt, signature } = challenge;
      return Buffer.from(JSON.stringify({ algorithm, challenge: target, number, salt, signature })).toString('base64');
    }
  }
  throw new Error('unsolvable challenge');
}

const signature = (nationalId: string) => ({
  fullName: 'Amina El Idrissi',
  nationalId,
  address: 'Derb 3, Taroudant',
  eligibility: 'resident',
  consent: true,
});
const address = (index: number) => `198.18.${Math.floor(index / 250)}.${(index % 250) + 1}`;

for (const kind of availableDatabases()) {
  describe(`a flood cannot block signing on ${kind}`, () => {
    let testDb: TestDatabase;
    let now = new Date('2026-03-02T12:00:05.000Z');
    before(async () => {
      testDb = await openTestDatabase(kind);
      await migrate(testDb.db);
    });
    beforeEach(async () => {
      await testDb.db.query('TRUNCATE rate_limits, idempotency_keys, used_challenges, services, communes RESTART IDENTITY CASCADE');
      await seedDemo(testDb.db);
      await testDb.db.query(`UPDATE petitions SET closes_at = now() + interval '30 days' WHERE id = $1`, [PETITION]);
      now = new Date('2026-03-02T12:00:05.000Z');
    });
    after(async () => testDb?.dispose());

    const appWith = (limits: Partial<RateLimitSettings> = {}): Hono =>
      createApp({
        db: testDb.db,
        config: {
          adminToken: ADMIN_TOKEN,
          allowedOrigins: [],
          secretKey: TEST_SECRET_KEY,
          proofOfWork: true,
          // The production defaults, on a clock the test holds within one window.
          rateLimits: {
            ratingsPerMinute: 30,
            kioskPerMinute: 20,
            submissionsPerMinute: BUDGET,
            resourcePerMinute: 600,
            trustedProxies: [],
            clock: () => now,
            ...limits,
          },
        },
        log: () => {},
      });
    const request = (app: Hono, peer: string, path: string, init: RequestInit = {}) =>
      Promise.resolve(app.request(path, init, { incoming: { socket: { remoteAddress: peer } } }));
    const post = (app: Hono, peer: string, body: unknown, headers: Record<string, string> = {}) =>
      request(app, peer, SIGNATURES, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const challengeFor = async (app: Hono, peer: string) =>
      (await (await request(app, peer, `/v1/challenge?resource=${encodeURIComponent(SIGNATURES.slice(4))}`)).json()) as Challenge;
    const honestSign = async (app: Hono, peer: string, nationalId: string) =>
      post(app, peer, signature(nationalId), { 'mocharaka-proof': solve(await challengeFor(app, peer)) });
    const signatureCount = async () =>
      (
        await testDb.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM petition_signatures WHERE petition_id = $1', [PETITION])
      )[0]!.n;

    test('100 clients flood the petition with junk and valid-looking bodies: every honest signer still signs', async () => {
      const app = appWith();
      const junk = [
        () => ({}),
        () => ({ fullName: 'x' }),
        () => signature('AB999999'), // valid-looking, no proof
      ];
      const forged = Buffer.from(
        JSON.stringify({
          algorithm: 'SHA-256',
          challenge: 'a'.repeat(64),
          number: 1,
          salt: 'x?expires=9999999999&max=1',
          signature: 'b'.repeat(64),
        }),
      ).toString('base64');
      const floodStatuses = new Map<number, number>();
      const honest = { accepted: 0, refused: 0 };
      // Each round, each flooder sends one junk body and one valid-looking body with a forged proof, while one honest citizen signs.
      for (let round = 0; round < ROUNDS; round++) {
        const flood = Array.from({ length: FLOODERS }, (_, client) => [
          post(app, address(client), junk[round % junk.length]!()),
          post(app, address(client), signature(`AB${100000 + client}`), { 'mocharaka-proof': forged }),
        ]).flat();
        const citizen = honestSign(app, `203.0.113.${round + 1}`, `JE${345600 + round}`);
        const [honestResponse, ...floodResponses] = await Promise.all([citizen, ...flood]);
        for (const response of floodResponses) floodStatuses.set(response.status, (floodStatuses.get(response.status) ?? 0) + 1);
        if (honestResponse!.status === 201) honest.accepted++;
        else honest.refused++;
      }
      console.log(
        `flood on ${kind}: honest signatures accepted ${honest.accepted}, refused ${honest.refused}; flood answers ${JSON.stringify(Object.fromEntries(floodStatuses))}`,
      );
      assert.deepEqual(honest, { accepted: ROUNDS, refused: 0 });
      assert.equal(await signatureCount(), ROUNDS, 'only the honest signatures were recorded');
      // Each flooder spent only its own budget, then got 429.
      assert.equal(floodStatuses.get(429), FLOODERS * (2 * ROUNDS - BUDGET));
      assert.ok(!floodStatuses.has(201));
    });

    test('a flood of genuine, proved submissions raises the difficulty for that petition instead of refusing anyone', async () => {
      const busy = 20;
      const app = appWith({ resourcePerMinute: busy });
      const base = await challengeFor(app, '203.0.113.1');
      assert.equal(base.maxNumber, DEFAULT_MAX_NUMBER);
      // 2.5 × the busy load of genuine signatures, each from its own address with its own proof.
      for (let client = 0; client < busy * 2.5; client++) {
        assert.equal((await honestSign(app, address(client), `AB${200000 + client}`)).status, 201);
      }
      const harder = await challengeFor(app, '203.0.113.2');
      assert.equal(harder.maxNumber, DEFAULT_MAX_NUMBER * 4);
      assert.match(harder.salt, /resource=%2Fv1%2Fpetitions%2Fbab-zorgan-lane-lighting%2Fsignatures/);
      // Another petition is not affected.
      const other = (await (
        await request(app, '203.0.113.2', '/v1/challenge?resource=petitions%2Fother%2Fsignatures')
      ).json()) as Challenge;
      assert.equal(other.maxNumber, DEFAULT_MAX_NUMBER);
      // A proof solved at the base difficulty, or for another resource, is refused with a code the client retries on.
      const easy = await post(app, '203.0.113.3', signature('JE999001'), { 'mocharaka-proof': solve(base) });
      assert.equal(easy.status, 422);
      assert.equal(((await easy.json()) as ErrorBody).error.code, 'proof_too_easy');
      const elsewhere = await post(app, '203.0.113.3', signature('JE999002'), { 'mocharaka-proof': solve(other) });
      assert.equal(((await elsewhere.json()) as ErrorBody).error.code, 'proof_invalid');
      // The honest citizen solves the harder challenge and signs.
      assert.equal((await honestSign(app, '203.0.113.4', 'JE999003')).status, 201);
      // Next minute, the load starts afresh.
      now = new Date(now.getTime() + 60_000);
      assert.equal((await challengeFor(app, '203.0.113.5')).maxNumber, DEFAULT_MAX_NUMBER);
    });

    test('the challenge refuses a resource that is not a public submission', async () => {
      const app = appWith();
      for (const resource of ['admin%2Fpetitions', 'petitions', `petitions%2F${'x'.repeat(300)}%2Fsignatures`]) {
        const response = await request(app, '203.0.113.1', `/v1/challenge?resource=${resource}`);
        assert.equal(response.status, 422, resource);
      }
    });
  });
}
