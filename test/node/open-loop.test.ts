// The benchmarks' fixed-arrival-rate load: every request sent once with its own body,
// at the rate asked whatever the server does, and a stall counted for every request it
// held up (latency from the due time, not from when a connection was free). The load
// runs on a virtual clock, so nothing here depends on how fast the machine is.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { openLoopLoad } from '../../benchmarks/lib/open-loop.mjs';

const received: { index: number; key: string | undefined }[] = [];
let url = '';
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk));
  request.on('end', () => {
    received.push({ index: JSON.parse(body).index, key: request.headers['idempotency-key'] as string | undefined });
    response.writeHead(request.url === '/refused' ? 409 : 201, { 'content-type': 'application/json' });
    response.end('{}');
  });
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('sends rate × seconds requests once each, counts a stall from each due time, and counts refusals apart', async () => {
  received.length = 0;
  // Request k of 200 at 200/s is due at k × 5 ms. The clock stands at 0 while the first
  // request goes out, then jumps to 1,000 ms and stays there: the whole second is one
  // stall, and every answer arrives at 1,000 ms.
  let clock = 0;
  const load = openLoopLoad({
    url,
    connections: 2,
    seconds: 1,
    rate: 200,
    offset: 1000,
    now: () => clock,
    request: (index: number) => ({ path: index % 50 === 0 ? '/refused' : '/write', body: { index }, key: `key-${index}` }),
  });
  clock = 1000;
  const result = await load;

  assert.equal(result.next, 1200);
  assert.equal(result.requests, 200);
  assert.equal(result.errors, 0);
  assert.equal(result.non2xx, 4);
  assert.deepEqual(
    received.map((one) => one.index).sort((a, b) => a - b),
    Array.from({ length: 200 }, (_, i) => 1000 + i),
  );
  assert.ok(received.every((one) => one.key === `key-${one.index}`));
  assert.equal(result.perSecond, 200);
  // The 196 accepted requests (k = 1…199 but 50, 100, 150) waited 1,000 − 5k ms from their
  // due time. A closed loop would have measured them from when they were sent (at 1,000 ms,
  // all but the first): 0 ms.
  assert.equal(result.max, 995);
  assert.equal(result.p99, 990);
  assert.equal(result.p50, 495);
});
