import { expect } from '../../../test/support/browser-testing.js';
import { ApiError } from '../src/client/api-error.js';
import { requestJson } from '../src/client/request-json.js';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function scripted(...answers: (Response | Error | 'hang')[]) {
  const calls: RequestInit[] = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init ?? {});
    const answer = answers.shift();
    if (answer === 'hang') {
      return new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    if (answer instanceof Error) throw answer;
    return answer!;
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('requestJson (timeouts, retries, backoff)', () => {
  it('retries a network failure, a 503 and a 429 (honouring Retry-After: 0), then answers', async () => {
    const { fetch, calls } = scripted(
      new TypeError('Failed to fetch'),
      json(503, {}),
      json(429, {}, { 'retry-after': '0' }),
      json(200, { ok: 1 }),
    );
    expect(await requestJson('/x', {}, { timeout: 1000, attempts: 4, fetch })).to.deep.equal({ ok: 1 });
    expect(calls).to.have.length(4);
  });

  it('does not retry what another attempt would not fix (422, 404)', async () => {
    for (const status of [422, 404]) {
      const { fetch, calls } = scripted(json(status, { error: { code: 'nope', message: 'no', fields: { a: 'required' } } }));
      const error = await requestJson('/x', {}, { timeout: 1000, attempts: 3, fetch }).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(ApiError);
      expect((error as ApiError).status).to.equal(status);
      expect((error as ApiError).code).to.equal('nope');
      expect(calls).to.have.length(1);
    }
  });

  it('gives up after the attempts allowed, with the last error', async () => {
    const { fetch, calls } = scripted(json(500, {}), json(502, {}));
    const error = (await requestJson('/x', {}, { timeout: 1000, attempts: 2, fetch }).catch((caught: unknown) => caught)) as ApiError;
    expect(error.status).to.equal(502);
    expect(error.code).to.equal('server_error');
    expect(calls).to.have.length(2);
  });

  it('times an attempt out as a network error (status 0), retryable', async () => {
    const { fetch } = scripted('hang');
    const error = (await requestJson('/x', {}, { timeout: 20, attempts: 1, fetch }).catch((caught: unknown) => caught)) as ApiError;
    expect(error.status).to.equal(0);
    expect(error.retryable).to.equal(true);
  });

  it('rethrows the caller’s abort as is, without retrying', async () => {
    const { fetch, calls } = scripted('hang', json(200, {}));
    const controller = new AbortController();
    const request = requestJson('/x', { signal: controller.signal }, { timeout: 5000, attempts: 3, fetch });
    controller.abort(new DOMException('left the page', 'AbortError'));
    const error = (await request.catch((caught: unknown) => caught)) as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(calls).to.have.length(1);
  });

  it('reads an answer that is not the contract’s error shape as unexpected_response', async () => {
    const { fetch } = scripted(new Response('<html>', { status: 404 }));
    const error = (await requestJson('/x', {}, { timeout: 1000, attempts: 1, fetch }).catch((caught: unknown) => caught)) as ApiError;
    expect(error.code).to.equal('unexpected_response');
  });
});
