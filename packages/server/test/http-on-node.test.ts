import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { bodyLimit } from '../src/http/body-limit.js';
import { setResponseHeader } from '../src/http/response-headers.js';
import { ALLOWED_ORIGIN, useTestApp } from './support/test-app.js';

const SIGNATURES = '/v1/petitions/bab-zorgan-lane-lighting/signatures';
const SIGNATURE = {
  fullName: 'Amina Ait Lhaj',
  nationalId: 'JB345678',
  address: '12 derb Taroudant',
  eligibility: 'resident',
  consent: true,
};

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request over a socket; `chunks` are sent with chunked transfer encoding when `length` is not given. */
function send(port: number, path: string, { headers = {}, chunks = [] as string[], length = true } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = chunks.join('');
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(length ? { 'content-length': Buffer.byteLength(body) } : {}), ...headers },
      },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (text += chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: text }));
      },
    );
    outgoing.on('error', reject);
    for (const chunk of chunks) outgoing.write(chunk);
    outgoing.end();
  });
}

describe('the app behind the Node server', () => {
  const t = useTestApp('pglite');
  let server: ReturnType<typeof serve>;
  let port: number;

  before(async () => {
    server = await new Promise((resolve) => {
      const started = serve({ fetch: (request) => t.app.fetch(request), port: 0, hostname: '127.0.0.1' }, () => resolve(started));
    });
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a signature gets its receipt with the CORS, security and no-store headers', async () => {
    const answer = await send(port, SIGNATURES, {
      headers: { origin: ALLOWED_ORIGIN, 'idempotency-key': 'node-1' },
      chunks: [JSON.stringify(SIGNATURE)],
    });
    assert.equal(answer.status, 201);
    assert.match((JSON.parse(answer.body) as { receipt: { reference: string } }).receipt.reference, /^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    assert.equal(answer.headers['access-control-allow-origin'], ALLOWED_ORIGIN);
    assert.equal(answer.headers['access-control-expose-headers'], 'Idempotent-Replayed,Retry-After');
    assert.match(String(answer.headers.vary), /Origin/);
    assert.equal(answer.headers['cache-control'], 'no-store');
    assert.equal(answer.headers['x-content-type-options'], 'nosniff');
    assert.match(String(answer.headers['content-security-policy']), /^default-src 'self'/);
    assert.equal(answer.headers['content-type'], 'application/json');
    assert.equal(answer.headers['content-length'], String(Buffer.byteLength(answer.body)));
  });

  test('a replay carries Idempotent-Replayed beside the same headers', async () => {
    const options = { headers: { origin: ALLOWED_ORIGIN, 'idempotency-key': 'node-2' }, chunks: [JSON.stringify(SIGNATURE)] };
    const first = await send(port, SIGNATURES, options);
    const again = await send(port, SIGNATURES, options);
    assert.equal(again.status, 201);
    assert.equal(again.body, first.body);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(again.headers['access-control-allow-origin'], ALLOWED_ORIGIN);
    assert.equal(again.headers['cache-control'], 'no-store');
  });

  test('a body over 64 kB is 413, stated by its Content-Length or counted as it streams in chunks', async () => {
    const big = JSON.stringify({ ...SIGNATURE, address: 'x'.repeat(70_000) });
    const stated = await send(port, SIGNATURES, { chunks: [big] });
    assert.equal(stated.status, 413);
    assert.equal((JSON.parse(stated.body) as { error: { code: string } }).error.code, 'payload_too_large');
    const chunked = await send(port, SIGNATURES, { chunks: [big.slice(0, 40_000), big.slice(40_000)], length: false });
    assert.equal(chunked.status, 413);
    assert.equal((JSON.parse(chunked.body) as { error: { code: string } }).error.code, 'payload_too_large');
    const small = await send(port, SIGNATURES, {
      chunks: [JSON.stringify(SIGNATURE)],
      length: false,
      headers: { 'idempotency-key': 'node-3' },
    });
    assert.equal(small.status, 201);
  });
});

describe('bodyLimit', () => {
  const app = new Hono();
  app.use(bodyLimit(1024));
  app.post('/', async (c) => c.text(String((await c.req.text()).length)));
  app.onError((error, c) => c.text(error.message, 413));

  test('judges a body that states its length by Content-Length, before reading any of it', async () => {
    const unread = new ReadableStream({
      pull() {
        throw new Error('the body was read');
      },
    });
    const response = await app.request('/', {
      method: 'POST',
      headers: { 'content-length': '2048' },
      body: unread,
      duplex: 'half',
    } as RequestInit);
    assert.equal(response.status, 413);
    assert.match(await response.text(), /must not exceed 1 kB/);
  });

  test('counts a body without a stated length as it streams', async () => {
    assert.equal((await app.request('/', { method: 'POST', body: 'x'.repeat(2048) })).status, 413);
    const fits = await app.request('/', { method: 'POST', body: 'x'.repeat(1000) });
    assert.equal(fits.status, 200);
    assert.equal(await fits.text(), '1000');
  });
});

describe('setResponseHeader', () => {
  test('edits the answer in place, and copies an answer whose headers are immutable', async () => {
    const app = new Hono();
    let answered: Response | undefined;
    app.use(async (c, next) => {
      await next();
      answered = c.res;
      setResponseHeader(c, 'X-One', 'a');
      setResponseHeader(c, 'Vary', 'Origin', { append: true });
    });
    app.get('/plain', (c) => c.json({ ok: true }, 200, { Vary: 'Accept-Encoding' }));
    app.get('/redirect', () => Response.redirect('https://example.org/', 302));

    const plain = await app.request('/plain');
    assert.equal(plain, answered);
    assert.equal(plain.headers.get('x-one'), 'a');
    assert.equal(plain.headers.get('vary'), 'Accept-Encoding, Origin');
    const redirect = await app.request('/redirect');
    assert.equal(redirect.status, 302);
    assert.equal(redirect.headers.get('x-one'), 'a');
    assert.equal(redirect.headers.get('location'), 'https://example.org/');
  });
});
