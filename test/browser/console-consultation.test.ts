import { expect, fixture, html, waitUntil, scaled } from '../support/browser-testing.js';
import { ApiError, newIdempotencyKey, type Consultation, type ConsultationResults } from '@mocharaka/core';
import type { AuditEntryList, StaffSession } from '@mocharaka/core/contract';
import type { Query, StaffApi, WriteMethod } from '../../packages/console/src/api/staff-api.js';
import '../../packages/console/src/screens/consultations/consultation-editor.screen.js';
import '../../packages/console/src/screens/consultations/consultation-results.screen.js';
import '@mocharaka/consultation/mocharaka-consultation.js';
import { TEST_BOOTSTRAP_TOKEN } from '../support/bootstrap-token.mjs';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * The console's screens on the real reference server (through the test server's `/v1`
 * proxy), as the bootstrap administrator: a Bearer token, so no cookie has to cross the
 * proxy's origin. Sign-in and CSRF have their own end-to-end test.
 */
class BootstrapApi implements StaffApi {
  href(path: string, query?: Query): string {
    const search = new URLSearchParams(
      Object.entries(query ?? {})
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    );
    return `${path}${search.size ? `?${search}` : ''}`;
  }

  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
    return this.#request<T>('GET', this.href(path, query), undefined, signal);
  }

  send<T>(method: WriteMethod, path: string, body?: unknown): Promise<T> {
    return this.#request<T>(method, path, body);
  }

  async #request<T>(method: string, url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${TEST_BOOTSTRAP_TOKEN}` };
    if (method !== 'GET') headers['Idempotency-Key'] = newIdempotencyKey();
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    // As the console's own API does: staff read what they just changed, never a cached public answer.
    const response = await fetch(url, {
      method,
      headers,
      signal,
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 204) return undefined as T;
    const answer: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw ApiError.fromBody(response.status, answer);
    return answer as T;
  }
}

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

