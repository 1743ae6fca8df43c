import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PUBLIC_CACHE_CONTROL, operations, type Operation } from '@mocharaka/core/contract';
import { buildOpenApiDocument } from '@mocharaka/core/openapi';
import { STAFF_CACHE_CONTROL } from '../src/http/public-cache.js';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };
const SUMMARY = '/v1/services/civil-status/summary';

type Get = (path: string) => Promise<Response>;
const firstItem = async (get: Get, path: string) => ((await (await get(path)).json()) as { items: Record<string, string>[] }).items[0]!;

/** Each public GET of the route table as a URL the demo commune answers with 200. */
async function demoUrls(get: Get): Promise<Map<string, string>> {
  const plan = (await firstItem(get, '/v1/action-plans')).id!;
  const project = ((await (await get(`/v1/action-plans/${plan}`)).json()) as { projects: { id: string }[] }).projects[0]!.id;
  const ids: Record<string, string> = {
    services: (await firstItem(get, '/v1/services')).id!,
    petitions: (await firstItem(get, '/v1/petitions')).id!,
    consultations: (await firstItem(get, '/v1/consultations')).id!,
    charters: (await firstItem(get, '/v1/charters')).id!,
    suggestions: (await firstItem(get, '/v1/suggestions')).code!,
    'action-plans': plan,
    meetings: (await firstItem(get, '/v1/meetings')).id!,
  };
  const urls = new Map<string, string>();
  for (const [id, operation] of Object.entries(operations) as [string, Operation][]) {
    // The challenge is served only with proof of work on (proof-of-work.test.ts checks its no-store).
    if (operation.method !== 'GET' || operation.auth !== 'public' || id === 'getChallenge') continue;
    const family = operation.path.split('/')[2]!;
    const values: Record<string, string> = { id: ids[family]!, code: ids[family]!, n: '1', project };
    urls.set(
      id,
      operation.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!),
    );
  }
  return urls;
}

