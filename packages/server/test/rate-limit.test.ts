import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { serve } from '@hono/node-server';
import { beforeEach, describe, test } from 'node:test';
import type { ErrorBody } from '@mocharaka/core/contract';
import type { Hono } from 'hono';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { ipv6Prefix64, type RateLimitSettings } from '../src/http/rate-limit.js';
import { ADMIN_TOKEN, TEST_SECRET_KEY, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const RATINGS = '/v1/services/civil-status/ratings';
const DETAILS = '/v1/services/civil-status/ratings/details';
const CLIENT = '198.51.100.7';
const OTHER_CLIENT = '198.51.100.8';
const PROXY = '10.0.0.2';

/** 12:00:15 UTC: 45 seconds left in the window. */
let now = new Date('2026-03-02T12:00:15.000Z');

for (const kind of availableDatabases()) {
  describe(`rate limits on ${kind}`, () => {
    const t = useTestApp(kind);

    beforeEach(async () => {
      await t.db.query('TRUNCATE rate_limits');
      now = new Date('2026-03-02T12:00:15.000Z');
    });

    function appWith(limits: Partial<RateLimitSettings> = {}): Hono {
      return createApp({
        db: t.db,
        config: {
          adminToken: ADMIN_TOKEN,
          allowedOrigins: [],
          secretKey: TEST_SECRET_KEY,
          rateLimits: {
            ratingsPerMinute: 3,
            kioskPerMinute: 2,
            submissionsPerMinute: 2,
            resourcePerMinute: 3,
            trustedProxies: [PROXY],
            clock: () => now,
            ...limits,
          },
        },
        log: () => {},
      });
    }

    /** A POST as the node server hands it to the app: the socket's peer in `env.incoming`. */
    function post(app: Hono, path: string, body: unknown, peer: string | undefined, headers: Record<string, string> = {}) {
      return Promise.resolve(
        app.request(
          path,
          { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) },
          peer === undefined ? undefined : { incoming: { socket: { remoteAddress: peer } } },
        ),
      );
    }

    async function statuses(app: Hono, count: number, peer: string, body: unknown = { level: 4 }, headers = {}) {
      const result: number[] = [];
      for (let i = 0; i < count; i++) result.push((await post(app, RATINGS, body, peer, headers)).status);
      return result;
    }

    test('past the per-client limit: 429 rate_limited with Retry-After to the window end', async () => {
      const app = appWith();
      assert.deepEqual(await statuses(app, 3, CLIENT), [201, 201, 201]);
      const refused = await post(app, RATINGS, { level: 4 }, CLIENT);
      assert.equal(refused.status, 429);
      assert.equal(refused.headers.get('retry-after'), '45');
      assert.equal(((await refused.json()) as ErrorBody).error.code, 'rate_limited');
      // Details share the client's budget.
      assert.equal((await post(app, DETAILS, { ratingKey: 'rating-key-0123456789' }, CLIENT)).status, 429);
      const [{ count }] = (await t.db.query<{ count: number }>('SELECT count(*)::integer AS count FROM ratings')) as [{ count: number }];
      assert.equal(count, 3);

      // The next window starts afresh.
      now = new Date('2026-03-02T12:01:00.000Z');
      assert.deepEqual(await statuses(app, 1, CLIENT), [201]);
    });

    test('another client is not affected', async () => {
      const app = appWith();
      await statuses(app, 4, CLIENT);
      assert.deepEqual(await statuses(app, 3, OTHER_CLIENT), [201, 201, 201]);
      // An IPv4 client on a dual-stack socket is the same client.
      assert.equal((await post(app, RATINGS, { level: 4 }, `::ffff:${CLIENT}`)).status, 429);
    });

    test('IPv6 clients are counted per /64', async () => {
      assert.equal(ipv6Prefix64('2001:db8:0:1::5'), '2001:db8:0:1::/64');
      assert.equal(ipv6Prefix64('2001:0db8:0000:0001:aaaa:bbbb:cccc:dddd'), '2001:db8:0:1::/64');
      assert.equal(ipv6Prefix64('2001:db8::1.2.3.4'), '2001:db8:0:0::/64');
      const app = appWith();
      for (const peer of ['2001:db8:0:1::1', '2001:db8:0:1::2', '2001:db8:0:1:ffff::3']) {
        assert.equal((await post(app, RATINGS, { level: 3 }, peer)).status, 201);
      }
      assert.equal((await post(app, RATINGS, { level: 3 }, '2001:db8:0:1::4')).status, 429);
      assert.equal((await post(app, RATINGS, { level: 3 }, '2001:db8:0:2::1')).status, 201);
    });

    test('the kiosk limit is independent of the client limit', async () => {
      const app = appWith();
      const kiosk = { level: 5, channel: 'kiosk', kioskId: 'hall-1' };
      // Two tablets behind one address: the kiosk limit (2) bites first, per kiosk.
      assert.deepEqual(await statuses(app, 3, CLIENT, kiosk), [201, 201, 429]);
      const other = await post(app, RATINGS, { ...kiosk, kioskId: 'hall-2' }, OTHER_CLIENT);
      assert.equal(other.status, 201);
      // Same kiosk from another address is still refused.
      const moved = await post(app, RATINGS, kiosk, OTHER_CLIENT);
      assert.equal(moved.status, 429);
      assert.ok(Number(moved.headers.get('retry-after')) > 0);
      // With the client limit off, the kiosk limit still applies.
      const kioskOnly = appWith({ ratingsPerMinute: 0 });
      assert.equal((await post(kioskOnly, RATINGS, kiosk, '203.0.113.9')).status, 429);
    });

    test('0 disables a limit', async () => {
      const app = appWith({ ratingsPerMinute: 0, kioskPerMinute: 0 });
      const results = await statuses(app, 8, CLIENT, { level: 2, kioskId: 'hall-1' });
      assert.deepEqual(results, Array(8).fill(201));
      assert.deepEqual(await t.db.query('SELECT * FROM rate_limits'), []);
    });

    test('with every limit at 0 nothing is limited nor counted, accepted submissions included', async () => {
      const app = appWith({ ratingsPerMinute: 0, kioskPerMinute: 0, submissionsPerMinute: 0, resourcePerMinute: 0 });
      assert.deepEqual(await statuses(app, 5, CLIENT, { level: 2, kioskId: 'hall-1' }), Array(5).fill(201));
      const adhesion = { kind: 'citizen', name: 'Amina Ait Lhaj', contact: '+212 661 23 45 67', consent: true };
      for (let i = 0; i < 4; i++) {
        assert.equal((await post(app, '/v1/charters/taroudant-participation/adhesions', adhesion, CLIENT)).status, 201);
      }
      assert.deepEqual(await t.db.query('SELECT * FROM rate_limits'), []);
    });

    test('limits hold across two app instances on the same database', async () => {
      const first = appWith();
      const second = appWith();
      assert.equal((await post(first, RATINGS, { level: 4 }, CLIENT)).status, 201);
      assert.equal((await post(second, RATINGS, { level: 4 }, CLIENT)).status, 201);
      assert.equal((await post(first, RATINGS, { level: 4 }, CLIENT)).status, 201);
      assert.equal((await post(second, RATINGS, { level: 4 }, CLIENT)).status, 429);
      assert.equal((await post(first, RATINGS, { level: 4 }, CLIENT)).status, 429);
    });

    test('concurrent requests are counted exactly', async () => {
      const app = appWith({ ratingsPerMinute: 5 });
      const results = await Promise.all(Array.from({ length: 12 }, () => post(app, RATINGS, { level: 1 }, CLIENT)));
      assert.equal(results.filter((response) => response.status === 201).length, 5);
      assert.equal(results.filter((response) => response.status === 429).length, 7);
    });

    test('X-Forwarded-For from an untrusted peer changes nothing', async () => {
      const app = appWith();
      for (let i = 0; i < 3; i++) {
        const forged = { 'x-forwarded-for': `203.0.113.${i + 1}` };
        assert.equal((await post(app, RATINGS, { level: 4 }, CLIENT, forged)).status, 201);
      }
      const forged = await post(app, RATINGS, { level: 4 }, CLIENT, { 'x-forwarded-for': '203.0.113.99' });
      assert.equal(forged.status, 429);
    });

    test('X-Forwarded-For from a trusted proxy: the right-most untrusted address is the client', async () => {
      const app = appWith({ trustedProxies: [PROXY, '10.0.0.3'] });
      const via = (chain: string) => ({ 'x-forwarded-for': chain });
      // The client wrote a fake first hop; the proxies appended the real address.
      for (let i = 0; i < 3; i++) {
        const status = (await post(app, RATINGS, { level: 4 }, PROXY, via(`6.6.6.${i}, ${CLIENT}, 10.0.0.3`))).status;
        assert.equal(status, 201);
      }
      assert.equal((await post(app, RATINGS, { level: 4 }, PROXY, via(`7.7.7.7, ${CLIENT}`))).status, 429);
      // Another client behind the same proxy has its own budget.
      assert.equal((await post(app, RATINGS, { level: 4 }, PROXY, via(OTHER_CLIENT))).status, 201);
      // A malformed chain falls back to the peer, never to what the client wrote.
      assert.equal((await post(app, RATINGS, { level: 4 }, PROXY, via(`${OTHER_CLIENT}, bogus`))).status, 201);
      const [row] = await t.db.query<{ count: number }>(`SELECT count FROM rate_limits WHERE bucket = $1`, [`ratings:client:${PROXY}`]);
      assert.equal(row?.count, 1);
    });

    test('behind the Node server the socket peer is the client', async () => {
      const app = appWith({ ratingsPerMinute: 2 });
      const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
        const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
      });
      try {
        const { port } = server.address() as AddressInfo;
        const results: number[] = [];
        for (let i = 0; i < 3; i++) {
          const response = await fetch(`http://127.0.0.1:${port}${RATINGS}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
            body: JSON.stringify({ level: 4 }),
          });
          await response.arrayBuffer();
          results.push(response.status);
        }
        assert.deepEqual(results, [201, 201, 429]);
        const buckets = await t.db.query<{ bucket: string }>('SELECT bucket FROM rate_limits');
        assert.deepEqual(buckets, [{ bucket: 'ratings:client:127.0.0.1' }]);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });

    test('signatures, adhesions and responses are limited per client; refused bodies never spend a shared budget', async () => {
      const app = appWith();
      const adhesion = (peer: string) =>
        post(app, '/v1/charters/taroudant-participation/adhesions', { kind: 'citizen', name: 'x' }, peer).then((r) => r.status);
      // Refused bodies count against their sender: a flood of invalid requests is a flood too.
      assert.deepEqual([await adhesion('192.0.2.1'), await adhesion('192.0.2.1'), await adhesion('192.0.2.1')], [422, 422, 429]);
      const limited = await post(app, '/v1/consultations/action-programme-priorities/responses', {}, '192.0.2.1');
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      // But only against their sender: other clients, each with its own budget, are never refused for them.
      for (const peer of ['192.0.2.2', '192.0.2.3', '192.0.2.4']) assert.equal(await adhesion(peer), 422);
      const valid = { kind: 'citizen', name: 'Amina Ait Lhaj', contact: '+212 661 23 45 67', consent: true };
      assert.equal((await post(app, '/v1/charters/taroudant-participation/adhesions', valid, '192.0.2.5')).status, 201);
      // Only the accepted adhesion counts toward the charter's load (what its proof-of-work difficulty follows).
      const [load] = await t.db.query<{ count: number }>(`SELECT count FROM rate_limits WHERE bucket LIKE 'load:%'`);
      assert.equal(load?.count, 1);
      now = new Date(now.getTime() + 60_000);
      assert.equal(await adhesion('192.0.2.1'), 422);
    });

    test('configuration: defaults, 0, trusted proxies, invalid values', () => {
      const cwd = tmpdir(); // secrets are given: nothing is written there
      const secrets = { MOCHARAKA_ADMIN_TOKEN: ADMIN_TOKEN, MOCHARAKA_SECRET_KEY: ADMIN_TOKEN };
      assert.deepEqual(loadConfig(secrets, cwd).rateLimits, {
        ratingsPerMinute: 30,
        kioskPerMinute: 20,
        submissionsPerMinute: 10,
        resourcePerMinute: 600,
        trustedProxies: [],
      });
      const custom = loadConfig(
        {
          ...secrets,
          MOCHARAKA_RATE_LIMIT_RATINGS_PER_MINUTE: '0',
          MOCHARAKA_RATE_LIMIT_KIOSK_PER_MINUTE: '5',
          MOCHARAKA_TRUSTED_PROXIES: '10.0.0.2, ::1',
        },
        cwd,
      );
      assert.deepEqual(custom.rateLimits, {
        ratingsPerMinute: 0,
        kioskPerMinute: 5,
        submissionsPerMinute: 10,
        resourcePerMinute: 600,
        trustedProxies: ['10.0.0.2', '::1'],
      });
      assert.throws(() => loadConfig({ ...secrets, MOCHARAKA_RATE_LIMIT_RATINGS_PER_MINUTE: 'lots' }, cwd), /RATINGS_PER_MINUTE/);
      assert.throws(() => loadConfig({ ...secrets, MOCHARAKA_RATE_LIMIT_KIOSK_PER_MINUTE: '-1' }, cwd), /KIOSK_PER_MINUTE/);
      assert.throws(() => loadConfig({ ...secrets, MOCHARAKA_TRUSTED_PROXIES: '10.0.0.0/8' }, cwd), /TRUSTED_PROXIES/);
    });
  });
}
