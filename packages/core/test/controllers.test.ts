import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { LitElement } from 'lit';
import { ApiError } from '../src/client/api-error.js';
import { DraftController } from '../src/element/draft-controller.js';
import { ResourceController } from '../src/element/resource-controller.js';
import { SubmissionController, type Settlement } from '../src/element/submission-controller.js';
import type { OutboxEntry } from '../src/outbox/outbox.js';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

interface LoadCall {
  id: string;
  signal: AbortSignal;
  answer: Deferred<string>;
}

class ResourceHost extends LitElement {
  static override properties = { itemId: { attribute: 'item-id' } };
  declare itemId?: string;
  calls: LoadCall[] = [];
  loaded: string[] = [];
  failed: ApiError[] = [];
  resource = new ResourceController(this, {
    args: () => (this.itemId ? ([this.itemId] as const) : undefined),
    load: ([id], signal) => {
      const answer = deferred<string>();
      this.calls.push({ id, signal, answer });
      return answer.promise;
    },
    onLoaded: (data) => this.loaded.push(data),
    onFailed: (error) => this.failed.push(error),
  });
  override render() {
    return html`<p>${this.resource.status}:${this.resource.data ?? ''}</p>`;
  }
}
customElements.define('test-resource-host', ResourceHost);

describe('ResourceController', () => {
  it('stays idle until its inputs are set, then loads once they are, whether set before or after connection', async () => {
    const early = document.createElement('test-resource-host') as ResourceHost;
    early.itemId = 'a';
    document.body.append(early);
    await early.updateComplete;
    expect(early.resource.status).to.equal('loading');
    expect(early.calls.map((call) => call.id)).to.deep.equal(['a']);
    early.remove();

    const late = await fixture<ResourceHost>(html`<test-resource-host></test-resource-host>`);
    expect(late.resource.status).to.equal('idle');
    expect(late.calls).to.have.length(0);
    late.itemId = 'b';
    await late.updateComplete;
    expect(late.calls.map((call) => call.id)).to.deep.equal(['b']);
    late.calls[0].answer.resolve('B');
    await waitUntil(() => late.resource.status === 'ready');
    await late.updateComplete;
    expect(late.shadowRoot!.textContent).to.contain('ready:B');
    expect(late.loaded).to.deep.equal(['B']);
  });

  it('aborts a superseded load and ignores its late answer', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host item-id="first"></test-resource-host>`);
    host.itemId = 'second';
    await host.updateComplete;
    const [first, second] = host.calls;
    expect(first.signal.aborted).to.equal(true);
    expect(second.signal.aborted).to.equal(false);
    second.answer.resolve('SECOND');
    first.answer.resolve('FIRST');
    await waitUntil(() => host.resource.status === 'ready');
    await new Promise((resolve) => setTimeout(resolve));
    expect(host.resource.data).to.equal('SECOND');
    expect(host.loaded).to.deep.equal(['SECOND']);
  });

  it('ends in failed with an ApiError, and retry() loads again', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host item-id="x"></test-resource-host>`);
    host.calls[0].answer.reject(new TypeError('Failed to fetch'));
    await waitUntil(() => host.resource.status === 'failed');
    expect(host.resource.error).to.be.instanceOf(ApiError);
    expect(host.resource.error!.status).to.equal(0);
    expect(host.failed).to.have.length(1);
    const retried = host.resource.retry();
    expect(host.resource.status).to.equal('loading');
    host.calls[1].answer.resolve('X');
    await retried;
    expect(host.resource.status).to.equal('ready');
    expect(host.resource.error).to.equal(undefined);
  });

  it('loads again when the browser comes back online after a network failure', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host item-id="x"></test-resource-host>`);
    host.calls[0].answer.reject(ApiError.network('offline'));
    await waitUntil(() => host.resource.status === 'failed');
    window.dispatchEvent(new Event('online'));
    expect(host.calls).to.have.length(2);
    host.calls[1].answer.resolve('X');
    await waitUntil(() => host.resource.status === 'ready');
  });

  it('refresh() keeps the shown data on failure and replaces it on success', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host item-id="x"></test-resource-host>`);
    host.calls[0].answer.resolve('ONE');
    await waitUntil(() => host.resource.status === 'ready');
    const failing = host.resource.refresh();
    expect(host.resource.status).to.equal('ready');
    host.calls[1].answer.reject(new ApiError(503, 'unavailable', 'down'));
    await failing;
    expect(host.resource.status).to.equal('ready');
    expect(host.resource.data).to.equal('ONE');
    const working = host.resource.refresh();
    host.calls[2].answer.resolve('TWO');
    await working;
    expect(host.resource.data).to.equal('TWO');
  });

  it('aborts a load when the host leaves the page and loads again when it comes back', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host item-id="x"></test-resource-host>`);
    const parent = host.parentElement!;
    host.remove();
    expect(host.calls[0].signal.aborted).to.equal(true);
    parent.append(host);
    await host.updateComplete;
    expect(host.calls).to.have.length(2);
    host.calls[1].answer.resolve('BACK');
    await waitUntil(() => host.resource.data === 'BACK');
  });

  it('ignores a background refresh answered after the host left the page', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host item-id="x"></test-resource-host>`);
    host.calls[0].answer.resolve('ONE');
    await waitUntil(() => host.resource.status === 'ready');
    const refreshing = host.resource.refresh();
    host.remove();
    expect(host.calls[1].signal.aborted).to.equal(true);
    host.calls[1].answer.resolve('LATE');
    await refreshing;
    expect(host.loaded).to.deep.equal(['ONE']);
    expect(host.resource.data).to.equal('ONE');
  });

  it('goes back to idle and forgets the data when an input is unset', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host item-id="x"></test-resource-host>`);
    host.calls[0].answer.resolve('X');
    await waitUntil(() => host.resource.status === 'ready');
    host.itemId = undefined;
    await host.updateComplete;
    expect(host.resource.status).to.equal('idle');
    expect(host.resource.data).to.equal(undefined);
  });
});

type Receipt = { id: string };

class SubmissionHost extends LitElement {
  static override properties = { scope: {} };
  declare scope?: string;
  sent: OutboxEntry<{ value: string }>[] = [];
  answers: ((entry: OutboxEntry<{ value: string }>) => Promise<Receipt>)[] = [];
  receipts: Receipt[] = [];
  later: Settlement<Receipt, 'value'>[] = [];
  errors: ApiError[] = [];
  submissions = new SubmissionController<{ value: string }, Receipt, 'value'>(this, {
    storageKey: () => (this.scope ? `test:outbox:${this.scope}` : undefined),
    send: (entry) => {
      this.sent.push(entry);
      const answer = this.answers.shift();
      return answer ? answer(entry) : Promise.resolve({ id: entry.idempotencyKey });
    },
    fields: ['value'],
    receiptKey: (receipt) => receipt.id,
    onReceipt: (receipt) => this.receipts.push(receipt),
    onLaterSettled: (settlement) => this.later.push(settlement),
    onError: (error) => this.errors.push(error),
  });
}
customElements.define('test-submission-host', SubmissionHost);

describe('SubmissionController', () => {
  beforeEach(() => localStorage.clear());

  async function host(scope = 'a') {
    const element = await fixture<SubmissionHost>(html`<test-submission-host></test-submission-host>`);
    element.scope = scope;
    await element.updateComplete;
    return element;
  }

  it('settles an accepted submission as a receipt and announces it once however often it arrives', async () => {
    const element = await host();
    element.answers.push(
      async () => ({ id: 'same' }),
      async () => ({ id: 'same' }),
    );
    const first = await element.submissions.submit('target', { value: 'one' });
    const second = await element.submissions.submit('target', { value: 'two' });
    expect(first).to.deep.include({ kind: 'receipt', later: false });
    expect(second.kind).to.equal('receipt');
    expect(element.receipts).to.deep.equal([{ id: 'same' }]);
    expect(element.submissions.pending()).to.deep.equal([]);
  });

  it('sends the given idempotency key and keeps it for every retry', async () => {
    const element = await host();
    element.answers.push(() => Promise.reject(ApiError.network('offline')));
    const queued = await element.submissions.submit('target', { value: 'v' }, 'key-1');
    expect(queued.kind).to.equal('queued');
    expect(element.submissions.pending('target').map((entry) => entry.idempotencyKey)).to.deep.equal(['key-1']);
    expect(element.submissions.pending('other')).to.deep.equal([]);
    await element.submissions.flush();
    expect(element.sent.map((entry) => entry.idempotencyKey)).to.deep.equal(['key-1', 'key-1']);
    expect(element.later).to.have.length(1);
    expect(element.later[0]).to.deep.include({ kind: 'receipt', later: true });
  });

  it('turns a 422 naming known fields into field errors, and other refusals into failures', async () => {
    const element = await host();
    element.answers.push(
      () => Promise.reject(new ApiError(422, 'validation_failed', 'bad', { value: 'too_long', unknown: 'required' })),
      () => Promise.reject(new ApiError(422, 'validation_failed', 'bad', { unknown: 'required' })),
      () => Promise.reject(new ApiError(409, 'closed', 'closed')),
    );
    const fields = await element.submissions.submit('t', { value: 'x' });
    expect(fields).to.deep.include({ kind: 'field-errors', fields: { value: 'too_long' } });
    expect((await element.submissions.submit('t', { value: 'x' })).kind).to.equal('failure');
    const refused = await element.submissions.submit('t', { value: 'x' });
    expect(refused.kind).to.equal('failure');
    expect((refused as { error: ApiError }).error.status).to.equal(409);
    expect(element.errors.map((error) => error.status)).to.deep.equal([422, 422, 409]);
    expect(element.submissions.pending()).to.deep.equal([]);
  });

  it('is sending while a submission waits for its answer', async () => {
    const element = await host();
    const answer = deferred<Receipt>();
    element.answers.push(() => answer.promise);
    const submitting = element.submissions.submit('t', { value: 'x' });
    await waitUntil(() => element.sent.length === 1);
    expect(element.submissions.sending).to.equal(true);
    answer.resolve({ id: 'r' });
    await submitting;
    expect(element.submissions.sending).to.equal(false);
  });

  it('sends what is queued when the browser comes back online', async () => {
    const element = await host();
    element.answers.push(() => Promise.reject(new ApiError(503, 'unavailable', 'down')));
    await element.submissions.submit('t', { value: 'x' });
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => element.receipts.length === 1);
    expect(element.later[0].kind).to.equal('receipt');
  });

  it('sends nothing once its host left the page: the queue belongs to the elements still shown', async () => {
    const element = await host();
    element.answers.push(() => Promise.reject(ApiError.network('offline')));
    await element.submissions.submit('t', { value: 'x' });
    element.remove();
    await element.submissions.flush();
    window.dispatchEvent(new Event('online'));
    await element.updateComplete;
    expect(element.sent).to.have.length(1);
    expect(JSON.parse(localStorage.getItem('test:outbox:a')!)).to.have.length(1);
  });

  it('keeps one outbox per storage key: another scope never sends the first one’s entries', async () => {
    const element = await host('a');
    element.answers.push(() => Promise.reject(ApiError.network('offline')));
    await element.submissions.submit('t', { value: 'x' });
    element.scope = 'b';
    await element.updateComplete;
    expect(element.submissions.pending()).to.deep.equal([]);
    await element.submissions.flush();
    expect(element.sent).to.have.length(1);
    expect(JSON.parse(localStorage.getItem('test:outbox:a')!)).to.have.length(1);
  });
});

interface Form {
  name: string;
  secret: boolean;
}

class DraftHost extends LitElement {
  static override properties = { formId: {}, persistence: {} };
  declare formId?: string;
  draft = new DraftController<Form>(this, {
    key: () => (this.formId ? `test:draft:${this.formId}` : undefined),
    persistence: 'session',
    empty: () => ({ name: '', secret: false }),
    restore: (stored) => ({ name: typeof (stored as Form)?.name === 'string' ? (stored as Form).name : '', secret: false }),
    keep: ({ secret: _secret, ...kept }) => kept,
    isEmpty: (form) => form.name === '',
  });
}
customElements.define('test-draft-host', DraftHost);

class LocalDraftHost extends LitElement {
  draft = new DraftController<{ text: string }>(this, {
    key: () => 'test:local-draft',
    persistence: 'local',
    empty: () => ({ text: '' }),
    restore: (stored) => ({ text: String((stored as { text?: unknown })?.text ?? '') }),
    isEmpty: (value) => value.text === '',
  });
}
customElements.define('test-local-draft-host', LocalDraftHost);

describe('DraftController', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('keeps a session draft in sessionStorage only, without what `keep` leaves out, and restores it per key', async () => {
    const element = await fixture<DraftHost>(html`<test-draft-host></test-draft-host>`);
    element.formId = 'one';
    await element.updateComplete;
    element.draft.set({ name: 'Amina', secret: true });
    expect(JSON.parse(sessionStorage.getItem('test:draft:one')!)).to.deep.equal({ name: 'Amina' });
    expect(localStorage.length).to.equal(0);

    element.formId = 'two';
    await element.updateComplete;
    expect(element.draft.value).to.deep.equal({ name: '', secret: false });
    element.formId = 'one';
    await element.updateComplete;
    expect(element.draft.value).to.deep.equal({ name: 'Amina', secret: false });

    element.draft.clear();
    expect(sessionStorage.getItem('test:draft:one')).to.equal(null);
  });

  it('ignores a corrupt stored draft', async () => {
    sessionStorage.setItem('test:draft:bad', '{not json');
    const element = await fixture<DraftHost>(html`<test-draft-host></test-draft-host>`);
    element.formId = 'bad';
    await element.updateComplete;
    expect(element.draft.value).to.deep.equal({ name: '', secret: false });
  });

  it('keeps a local draft in localStorage, so it survives the tab', async () => {
    const element = await fixture<LocalDraftHost>(html`<test-local-draft-host></test-local-draft-host>`);
    element.draft.set({ text: 'long answer' });
    expect(JSON.parse(localStorage.getItem('test:local-draft')!)).to.deep.equal({ text: 'long answer' });
    expect(sessionStorage.length).to.equal(0);
    const again = await fixture<LocalDraftHost>(html`<test-local-draft-host></test-local-draft-host>`);
    expect(again.draft.value).to.deep.equal({ text: 'long answer' });
    again.draft.set({ text: '' });
    expect(localStorage.getItem('test:local-draft')).to.equal(null);
  });
});
