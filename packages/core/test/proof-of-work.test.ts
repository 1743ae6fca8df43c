import { expect } from '../../../test/support/browser-testing.js';
import { HttpBackend } from '../src/client/http-backend.js';
import type { ProofChallenge } from '../src/client/proof-of-work.js';
import { solveChallenge } from '../src/lazy/solve-challenge.js';

async function sha256Hex(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function makeChallenge(number: number, maxNumber = 5000): Promise<ProofChallenge> {
  const salt = `abc123?expires=${Math.floor(Date.now() / 1000) + 600}`;
  return { algorithm: 'SHA-256', challenge: await sha256Hex(salt + number), salt, maxNumber, signature: 'f'.repeat(64) };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('proof of work (solver)', () => {
  it('finds the number and encodes the header as base64 JSON', async () => {
    for (const number of [0, 1234, 5000]) {
      const challenge = await makeChallenge(number);
      const header = await solveChallenge(challenge);
      expect(JSON.parse(atob(header!))).to.deep.equal({
        algorithm: 'SHA-256',
        challenge: challenge.challenge,
        number,
        salt: challenge.salt,
        signature: challenge.signature,
      });
    }
  });

  it('gives up past maxNumber', async () => {
    expect(await solveChallenge({ ...(await makeChallenge(900)), maxNumber: 800 })).to.equal(undefined);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    let error: unknown;
    await solveChallenge(await makeChallenge(4000), controller.signal).catch((caught: unknown) => (error = caught));
    expect((error as Error).message).to.equal('stop');
  });

  it('keeps the page responsive while solving', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await solveChallenge(await makeChallenge(20_000, 20_000));
    clearInterval(timer);
    expect(ticks).to.be.greaterThan(2);
  });
});

describe('proof of work (HttpBackend)', () => {
  it('solves a challenge before each submission and sends it', async () => {
    const challenge = await makeChallenge(42);
    const posts: (string | null)[] = [];
    const backend = new HttpBackend({
      endpoint: 'https://api.example/pow-a/v1',
      fetch: async (input, init) => {
        if (new URL(String(input)).pathname.endsWith('/challenge')) {
          // Bound to the submission it is for: the server prices a busy resource higher.
          expect(new URL(String(input)).searchParams.get('resource')).to.equal('services/civil-status/ratings');
          return json(200, challenge);
        }
        posts.push(new Headers(init?.headers).get('mocharaka-proof'));
        return json(201, { id: 'r1', level: 4 });
      },
    });
    await backend.rateService('civil-status', { level: 4 }, { idempotencyKey: 'k1' });
    expect(JSON.parse(atob(posts[0]!)).number).to.equal(42);
  });

  it('on a refused proof, solves a fresh challenge and retries once', async () => {
    const challenges = [await makeChallenge(1), await makeChallenge(2)];
    const sent: number[] = [];
    const backend = new HttpBackend({
      endpoint: 'https://api.example/pow-b/v1',
      fetch: async (input, init) => {
        if (new URL(String(input)).pathname.endsWith('/challenge')) return json(200, challenges.shift());
        sent.push(JSON.parse(atob(new Headers(init?.headers).get('mocharaka-proof')!)).number);
        return sent.length === 1 ? json(422, { error: { code: 'proof_used', message: 'used' } }) : json(201, { id: 'r1', level: 4 });
      },
    });
    await backend.rateService('civil-status', { level: 4 }, { idempotencyKey: 'k2' });
    expect(sent).to.deep.equal([1, 2]);
  });

  it('a 404 on the challenge means no proof is needed, remembered per endpoint', async () => {
    const calls: string[] = [];
    const backend = new HttpBackend({
      endpoint: 'https://api.example/pow-c/v1',
      fetch: async (input, init) => {
        calls.push(`${init?.method} ${new URL(String(input)).pathname} ${new Headers(init?.headers).has('mocharaka-proof')}`);
        return new URL(String(input)).pathname.endsWith('/challenge')
          ? json(404, { error: { code: 'not_found', message: 'No such route' } })
          : json(201, {});
      },
    });
    await backend.rateService('civil-status', { level: 4 }, { idempotencyKey: 'k3' });
    await backend.rateService('civil-status', { level: 5 }, { idempotencyKey: 'k4' });
    expect(calls).to.deep.equal([
      'GET /pow-c/v1/challenge false',
      'POST /pow-c/v1/services/civil-status/ratings false',
      'POST /pow-c/v1/services/civil-status/ratings false',
    ]);
  });
});