/** Public GETs carry Cache-Control and a weak ETag, answer 304 to a matching If-None-Match; staff answers are never cached. */
for (const kind of availableDatabases()) {
  describe(`HTTP caching of the public API on ${kind}`, () => {
    const t = useTestApp(kind);
    const get = (path: string, headers: Record<string, string> = {}) => Promise.resolve(t.app.request(path, { headers }));

    test('every public list and a detail are tagged and cacheable for a short while', async () => {
      for (const path of ['/v1/services', '/v1/petitions', '/v1/consultations', '/v1/charters', SUMMARY]) {
        const response = await get(path);
        assert.equal(response.status, 200, path);
        assert.equal(response.headers.get('cache-control'), PUBLIC_CACHE_CONTROL, path);
        assert.match(response.headers.get('etag') ?? '', /^W\/"[A-Za-z0-9_-]+"$/, path);
      }
    });

    test('a matching If-None-Match gets 304 with no body and the same validators; another tag gets the body', async () => {
      const first = await get(SUMMARY);
      const tag = first.headers.get('etag')!;
      const body = await first.text();
      for (const ifNoneMatch of [tag, tag.replace(/^W\//, ''), `W/"other", ${tag}`, '*']) {
        const again = await get(SUMMARY, { 'if-none-match': ifNoneMatch });
        assert.equal(again.status, 304, ifNoneMatch);
        assert.equal(await again.text(), '');
        assert.equal(again.headers.get('etag'), tag);
        assert.equal(again.headers.get('cache-control'), PUBLIC_CACHE_CONTROL);
        assert.equal(again.headers.get('content-type'), null);
      }
      const other = await get(SUMMARY, { 'if-none-match': 'W/"not-this-one"' });
      assert.equal(other.status, 200);
      assert.equal(await other.text(), body);
      assert.equal(other.headers.get('etag'), tag, 'the same answer gets the same tag');
      const head = await t.app.request(SUMMARY, { method: 'HEAD' });
      assert.equal(head.headers.get('etag'), tag);
    });

    test('a write changes the tag: the old one gets the new body', async () => {
      const before = await get(SUMMARY);
      const tag = before.headers.get('etag')!;
      const rated = await t.postJson('/v1/services/civil-status/ratings', { level: 5 }, { 'idempotency-key': 'cache-test-rating-0001' });
      assert.equal(rated.status, 201, await rated.text());
      const after = await get(SUMMARY, { 'if-none-match': tag });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('etag'), tag);
      assert.notDeepEqual(await after.json(), await before.json());

      const listed = await get('/v1/services');
      const renamed = await t.postJson(
        '/v1/admin/services',
        { id: 'civil-status', name: { ar: 'الحالة المدنية والإشهاد' } },
        { ...AUTH, 'idempotency-key': 'cache-test-service-0001' },
      );
      assert.ok(renamed.status === 200 || renamed.status === 201, await renamed.text());
      const relisted = await get('/v1/services', { 'if-none-match': listed.headers.get('etag')! });
      assert.equal(relisted.status, 200);
      assert.notEqual(relisted.headers.get('etag'), listed.headers.get('etag'));
    });

    test('every public GET of the route table is cached exactly as its operation and the OpenAPI document say', async () => {
      const document = buildOpenApiDocument() as {
        paths: Record<string, Record<string, { parameters?: { name: string }[]; responses: Record<string, { headers?: object }> }>>;
      };
      const urls = await demoUrls(get);
      const published = await t.postJson(
        `/v1/admin/consultations/${urls.get('getConsultation')!.split('/').at(-1)}/results-publication`,
        { published: true, force: true },
        { ...AUTH, 'idempotency-key': 'cache-test-results-0001' },
      );
      assert.equal(published.status, 200, await published.text());
      assert.ok(urls.size >= 20, `${urls.size} public GETs`);
      for (const [id, url] of urls) {
        const operation: Operation = operations[id as keyof typeof operations];
        const response = await get(url);
        assert.equal(response.status, 200, `${id}: ${url}`);
        const tagged = response.headers.get('etag') !== null;
        assert.equal(tagged, !operation.uncached, `${id}: tagged`);
        assert.equal(response.headers.get('cache-control') === PUBLIC_CACHE_CONTROL, tagged, `${id}: Cache-Control`);
        const described = document.paths[operation.path]!.get!;
        assert.equal('304' in described.responses, tagged, `${id}: 304 documented`);
        assert.equal(
          described.parameters?.some((parameter) => parameter.name === 'If-None-Match') ?? false,
          tagged,
          `${id}: If-None-Match`,
        );
        assert.deepEqual(Object.keys(described.responses['200']!.headers ?? {}).sort(), tagged ? ['Cache-Control', 'ETag'] : [], id);
        if (tagged) assert.equal((await get(url, { 'if-none-match': response.headers.get('etag')! })).status, 304, id);
      }
    });

    test('the health check is never cached', async () => {
      const health = await get('/v1/health');
      assert.equal(health.status, 200);
      assert.equal(health.headers.get('cache-control'), 'no-store');
      assert.equal(health.headers.get('etag'), null);
    });

    test('errors are neither tagged nor cacheable', async () => {
      const missing = await get('/v1/petitions/no-such-petition');
      assert.equal(missing.status, 404);
      assert.equal(missing.headers.get('etag'), null);
      assert.notEqual(missing.headers.get('cache-control'), PUBLIC_CACHE_CONTROL);
    });

    test('staff answers are no-store, never tagged, never 304', async () => {
      for (const path of ['/v1/admin/services/civil-status/ratings', '/v1/admin/petitions']) {
        const response = await get(path, { ...AUTH, 'if-none-match': '*' });
        assert.equal(response.status, 200, path);
        assert.equal(response.headers.get('cache-control'), STAFF_CACHE_CONTROL, path);
        assert.equal(response.headers.get('etag'), null, path);
      }
      const refused = await get('/v1/admin/petitions');
      assert.equal(refused.status, 401);
      assert.equal(refused.headers.get('cache-control'), STAFF_CACHE_CONTROL);
    });
  });
}
