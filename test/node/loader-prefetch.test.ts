/**
 * The loader sends each element's first read before the element's code arrives and
 * leaves the answer where core's `requestJson` takes it. The loader shares no module with
 * the elements (that would cost it a download), so the handoff's key, the endpoint meta
 * name and the read's URL exist twice: these tests prove both sides agree.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { HttpBackend } from '../../packages/core/src/client/http-backend.js';
import { PREFETCHED_READS as CORE_KEY } from '../../packages/core/src/client/prefetched.js';
import { ENDPOINT_META_NAME as CORE_META } from '../../packages/core/src/config/resolve-endpoint.js';
import { firstRead } from '../../packages/loader/build/first-reads.js';
import { ENDPOINT_META_NAME as LOADER_META, PREFETCHED_READS as LOADER_KEY, prefetchRead } from '../../packages/loader/src/prefetch.js';

const ENDPOINT = 'https://www.taroudant.ma/v1';

/** The bits of a document and an element prefetchRead reads. */
function fakeTag(attributes: Record<string, string>, meta?: string) {
  const element = {
    getAttribute: (name: string) => attributes[name] ?? null,
    hasAttribute: (name: string) => name in attributes,
  } as unknown as Element;
  const root = { querySelector: () => (meta === undefined ? null : { content: meta }) } as unknown as Document;
  return { element, root };
}

describe('the loader’s prefetched first reads', () => {
  const realFetch = globalThis.fetch;
  const sent: { url: string; init: RequestInit }[] = [];
  globalThis.location ??= { href: 'https://www.taroudant.ma/participation/' } as Location;
  afterEach(() => {
    globalThis.fetch = realFetch;
    sent.length = 0;
    delete (globalThis as Record<symbol, unknown>)[CORE_KEY];
  });
  const countingFetch = (body: unknown) =>
    (async (url: string | URL | Request, init?: RequestInit) => {
      sent.push({ url: String(url), init: init ?? {} });
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;

  test('both sides use the same key and the same endpoint meta', () => {
    assert.equal(LOADER_KEY, CORE_KEY);
    assert.equal(LOADER_META, CORE_META);
  });

  for (const [tag, attribute, call] of [
    ['mocharaka-petition', 'petition', (backend: HttpBackend, id: string) => backend.getPetition(id)],
    ['mocharaka-consultation', 'consultation', (backend: HttpBackend, id: string) => backend.getConsultation(id)],
    ['mocharaka-charter', 'charter', (backend: HttpBackend, id: string) => backend.getCharter(id)],
    ['mocharaka-satisfaction', 'service', (backend: HttpBackend, id: string) => backend.getService(id)],
  ] as const) {
    test(`<${tag}>: the element's first read takes the loader's answer, a second read fetches again`, async () => {
      const read = firstRead(tag)!;
      assert.equal(read.attribute, attribute);
      const id = 'id with spaces/and-slash';
      globalThis.fetch = countingFetch({ id, from: 'prefetch' });
      const { element, root } = fakeTag({ [attribute]: id, endpoint: ENDPOINT });
      prefetchRead(root, element, read);
      prefetchRead(root, element, read); // a second tag naming the same resource: one request
      assert.equal(sent.length, 1);
      assert.equal(sent[0]!.init.credentials, 'omit');

      const backend = new HttpBackend({ endpoint: ENDPOINT, fetch: countingFetch({ id, from: 'element' }) });
      assert.deepEqual(await call(backend, id), { id, from: 'prefetch' });
      assert.equal(sent.length, 1, 'the element sent no request of its own');
      assert.deepEqual(await call(backend, id), { id, from: 'element' });
      assert.equal(sent.length, 2);
      assert.equal(sent[1]!.url, sent[0]!.url, 'the loader built the URL the element reads');
    });
  }

  test('the page’s endpoint meta is used when the tag has none; nothing is sent without an id or an endpoint', async () => {
    const read = firstRead('mocharaka-petition')!;
    globalThis.fetch = countingFetch({});
    prefetchRead(fakeTag({ petition: 'p' }).root, fakeTag({ petition: 'p' }).element, read);
    prefetchRead(fakeTag({ endpoint: ENDPOINT }).root, fakeTag({ endpoint: ENDPOINT }).element, read);
    assert.equal(sent.length, 0);
    const { element, root } = fakeTag({ petition: 'p' }, '/v1');
    prefetchRead(root, element, read);
    assert.deepEqual(
      sent.map(({ url }) => url),
      ['https://www.taroudant.ma/v1/petitions/p'],
    );
  });

  test('a charter read from a file (`src`) is not prefetched', () => {
    globalThis.fetch = countingFetch({});
    const { element, root } = fakeTag({ charter: 'c', endpoint: ENDPOINT, src: '/charter.json' });
    prefetchRead(root, element, firstRead('mocharaka-charter')!);
    assert.equal(sent.length, 0);
    assert.equal(firstRead('mocharaka-no-such-element'), undefined);
  });

  test('a prefetched refusal is the element’s answer; a prefetched 503 is tried again with a request of its own', async () => {
    const answer = (status: number, body: unknown) =>
      (async (url: string | URL | Request, init?: RequestInit) => {
        sent.push({ url: String(url), init: init ?? {} });
        return new Response(JSON.stringify(body), { status, headers: { 'retry-after': '0' } });
      }) as typeof fetch;
    const read = firstRead('mocharaka-petition')!;
    globalThis.fetch = answer(404, { error: { code: 'not_found', message: 'no such petition' } });
    prefetchRead(fakeTag({ petition: 'gone', endpoint: ENDPOINT }).root, fakeTag({ petition: 'gone', endpoint: ENDPOINT }).element, read);
    const backend = new HttpBackend({ endpoint: ENDPOINT, fetch: countingFetch({ id: 'gone' }) });
    await assert.rejects(backend.getPetition('gone'), { status: 404, code: 'not_found' });
    assert.equal(sent.length, 1, 'a refusal is not asked again');

    globalThis.fetch = answer(503, { error: { code: 'unavailable', message: 'busy' } });
    prefetchRead(fakeTag({ petition: 'busy', endpoint: ENDPOINT }).root, fakeTag({ petition: 'busy', endpoint: ENDPOINT }).element, read);
    assert.deepEqual(await backend.getPetition('busy'), { id: 'gone' });
    assert.equal(sent.length, 3, 'the prefetch, then the element’s own retry');
  });

  test('a failed prefetch leaves the element to fetch itself', async () => {
    globalThis.fetch = (async () => {
      throw new TypeError('offline');
    }) as typeof fetch;
    const { element, root } = fakeTag({ petition: 'p', endpoint: ENDPOINT });
    prefetchRead(root, element, firstRead('mocharaka-petition')!);
    const backend = new HttpBackend({ endpoint: ENDPOINT, fetch: countingFetch({ id: 'p' }) });
    assert.deepEqual(await backend.getPetition('p'), { id: 'p' });
    assert.equal(sent.length, 1);
  });
});