async function settle(el: Lit) {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

async function type(el: Lit, selector: string, value: string, event: 'input' | 'change' = 'input') {
  const box = $<HTMLInputElement>(el, selector);
  if (!box) throw new Error(`no ${selector}`);
  box.value = value;
  box.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
  await settle(el);
}

async function click(el: Lit, selector: string) {
  const target = $(el, selector);
  if (!target) throw new Error(`no ${selector} in ${el.tagName}: ${el.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 300)}`);
  target.click();
  await settle(el);
}

/** `datetime-local` text for an instant, in the browser's time zone. */
function local(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The server's own session answer where it has the staff routes; the bootstrap administrator's otherwise. */
async function bootstrapSession(api: StaffApi): Promise<StaffSession> {
  try {
    return await api.get<StaffSession>('/v1/admin/session');
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    return {
      account: { id: 'bootstrap', email: 'bootstrap@localhost', displayName: 'Bootstrap', role: 'admin' },
      via: 'bootstrap',
    } as StaffSession;
  }
}

/** The audit entries of one resource, or undefined on a server without the audit trail yet. */
async function auditOf(api: StaffApi, resourceId: string): Promise<AuditEntryList | undefined> {
  try {
    return await api.get<AuditEntryList>('/v1/admin/audit', { resourceType: 'consultation', resourceId });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

const clearStorage = () =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith('mocharaka:'))
    .forEach((key) => localStorage.removeItem(key));

describe('console: a consultation from the builder to published results, on the real server', function () {
  this.timeout(scaled(90_000));
  before(async () => {
    clearStorage();
    await (await import('@mocharaka/core')).useLocale('ar');
  });
  after(clearStorage);

  it('is built in the builder, opened, taken by a citizen, and its results published with a quoted answer', async () => {
    const api = new BootstrapApi();
    const session = await bootstrapSession(api);
    const id = `market-${Date.now().toString(36)}`;

    // The builder: texts in Arabic and French, a window that is open now, two questions.
    const editor = await fixture<Lit>(
      html`<console-consultation-editor .api=${api} .session=${session} .params=${{}}></console-consultation-editor>`,
    );
    await waitUntil(() => $(editor, 'form'), 'the builder is shown');
    await type(editor, '#f-id', id);
    await type(editor, '#f-title-ar', 'تشاور حول السوق الأسبوعي');
    await type(editor, '#f-title-fr', 'Consultation sur le souk hebdomadaire');
    await type(editor, '#f-introduction-ar', 'نريد رأيكم في السوق.');
    await type(editor, '#f-opensAt', local(new Date(Date.now() - 60 * 60 * 1000)));
    await type(editor, '#f-closesAt', local(new Date(Date.now() + 2 * 24 * 60 * 60 * 1000)));
    await type(editor, '#f-survey-sections-0-title-ar', 'السوق');
    await type(editor, '#f-survey-sections-0-questions-0-title-ar', 'هل تذهب إلى السوق؟');
    await type(editor, '#f-survey-sections-0-questions-0-options-0-label-ar', 'نعم');
    await type(editor, '#f-survey-sections-0-questions-0-options-1-label-ar', 'لا');
    await type(editor, '#f-survey-sections-0-new-kind', 'long_text', 'change');
    await click(editor, '#f-survey-sections-0-add-question');
    await type(editor, '#f-survey-sections-0-questions-1-title-ar', 'ما الذي يجب تحسينه؟');
    const navigated = new Promise<string>((resolve) =>
      editor.addEventListener('console-navigate', (event) => resolve((event as Event & { href: string }).href), { once: true }),
    );
    await click(editor, 'button[type=submit]');
    expect(await navigated).to.equal(`/console/consultations/${id}/edit`);
    const saved = await api.get<Consultation>(`/v1/consultations/${id}`);
    expect(saved.status).to.equal('open');
    expect(saved.title).to.deep.equal({ ar: 'تشاور حول السوق الأسبوعي', fr: 'Consultation sur le souk hebdomadaire' });
    expect(saved.survey.sections[0]!.questions.map((q) => q.kind)).to.deep.equal(['single', 'long_text']);
    editor.remove();

    // A citizen takes it in the public element, on the same server.
    const citizen = await fixture<Lit>(html`<mocharaka-consultation endpoint="/v1" consultation=${id} lang="ar"></mocharaka-consultation>`);
    await waitUntil(() => $(citizen, '#start'), 'the consultation is shown to the citizen', { timeout: 15_000 });
    await click(citizen, '#start');
    await click(citizen, '#q-q1-0');
    await type(citizen, '#q-q2', 'مزيد من الظل والمقاعد');
    await click(citizen, '#next');
    await waitUntil(() => $(citizen, '#submit'), 'the review is shown');
    await click(citizen, '#submit');
    await waitUntil(() => $(citizen, '#thanks'), 'the response is recorded', { timeout: 20_000 });
    citizen.remove();

    // Staff publish the results while it is still open (confirmed), and quote the answer.
    const overview = await fixture<Lit>(
      html`<console-consultation .api=${api} .session=${session} .params=${{ id }}></console-consultation>`,
    );
    await waitUntil(() => $(overview, '#publish'), 'the overview is shown', { timeout: 15_000 });
    expect(overview.shadowRoot!.textContent).to.contain('مزيد من الظل والمقاعد');
    await click(overview, '#publish');
    expect($(overview, '#publish-warning')).to.exist;
    await click(overview, '#publish-understood');
    await click(overview, '#publish-confirm');
    await waitUntil(() => $(overview, '#unpublish'), 'the results are published', { timeout: 15_000 });
    const quote = [...overview.shadowRoot!.querySelectorAll<HTMLInputElement>('section[aria-labelledby=texts-title] input[type=checkbox]')];
    expect(quote).to.have.length(1);
    quote[0]!.click();
    const results = async () => api.get<ConsultationResults>(`/v1/consultations/${id}/results`);
    await waitUntil(
      async () => (await results()).questions.find((q) => q.questionId === 'q2')?.texts?.length === 1,
      'the answer is quoted',
      { timeout: 15_000 },
    );
    const published = await results();
    expect(published.responseCount).to.equal(1);
    expect(published.questions.find((q) => q.questionId === 'q1')!.counts).to.deep.include({ key: 'o1', count: 1 });
    expect(published.questions.find((q) => q.questionId === 'q2')!.texts).to.deep.equal(['مزيد من الظل والمقاعد']);
    await expect(overview).to.be.accessible();

    // The audit trail lists the staff steps on this consultation, by the bootstrap administrator.
    // Until the server audits the admin writes (the audit route may exist before), there is nothing to check.
    const audit = await auditOf(api, id);
    if (audit?.items.length) {
      expect(audit.items.map((entry) => entry.action).reverse()).to.deep.equal(['create', 'results_publication', 'text_publication']);
      expect(audit.items.every((entry) => entry.actor.via === 'bootstrap')).to.equal(true);
    } else {
      console.warn('This server records no audit entry for consultations yet: the audit steps are not checked.');
    }
  });
});
