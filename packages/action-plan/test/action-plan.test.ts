import { expect, fixture, html, oneEvent, waitUntil } from '../../../test/support/browser-testing.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ApiError, type ActionPlan, type ActionPlanBackend, type ProjectCommentInput } from '@mocharaka/core';
import '../src/mocharaka-action-plan.js';
import type { MocharakaActionPlan } from '../src/action-plan.element.js';
import type { MocharakaActionPlanCommentedEvent } from '../src/action-plan.events.js';
import { COMMENTS, PLAN } from './fixtures.js';

const OUTBOX_KEY = 'mocharaka:outbox:action-plan:custom';

function fakeBackend(plan: ActionPlan = PLAN, overrides: Partial<ActionPlanBackend> = {}) {
  const calls: { planId: string; projectId: string; comment: ProjectCommentInput; idempotencyKey: string }[] = [];
  const backend: ActionPlanBackend = {
    listActionPlans: async () => [plan],
    getActionPlan: async () => plan,
    listProjectComments: async (_plan, projectId) => (projectId === '1-2' ? COMMENTS : []),
    commentOnProject: async (planId, projectId, comment, { idempotencyKey }) => {
      calls.push({ planId, projectId, comment, idempotencyKey });
      return { receipt: { reference: `COM-BEEF-000${calls.length}`, status: 'pending', submittedAt: new Date().toISOString() } };
    },
    ...overrides,
  };
  return { backend, calls };
}

async function renderPlan(lang: 'ar' | 'fr', backend: ActionPlanBackend, attributes: { view?: string } = {}) {
  const element = await fixture<MocharakaActionPlan>(
    html`<mocharaka-action-plan lang=${lang} plan="taroudant-2022-2027" view=${attributes.view ?? 'all'} .backend=${backend}></mocharaka-action-plan>`,
  );
  await element.localeLoaded();
  await waitUntil(() => element.shadowRoot!.querySelector('#plan-title, [role=alert]'), 'the programme never appeared');
  return element;
}

const $ = <E extends Element = HTMLElement>(element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<E>(selector)!;
const $$ = (element: HTMLElement, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)];
const text = (element: Element | HTMLElement) => ((element as HTMLElement).shadowRoot ?? element).textContent!.replace(/\s+/g, ' ');

async function type(element: MocharakaActionPlan, selector: string, value: string) {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
}

