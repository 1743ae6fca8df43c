import { expect } from '../../../test/support/browser-testing.js';
import { ApiError } from '../src/client/api-error.js';
import { Outbox, OUTBOX_RETENTION_MS, type OutboxEntry } from '../src/outbox/outbox.js';

const KEY = 'test:outbox';
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? '[]') as OutboxEntry<string>[];

describe('Outbox', () => {
  beforeEach(() => localStorage.clear());

  it('writes a submission before the first attempt and removes it once answered', async () => {
    let seenWhileSending: OutboxEntry<string>[] = [];
    const outbox = new Outbox<string, string>(KEY, async (entry) => {
      seenWhileSending = stored();
      return `ok:${entry.payload}`;
    });
    const outcome = await outbox.submit('t', 'a', 'k1');
    expect(outcome).to.deep.equal({ state: 'sent', result: 'ok:a' });
    expect(seenWhileSending.map((entry) => [entry.idempotencyKey, entry.attempts])).to.deep.equal([['k1', 1]]);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('keeps a retryable failure with its key and attempt count, and drops a refusal for good', async () => {
    const answers = [ApiError.network('offline'), new ApiError(503, 'unavailable', 'down'), new ApiError(422, 'validation_failed', 'bad')];
    const outbox = new Outbox<string, string>(KEY, async () => {
      throw answers.shift();
    });
    expect((await outbox.submit('t', 'a', 'k1')).state).to.equal('queued');
    expect((await outbox.flush()).get('k1')!.state).to.equal('queued');
    expect(stored()[0]).to.include({ idempotencyKey: 'k1', attempts: 2 });
    expect((await outbox.flush()).get('k1')!.state).to.equal('rejected');
    expect(outbox.pending()).to.deep.equal([]);
  });

  it('sends oldest first, and a waiting entry holds back the ones after it', async () => {
    const sent: string[] = [];
    let down = true;
    const outbox = new Outbox<string, string>(KEY, async (entry) => {
      if (down) throw ApiError.network('offline');
      sent.push(entry.payload);
      return entry.payload;
    });
    await outbox.submit('t', 'rating', 'k1');
    const follow = await outbox.submit('t', 'details', 'k2');
    expect(follow.state).to.equal('queued');
    expect(stored().map((entry) => entry.payload)).to.deep.equal(['rating', 'details']);
    down = false;
    await outbox.flush();
    expect(sent).to.deep.equal(['rating', 'details']);
  });

  it('forgets entries older than the retention period, and ignores corrupt storage', async () => {
    const old: OutboxEntry<string> = {
      idempotencyKey: 'old',
      target: 't',
      payload: 'x',
      createdAt: Date.now() - OUTBOX_RETENTION_MS - 1,
      attempts: 3,
    };
    localStorage.setItem(KEY, JSON.stringify([old]));
    const outbox = new Outbox<string, string>(KEY, async (entry) => entry.payload);
    expect(outbox.pending()).to.deep.equal([]);
    localStorage.setItem(KEY, '{not json');
    expect(outbox.pending()).to.deep.equal([]);
    localStorage.setItem(KEY, '{"an":"object"}');
    expect(outbox.pending()).to.deep.equal([]);
  });

  it('runs one flush at a time: concurrent flushes never send an entry twice', async () => {
    let sends = 0;
    const outbox = new Outbox<string, string>(KEY, async (entry) => {
      sends++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return entry.payload;
    });
    localStorage.setItem(KEY, JSON.stringify([{ idempotencyKey: 'k', target: 't', payload: 'x', createdAt: Date.now(), attempts: 0 }]));
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    expect(sends).to.equal(1);
  });
});
