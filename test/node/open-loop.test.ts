// The benchmarks' fixed-arrival-rate load: every request sent once with its own body,
// at the rate asked whatever the server does, and a stall counted for every request it
// held up (latency from the due time, not from when a connection was free).
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { openLoopLoad } from '../../benchmarks/lib/open-loop.mjs';

const STALL_MS = 400;
const received: { index: number; key: string | undefined }[] = [];
let started = 0;
let url = '';
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk));
  request.on('end', () => {
    received.push({ index: JSON.parse(body).index, key: request.headers['idempotency-key'] as string | undefined });
    const answer = () => {
      response.writeHead(request.url === '/refused' ? 409 : 201, { 'content-type': 'application/json' });
      response.end('{}');
    };
    // Everything that arrives in the first 100 ms waits until STALL_MS after the start.
    const wait = started + STALL_MS - Date.now();
    if (Date.now() - started < 100) setTimeout(answer, wait);
    else answer();
  });
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('sends rate × seconds requests once each, counts the stall from the due time, and counts refusals apart', async () => {
  received.length = 0;
  started = Date.now();
  const result = await openLoopLoad({
    url,
    connections: 2,
    seconds: 1,
    rate: 200,
    offset: 1000,
    request: (index: number) => ({ path: index % 50 === 0 ? '/refused' : '/write', body: { index }, key: `key-${index}` }),
  });
  assert.equal(result.next, 1200);
  assert.equal(result.requests, 200);
  assert.equal(result.errors, 0);
  assert.equal(result.non2xx, 4);
  assert.deepEqual(
    received.map((one) => one.index).sort((a, b) => a - b),
    Array.from({ length: 200 }, (_, i) => 1000 + i),
  );
  assert.ok(received.every((one) => one.key === `key-${one.index}`));
  // ≥ 20 requests were due in the first 100 ms and held until 400 ms: ≥ 10 % of the
  // latencies are ≥ 300 ms, so p99 is too (a closed loop over 2 connections would have
  // sent 2 of them, 1 %, and measured the rest from when they were sent).
  assert.ok(result.p99 >= STALL_MS - 100, `p99 ${result.p99} ms`);
});
