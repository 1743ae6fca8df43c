import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { ApiError, QUESTION_KINDS, type Consultation, type ConsultationInput, type QuestionKind } from '@mocharaka/core';
import '../src/screens/consultations/consultation-editor.screen.js';
import type { ConsoleConsultationEditor } from '../src/screens/consultations/consultation-editor.screen.js';
import { FakeStaffApi, inLocale, sessionAs } from './consultations-fake-api.js';

const DAY = 24 * 60 * 60 * 1000;

async function editor(api: FakeStaffApi, params: Record<string, string> = {}, role: Parameters<typeof sessionAs>[0] = 'editor') {
  const el = await fixture<ConsoleConsultationEditor>(
    html`<console-consultation-editor .api=${api} .session=${sessionAs(role)} .params=${params}></console-consultation-editor>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the editor shows its form');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** Types into a box and lets the screen render, as between two keystrokes of a person. */
async function type(el: ConsoleConsultationEditor, selector: string, value: string) {
  const box = $<HTMLInputElement>(el, selector);
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

function choose(el: Element, selector: string, value: string) {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function addQuestion(el: ConsoleConsultationEditor, kind: QuestionKind) {
  choose(el, '#f-survey-sections-0-new-kind', kind);
  $(el, '#f-survey-sections-0-add-question').click();
  await el.updateComplete;
}

const saved = (input: ConsultationInput): Consultation => ({
  ...(input as Consultation),
  status: 'upcoming',
  resultsPublished: false,
  responseCount: 0,
});

for (const locale of ['ar', 'fr'] as const) {
  describe(`consultation editor (${locale})`, () => {
    before(() => inLocale(locale));

    it('builds a survey with every question kind, and is accessible', async () => {
      const api = new FakeStaffApi({}, { 'POST /v1/admin/consultations': (body: unknown) => saved(body as ConsultationInput) });
      const el = await editor(api);
      await expect(el).to.be.accessible();
      for (const kind of QUESTION_KINDS) await addQuestion(el, kind);
      const questions = el.shadowRoot!.querySelectorAll('.question-card');
      expect(questions.length).to.equal(QUESTION_KINDS.length + 1);
      await expect(el).to.be.accessible();
    });

    it('shows the server’s field errors, each linked to its field', async () => {
      const api = new FakeStaffApi(
        {},
        {
          'POST /v1/admin/consultations': new ApiError(422, 'validation_failed', 'Some fields are invalid', {
            'title.ar': 'required',
            'survey.sections.0.questions.0.options.1.label.ar': 'required',
            closesAt: 'invalid_value',
          }),
        },
      );
      const el = await editor(api);
      await type(el, '#f-id', 'souk');
      $<HTMLButtonElement>(el, 'button[type=submit]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('#error-summary'), 'the error summary appears');
      await el.updateComplete;
      const summary = $(el, '#error-summary');
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('href'))).to.have.members([
        '#f-title-ar',
        '#f-survey-sections-0-questions-0-options-1-label-ar',
        '#f-closesAt',
      ]);
      expect($(el, '#f-title-ar').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#f-title-ar').getAttribute('aria-describedby')).to.contain('f-title-ar-error');
      links[1]!.click();
      expect(el.shadowRoot!.activeElement?.id).to.equal('f-survey-sections-0-questions-0-options-1-label-ar');
      await expect(el).to.be.accessible();
    });
  });
}

describe('consultation editor: what it sends', () => {
  before(() => inLocale('ar'));

  it('creates a consultation with a condition and profile questions, then moves to its edit screen', async () => {
    const api = new FakeStaffApi({}, { 'POST /v1/admin/consultations': (body: unknown) => saved(body as ConsultationInput) });
    const el = await editor(api);
    const navigations: string[] = [];
    el.addEventListener('console-navigate', (event) => navigations.push((event as Event & { href: string }).href));
    await type(el, '#f-id', 'souk-2027');
    await type(el, '#f-title-ar', 'تشاور السوق');
    await type(el, '#f-title-fr', 'Consultation du souk');
    await type(el, '#f-introduction-ar', 'نريد رأيكم');
    await type(el, '#f-survey-sections-0-title-ar', 'القسم الأول');
    await type(el, '#f-survey-sections-0-questions-0-title-ar', 'هل تذهب إلى السوق؟');
    await type(el, '#f-survey-sections-0-questions-0-options-0-label-ar', 'نعم');
    await type(el, '#f-survey-sections-0-questions-0-options-1-label-ar', 'لا');
    await addQuestion(el, 'text');
    await type(el, '#f-survey-sections-0-questions-1-title-ar', 'لماذا؟');
    choose(el, '#f-survey-sections-0-questions-1-showIf-question', 'q1');
    await el.updateComplete;
    const no = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('#f-survey-sections-0-questions-1-showIf input[type=checkbox]')][1]!;
    no.click();
    await el.updateComplete;
    const gender = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('#f-profile input[type=checkbox]')][0]!;
    gender.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await waitUntil(() => navigations.length === 1, 'the editor moves to the saved consultation');
    const body = api.sent[0]!.body as ConsultationInput;
    expect(body.id).to.equal('souk-2027');
    expect(body.title).to.deep.equal({ ar: 'تشاور السوق', fr: 'Consultation du souk' });
    expect(body.introduction).to.deep.equal({ ar: 'نريد رأيكم' });
    const [first, second] = body.survey.sections[0]!.questions;
    expect(first).to.deep.include({ id: 'q1', kind: 'single' });
    expect(second).to.deep.include({ id: 'q2', kind: 'text', showIf: { question: 'q1', anyOf: ['o2'] } });
    expect(second).not.to.have.property('help');
    expect(body.profile).to.deep.equal({ fields: ['gender'] });
    expect(Date.parse(body.closesAt) - Date.parse(body.opensAt)).to.equal(30 * DAY);
    expect(navigations[0]).to.equal('/console/consultations/souk-2027/edit');
  });

  it('moves a question with the keyboard, keeping focus on the moved question', async () => {
    const el = await editor(new FakeStaffApi());
    await addQuestion(el, 'scale');
    $(el, '#f-survey-sections-0-questions-1-up').click();
    await el.updateComplete;
    expect($(el, '#f-survey-sections-0-questions-0-kind').closest('li')!.querySelector('h4')!.textContent).to.match(/1/);
    expect(($(el, '#f-survey-sections-0-questions-0-kind') as HTMLSelectElement).value).to.equal('scale');
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-survey-sections-0-questions-0-down');
  });

  it('previews the draft in the citizens’ element, live', async () => {
    const el = await editor(new FakeStaffApi());
    await type(el, '#f-title-ar', 'عنوان المعاينة');
    await type(el, '#f-introduction-ar', 'مقدمة');
    await type(el, '#f-survey-sections-0-questions-0-title-ar', 'سؤال المعاينة');
    const preview = () => $(el, 'mocharaka-consultation');
    await waitUntil(() => preview()?.shadowRoot?.textContent?.includes('عنوان المعاينة'), 'the preview shows the new title', {
      timeout: 5000,
    });
  });

  it('loads a saved consultation for editing, its identifier fixed', async () => {
    const consultation = saved({
      id: 'souk',
      title: { ar: 'السوق', fr: 'Le souk' },
      introduction: { ar: 'مقدمة' },
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + DAY).toISOString(),
      survey: {
        sections: [
          {
            id: 's1',
            title: { ar: 'قسم' },
            questions: [{ id: 'grade', kind: 'scale', min: 1, max: 5, required: true, title: { ar: 'تقييم' } }],
          },
        ],
      },
    });
    const el = await editor(new FakeStaffApi({ '/v1/consultations/souk': { ...consultation, status: 'open', responseCount: 12 } }), {
      id: 'souk',
    });
    expect($<HTMLInputElement>(el, '#f-id').readOnly).to.equal(true);
    expect($<HTMLInputElement>(el, '#f-title-fr').value).to.equal('Le souk');
    expect($<HTMLSelectElement>(el, '#f-survey-sections-0-questions-0-kind').value).to.equal('scale');
    expect(el.shadowRoot!.querySelector('[role=note]')!.textContent).to.match(/12|١٢/);
    await expect(el).to.be.accessible();
  });

  it('refuses a new consultation whose identifier is taken, instead of replacing it', async () => {
    const api = new FakeStaffApi({ '/v1/consultations/souk': { id: 'souk' } }, { 'POST /v1/admin/consultations': () => ({}) });
    const el = await editor(api);
    await type(el, '#f-id', 'souk');
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#error-summary a'), 'the error summary names the identifier');
    expect($(el, '#error-summary a').getAttribute('href')).to.equal('#f-id');
    expect($(el, '#f-id').getAttribute('aria-invalid')).to.equal('true');
    expect(api.sent).to.have.length(0);
  });

  it('lets a viewer read but not save', async () => {
    const el = await editor(new FakeStaffApi(), {}, 'viewer');
    expect($<HTMLButtonElement>(el, 'button[type=submit]').disabled).to.equal(true);
  });
});
