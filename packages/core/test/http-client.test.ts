import { expect } from '../../../test/support/browser-testing.js';
import { HttpClient } from '../src/client/http-client.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('HttpClient and the browser cache', () => {
  it('reads through the cache until its own write, then revalidates', async () => {
    const reads: (RequestCache | undefined)[] = [];
    const http = new HttpClient({
      endpoint: 'https://commune.example/v1',
      fetch: async (input, init) => {
        const url = String(input);
        if (new URL(url).pathname.endsWith('/challenge')) return json(404, { error: { code: 'not_found', message: 'No proof of work' } });
        if (init?.method === 'POST') return json(201, { receipt: { reference: 'R-1' } });
        reads.push(init?.cache);
        return json(200, { seatsLeft: 3 });
      },
    });
    await http.get('meetings/m-1');
    await http.post('meetings/m-1/registrations', { people: 1 }, { idempotencyKey: 'k-1' });
    await http.get('meetings/m-1');
    expect(reads).to.deep.equal([undefined, 'no-cache']);
  });
});
