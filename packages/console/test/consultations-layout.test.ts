import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConsultationInput } from '@mocharaka/core';
import '../src/screens/consultations/consultation-editor.screen.js';
import type { ConsoleConsultationEditor } from '../src/screens/consultations/consultation-editor.screen.js';
import '../src/screens/charters/charter-editor.screen.js';
import '../src/screens/satisfaction/service.screen.js';
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