async function choose(element: MocharakaActionPlan, selector: string, value: string) {
  const select = $<HTMLSelectElement>(element, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

async function openProject(element: MocharakaActionPlan, projectId: string) {
  $<HTMLButtonElement>(element, `[aria-controls="project-${projectId}-details"]`).click();
  await element.updateComplete;
  await waitUntil(() => !$(element, `#project-${projectId}-details [aria-busy]`), 'the comments never loaded');
}

beforeEach(() => localStorage.removeItem(OUTBOX_KEY));

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-action-plan> (${lang})`, () => {
    it('shows the summary tables, the projects and the charter follow-up, accessibly', async () => {
      const element = await renderPlan(lang, fakeBackend().backend);
      expect($(element, '#plan-title').textContent).to.contain(lang === 'ar' ? 'برنامج عمل' : 'Programme d’action');
      expect(getComputedStyle($(element, '[part=base]')).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const statusRows = $$(element, '#by-status tbody tr');
      expect(statusRows).to.have.length(5);
      expect(text(statusRows[1]!)).to.contain(lang === 'ar' ? 'في طور الإنجاز' : 'En cours');
      expect(text($(element, '#by-axis tfoot'))).to.match(/14[^0-9]{0,3}%/);
      expect($$(element, '.project-list > li')).to.have.length(3);
      expect(text($(element, '[part=charter]'))).to.contain(lang === 'ar' ? 'التزامات الجماعة' : 'Engagements de la commune');
      expect(text($(element, '[part=charter]'))).to.contain(lang === 'ar' ? 'تقرير التقييم نصف السنوي' : 'Rapport semestriel');
      await expect(element).to.be.accessible();
    });

    it('searches and filters the projects, announcing how many match, and says when none does', async () => {
      const element = await renderPlan(lang, fakeBackend().backend);
      await type(element, '#search', 'حديقه');
      expect($$(element, '.project-list > li')).to.have.length(1);
      expect($(element, '#count').getAttribute('role')).to.equal('status');
      await type(element, '#search', '');
      await choose(element, '#axis', '1');
      expect($$(element, '.project-list > li')).to.have.length(2);
      await choose(element, '#status', 'delayed');
      expect($$(element, '.project-list > li')).to.have.length(1);
      await choose(element, '#neighbourhood', 'باب الزرقان');
      expect($(element, '#no-match')).to.exist;
      await expect(element).to.be.accessible();
    });

    it('opens a project: its updates, its published comments with the commune’s answer, and a comment form; a comment gets a receipt', async () => {
      const { backend, calls } = fakeBackend();
      const element = await renderPlan(lang, backend);
      await openProject(element, '1-2');
      const details = $(element, '#project-1-2-details');
      expect(text(details)).to.contain(lang === 'ar' ? 'بدأ غرس الأشجار' : 'La plantation a commencé');
      expect(text(details)).to.contain('نرجو تخصيص كراسي مظللة للمسنين');
      expect(text(details)).to.contain(lang === 'ar' ? 'أضيفت عشرة كراسي' : 'Dix bancs');
      await expect(element).to.be.accessible();

      $<HTMLButtonElement>(element, '[part=submit]').click();
      await waitUntil(() => element.shadowRoot!.activeElement?.id === 'error-summary', 'the error summary did not take focus');
      expect($$(element, '#error-summary a')).to.have.length(1);
      await expect(element).to.be.accessible();

      await type(element, '#comment-1-2-text', 'أقترح إضافة سقاية للشرب في الحديقة');
      await type(element, '#comment-1-2-contact', 'amina@example.ma');
      const commented = oneEvent(element, 'mocharaka-action-plan-commented') as Promise<MocharakaActionPlanCommentedEvent>;
      $<HTMLButtonElement>(element, '[part=submit]').click();
      const event = await commented;
      expect(event.detail).to.include({ planId: PLAN.id, projectId: '1-2', reference: 'COM-BEEF-0001' });
      await waitUntil(() => element.shadowRoot!.activeElement?.id === 'comment-1-2-receipt', 'the receipt did not take focus');
      expect(text($(element, '[part=receipt]'))).to.contain('COM-BEEF-0001');
      expect(calls[0]!.comment).to.deep.equal({ text: 'أقترح إضافة سقاية للشرب في الحديقة', contact: 'amina@example.ma' });
      await expect(element).to.be.accessible();
    });

    it('keeps a comment made offline in the outbox and sends it once when asked', async () => {
      let online = false;
      const { backend, calls } = fakeBackend(PLAN, {});
      const send = backend.commentOnProject.bind(backend);
      backend.commentOnProject = async (...args) => {
        if (!online) throw new ApiError(503, 'server_error', 'down');
        return send(...args);
      };
      const element = await renderPlan(lang, backend);
      await openProject(element, '1-3');
      await type(element, '#comment-1-3-text', 'الأشجار تحتاج إلى سقي منتظم');
      $<HTMLButtonElement>(element, '[part=submit]').click();
      await waitUntil(() => $(element, '#comment-1-3-queued'), 'the comment was not queued');
      await expect(element).to.be.accessible();
      online = true;
      $<HTMLButtonElement>(element, '#comment-1-3-queued button').click();
      await waitUntil(() => $(element, '#comment-1-3-receipt'), 'the queued comment was not sent');
      expect(calls).to.have.length(1);
    });

    it('is used with the keyboard alone and fits a 360 px screen', async () => {
      await setViewport({ width: 360, height: 800 });
      const element = await renderPlan(lang, fakeBackend().backend);
      const toggle = $<HTMLButtonElement>(element, '[aria-controls="project-1-3-details"]');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => $(element, '#comment-1-3-text'), 'the form did not open');
      $<HTMLTextAreaElement>(element, '#comment-1-3-text').focus();
      await sendKeys({ type: 'تعليق من لوحة المفاتيح فقط' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal($(element, '[part=submit]'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(element, '#comment-1-3-receipt'), 'the keyboard did not send the comment');
      expect(element.scrollWidth).to.be.at.most(360);
      await setViewport({ width: 800, height: 600 });
    });

    it('says when a project’s comments cannot load: “Try again” after an outage loads them, none for a project that is gone', async () => {
      let outage = true;
      const { backend } = fakeBackend(PLAN, {
        listProjectComments: async (_plan, projectId) => {
          if (projectId === '1-3') throw new ApiError(404, 'not_found', 'Project not found');
          if (projectId === '2-2' && outage) throw new ApiError(503, 'unavailable', 'Down for maintenance');
          return projectId === '1-2' ? COMMENTS : [];
        },
      });
      const element = await renderPlan(lang, backend);
      await openProject(element, '1-2'); // the comments' view is downloaded from here on
      await openProject(element, '1-3');
      const gone = $(element, '#project-1-3-details [role=alert]');
      expect(gone, 'no failure said for a project that is gone').to.exist;
      expect(gone.querySelector('button'), 'a retry that cannot help').to.not.exist;
      await expect(element).to.be.accessible();

      await openProject(element, '2-2');
      const down = $(element, '#project-2-2-details [role=alert]');
      expect(down, 'no failure said during an outage').to.exist;
      await expect(element).to.be.accessible();
      outage = false;
      down.querySelector('button')!.click();
      await waitUntil(() => !$(element, '#project-2-2-details [role=alert]'), 'the retry did not load the comments');
      expect(text($(element, '#project-2-2-details'))).to.contain(lang === 'ar' ? 'لم ينشر أي تعليق' : 'Aucun commentaire');
    });

    it('shows only the charter follow-up with view="charter", and the empty and failed states', async () => {
      const element = await renderPlan(lang, fakeBackend().backend, { view: 'charter' });
      expect($(element, '[part=summary]')).to.not.exist;
      expect($(element, '[part=charter]')).to.exist;
      await expect(element).to.be.accessible();

      const empty = await renderPlan(lang, fakeBackend({ ...PLAN, projects: [], totals: { ...PLAN.totals, projects: 0 } }).backend, {
        view: 'programme',
      });
      expect($(empty, '#empty')).to.exist;
      expect($(empty, '[part=charter]')).to.not.exist;
      await expect(empty).to.be.accessible();

      const failing = await renderPlan(
        lang,
        fakeBackend(PLAN, { getActionPlan: async () => Promise.reject(new ApiError(404, 'not_found', 'Action programme not found')) })
          .backend,
      );
      expect($(failing, '[role=alert]')).to.exist;
      await expect(failing).to.be.accessible();
    });
  });
}

describe('<mocharaka-action-plan> set up like React or Vue do', () => {
  it('renders once the plan and backend properties are set after creation, and explains a missing plan', async () => {
    const element = document.createElement('mocharaka-action-plan');
    element.setAttribute('lang', 'fr');
    document.body.append(element);
    await element.updateComplete;
    await waitUntil(() => $(element, '[part=config-error]'), 'no configuration error for a missing plan');
    element.backend = fakeBackend().backend;
    element.plan = 'taroudant-2022-2027';
    await waitUntil(() => $(element, '#plan-title'), 'the programme never appeared');
    expect(element.getAttribute('plan')).to.equal('taroudant-2022-2027');
    element.remove();
  });
});
