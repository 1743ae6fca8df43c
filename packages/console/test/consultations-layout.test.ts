import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConsultationInput } from '@mocharaka/core';
import '../src/screens/consultations/consultation-editor.screen.js';
import type { ConsoleConsultationEditor } from '../src/screens/consultations/consultation-editor.screen.js';
import '../src/screens/charters/charter-editor.screen.js';
import '../src/screens/satisfaction/service.screen.js';
import '../src/screens/consultations/consultation-list.screen.js';
import '../src/screens/satisfaction/service-list.screen.js';
import { FakeStaffApi, inLocale, sessionAs } from './consultations-fake-api.js';

const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Nothing wider than the window: no sideways scrolling of the page at that width. */
function widestOverflow(el: Element, width: number): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter(
      (node) =>
        !node.closest('.table-wrap, pre') && (node.getBoundingClientRect().right > width + 1 || node.getBoundingClientRect().left < -1),
    )
    .map((node) => `${node.tagName.toLowerCase()}#${node.id}.${node.className}`);
}

describe('console screens at 360 px and 1280 px', () => {
  before(() => inLocale('ar'));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [360, 1280]) {
    it(`the consultation builder fits ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const el = await fixture(
        html`<console-consultation-editor
          .api=${new FakeStaffApi()}
          .session=${sessionAs('editor')}
          .params=${{}}
        ></console-consultation-editor>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('mocharaka-consultation'), 'the builder and its preview are shown');
      expect(widestOverflow(el, width)).to.deep.equal([]);
      const preview = el.shadowRoot!.querySelector('.preview')!.getBoundingClientRect();
      const form = el.shadowRoot!.querySelector('.editor')!.getBoundingClientRect();
      if (width === 1280) expect(preview.top).to.be.below(form.bottom, 'the preview sits beside the form');
      else expect(preview.top).to.be.at.least(form.bottom - 1, 'the preview comes after the form');
    });

    it(`the charter editor and a service fit ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const charter = await fixture(
        html`<console-charter-editor .api=${new FakeStaffApi()} .session=${sessionAs('editor')} .params=${{}}></console-charter-editor>`,
      );
      await waitUntil(() => charter.shadowRoot!.querySelector('form'));
      expect(widestOverflow(charter, width)).to.deep.equal([]);
      const api = new FakeStaffApi({
        '/v1/services/desk': { id: 'desk', name: { ar: 'الشباك' } },
        '/v1/services/desk/summary': { serviceId: 'desk', count: 0, mean: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
        '/v1/admin/services/desk/ratings': { items: [] },
      });
      const service = await fixture(
        html`<console-service .api=${api} .session=${sessionAs('moderator')} .params=${{ id: 'desk' }}></console-service>`,
      );
      await waitUntil(() => service.shadowRoot!.querySelector('#kiosk-id'));
      expect(widestOverflow(service, width)).to.deep.equal([]);
    });
  }
});

/** How far the page scrolls sideways, either way (a right-to-left page overflows to the left). */
function sidewaysScroll(): number {
  const page = document.scrollingElement!;
  scrollTo(-10_000, 0);
  const start = scrollX;
  scrollTo(10_000, 0);
  const end = scrollX;
  scrollTo(0, 0);
  return Math.max(page.scrollWidth - innerWidth, Math.abs(start), Math.abs(end));
}

for (const locale of ['ar', 'fr'] as const) {
  describe(`console lists on a 360 px phone (${locale})`, () => {
    before(async () => {
      await inLocale(locale);
      await setViewport({ width: 360, height: 740 });
    });
    after(() => setViewport({ width: 800, height: 600 }));

    // Their "Edit: <title>" labels are visually hidden (absolutely positioned) inside a table wider than the phone.
    it('the consultations and the services scroll their table, not the page', async () => {
      const api = new FakeStaffApi({
        '/v1/admin/consultations': {
          items: [
            {
              id: 'souk',
              title: { ar: 'تشاور حول تهيئة السوق الأسبوعي', fr: 'Consultation sur l’aménagement du souk hebdomadaire' },
              status: 'open',
              opensAt: '2026-11-01T09:00:00Z',
              closesAt: '2026-12-31T18:00:00Z',
              responseCount: 42,
              resultsPublished: false,
            },
          ],
        },
        '/v1/services': { items: [{ id: 'desk', name: { ar: 'شباك الحالة المدنية', fr: 'Guichet de l’état civil' } }] },
        '/v1/services/desk/summary': { serviceId: 'desk', count: 0, mean: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
      });
      for (const list of [
        html`<console-consultations .api=${api} .session=${sessionAs('editor')}></console-consultations>`,
        html`<console-services .api=${api} .session=${sessionAs('editor')}></console-services>`,
      ]) {
        const el = await fixture(list);
        await waitUntil(() => el.shadowRoot!.querySelector('table'), 'the list is shown');
        expect(sidewaysScroll()).to.equal(0, `${el.localName} keeps the page within the phone`);
        const table = el.shadowRoot!.querySelector('.table-wrap')!;
        expect(table.scrollWidth).to.be.above(table.clientWidth, 'the table scrolls inside its frame');
        await expect(el).to.be.accessible();
      }
    });
  });
}

describe('the consultation builder with the keyboard only', () => {
  before(async () => {
    await inLocale('fr');
    await setViewport({ width: 1280, height: 800 });
  });

  it('adds a question, writes it, moves it and saves, without a pointer', async () => {
    const api = new FakeStaffApi(
      {},
      { 'POST /v1/admin/consultations': (body: unknown) => ({ ...(body as object), status: 'upcoming', resultsPublished: false }) },
    );
    const el = await fixture<ConsoleConsultationEditor>(
      html`<console-consultation-editor .api=${api} .session=${sessionAs('editor')} .params=${{}}></console-consultation-editor>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('form'));
    el.shadowRoot!.querySelector<HTMLInputElement>('#f-id')!.focus();
    await sendKeys({ type: 'souk' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-title-ar');
    await sendKeys({ type: 'السوق' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('#f-survey-sections-0-add-question')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.id, 'focus goes to the new question').to.equal('f-survey-sections-0-questions-1-title-ar');
    await sendKeys({ type: 'سؤال ثان' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('#f-survey-sections-0-questions-1-up')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.id, 'focus follows the moved question').to.equal('f-survey-sections-0-questions-0-down');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => api.sent.length === 1, 'the form is sent with Enter');
    const body = api.sent[0]!.body as ConsultationInput;
    expect(body.id).to.equal('souk');
    expect(body.title.ar).to.equal('السوق');
    expect(body.survey.sections[0]!.questions.map((q) => q.title.ar)).to.deep.equal(['سؤال ثان', '']);
  });
});
