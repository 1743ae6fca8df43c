import { expect } from '../../../test/support/browser-testing.js';
import { HttpStaffApi } from '../src/api/staff-api.js';

describe('the console’s HTTP API', () => {
  it('never answers staff from the browser cache (public answers are cacheable for a few seconds)', async () => {
    const original = globalThis.fetch;
    const modes: (RequestCache | undefined)[] = [];
    globalThis.fetch = async (_input, init) => {
      modes.push(init?.cache);
      return new Response(JSON.stringify({ items: [] }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    try {
      const api = new HttpStaffApi('https://commune.example');
      await api.get('/v1/petitions/bab-zorgan-lane-lighting');
      await api.send('POST', '/v1/admin/petitions', { id: 'x' });
    } finally {
      globalThis.fetch = original;
    }
    expect(modes).to.deep.equal(['no-store', 'no-store']);
  });
});
