import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import type { ErrorBody } from '@mocharaka/core/contract';
import { CHALLENGE_LIFETIME_SECONDS, ProofOfWork, type Challenge } from '../src/http/proof-of-work.js';
import { TEST_SECRET_KEY, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const RATINGS = '/v1/services/civil-status/ratings';

function solveNumber(challenge: Challenge): number {
  for (let number = 0; number <= challenge.maxNumber; number++) {
    if (
      createHash('sha256')
        .update(challenge.salt + number)
        .digest('hex') === challenge.challenge
    )
      return number;
  }
  throw new Error('unsolvable challenge');
}

const header = (challenge: Challenge, number: number, salt = challenge.salt) =>
  Buffer.from(
    JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number, salt, signature: challenge.signature }),
  ).toString('base64');

for (const kind of availableDatabases()) {
  describe(`proof-of-work forgery on ${kind}`, () => {
    const t = useTestApp(kind, { proofOfWork: true });
    const usedChallenges = async () => (await t.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM used_challenges'))[0]!.n;
    const errorCode = async (response: Response) => ((await response.json()) as ErrorBody).error.code;

    test('moving leading digits of `number` to the end of the salt keeps the hash but breaks the signature', async () => {
      // A solution whose number has at least two digits and no leading zero once shortened.
      let challenge: Challenge;
      let number: number;
      do {
        challenge = (await (await t.app.request('/v1/challenge')).json()) as Challenge;
        number = solveNumber(challenge);
      } while (number < 10 || String(number)[1] === '0');
      for (let moved = 1; moved < String(number).length; moved++) {
        const digits = String(number);
        const forgedSalt = challenge.salt + digits.slice(0, moved);
        const forgedNumber = Number(digits.slice(moved));
        if (digits[moved] === '0') continue;
        // The forgery hashes to the same challenge: only the signature can tell.
        assert.equal(
          createHash('sha256')
            .update(forgedSalt + forgedNumber)
            .digest('hex'),
          challenge.challenge,
        );
        const response = await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': header(challenge, forgedNumber, forgedSalt) });
        assert.equal(response.status, 422, `moved ${moved}`);
        assert.equal(await errorCode(response), 'proof_invalid');
      }
      assert.equal(await usedChallenges(), 0);
      // The genuine solution still works, once.
      assert.equal((await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': header(challenge, number) })).status, 201);
    });

    test('the salt carries the expiry and the difficulty, both covered by the signature', async () => {
      const challenge = (await (await t.app.request('/v1/challenge')).json()) as Challenge;
      const params = new URLSearchParams(challenge.salt.split('?')[1]);
      assert.equal(Number(params.get('max')), challenge.maxNumber);
      assert.ok(Math.abs(Number(params.get('expires')) - (Date.now() / 1000 + CHALLENGE_LIFETIME_SECONDS)) < 5);
      const number = solveNumber(challenge);
      for (const edit of [
        challenge.salt.replace(/max=\d+/, `max=${challenge.maxNumber * 10}`),
        challenge.salt.replace(/expires=(\d+)/, (_, e: string) => `expires=${Number(e) + 3600}`),
        `${challenge.salt}&expires=99999999999`,
      ]) {
        const response = await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': header(challenge, number, edit) });
        assert.equal(response.status, 422, edit);
        assert.equal(await errorCode(response), 'proof_invalid');
      }
      assert.equal(await usedChallenges(), 0);
    });

    test('a validly signed challenge expiring further than one lifetime ahead is refused (4xx), never stored', async () => {
      // As made by a process whose clock runs a day ahead: signed with the right key, expiry out of range.
      const ahead = new ProofOfWork(TEST_SECRET_KEY, { maxNumber: 500, now: () => Date.now() + 24 * 3600 * 1000 });
      const challenge = ahead.createChallenge();
      const response = await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': header(challenge, solveNumber(challenge)) });
      assert.equal(response.status, 422);
      assert.equal(await errorCode(response), 'proof_invalid');
      assert.equal(await usedChallenges(), 0);
      // One made a minute ahead (clock skew between processes) is fine.
      const skewed = new ProofOfWork(TEST_SECRET_KEY, { now: () => Date.now() + 30 * 1000 }).createChallenge();
      assert.equal((await t.postJson(RATINGS, { level: 4 }, { 'mocharaka-proof': header(skewed, solveNumber(skewed)) })).status, 201);
    });
  });
}
