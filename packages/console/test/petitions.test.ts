import { expect, html } from '../../../test/support/browser-testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { ApiError } from '@mocharaka/core';
import '../src/screens/petitions/petitions-list-screen.js';
import '../src/screens/petitions/petition-editor-screen.js';
import '../src/screens/petitions/petition-screen.js';
import type { PetitionEditorScreen } from '../src/screens/petitions/petition-editor-screen.js';
import type { PetitionScreen } from '../src/screens/petitions/petition-screen.js';
import type { PetitionsListScreen } from '../src/screens/petitions/petitions-list-screen.js';
import { ConsoleNavigateEvent } from '../src/shell/navigation.js';
import { FakeStaffApi, sessionOf } from './fake-api.js';
import { auditEntries, petition, settings, summaryOf } from './fixtures.js';
import { $, TEST_LOCALES, renderScreen, typeKeys, until, withLocale } from './helpers.js';

const deep = (root: Element, selector: string): HTMLElement => {
  const found = root.shadowRoot!.querySelector<HTMLElement>(selector);
  if (found) return found;
  for (const child of root.shadowRoot!.querySelectorAll('*')) {
    if (child.shadowRoot) {
      const inner = child.shadowRoot.querySelector<HTMLElement>(selector);
      if (inner) return inner;
    }
  }
  throw new Error(`No ${selector}`);
};

function petitionApi(current = petition(), paper = 20) {
  return new FakeStaffApi({
    // The list screen's; the screen of one petition reads its summary alone.
    'GET /v1/admin/petitions': () => ({ items: [summaryOf(current, paper)] }),
    [`GET /v1/admin/petitions/${current.id}`]: () => summaryOf(current, paper),
    [`GET /v1/petitions/${current.id}`]: () => current,
    'GET /v1/admin/settings': settings,
    'GET /v1/admin/audit': { items: auditEntries },
    [`POST /v1/admin/petitions/${current.id}/status`]: (body: unknown) => {
      current.status = (body as { status: typeof current.status }).status;
      current.statusHistory.push({ status: current.status, at: new Date().toISOString() });
      return current;
    },
    [`POST /v1/admin/petitions/${current.id}/paper-signatures`]: (body: unknown) => {
      current.signatureCount += (body as { count: number }).count;
      return { count: (body as { count: number }).count };
    },
    'POST /v1/admin/petitions': (body: unknown) => ({ ...petition(), ...(body as object) }),
  });
}

/** What `describeApiError` says of a 404, in each test language. */
const NOT_FOUND = {
  ar: 'تعذر العثور على هذا العنصر. ربما تم حذفه.',
  fr: 'Cet élément est introuvable. Il a peut-être été retiré.',
} as const;

/** The paths read with GET, in order. */
const reads = (api: FakeStaffApi) => api.calls.filter((call) => call.method === 'GET').map((call) => call.path);

/** The screen read petition `id`'s staff summary alone, never the whole (unpaginated) list. */
function expectOnePetitionRead(api: FakeStaffApi, id: string) {
  expect(reads(api)).to.include.members([`/v1/petitions/${id}`, `/v1/admin/petitions/${id}`]);
  expect(reads(api), 'the whole list of petitions read to show one').not.to.include('/v1/admin/petitions');
}

for (const locale of TEST_LOCALES) {
  describe(`petitions (${locale})`, () => {
    before(() => withLocale(locale));

    it('lists every petition with online and paper counts; editors get "New petition"', async () => {
      const api = petitionApi();
      const el = await renderScreen<PetitionsListScreen>(
        html`<console-petitions .api=${api} .session=${sessionOf('editor')}></console-petitions>`,
      );
      expect(el.shadowRoot!.querySelector('a[href="/console/petitions/new"]')).to.exist;
      expect(el.shadowRoot!.querySelector('tbody')!.textContent).to.include('150 (20)');
      await expect(el).to.be.accessible();
      const viewer = await renderScreen<PetitionsListScreen>(
        html`<console-petitions .api=${api} .session=${sessionOf('viewer')}></console-petitions>`,
      );
      expect(viewer.shadowRoot!.querySelector('a[href="/console/petitions/new"]')).to.not.exist;
    });

    it('creates a petition from the keyboard, Arabic and French side by side', async () => {
      const api = petitionApi();
      const el = await renderScreen<PetitionEditorScreen>(
        html`<console-petition-editor .api=${api} .session=${sessionOf('editor')}></console-petition-editor>`,
      );
      await expect(el).to.be.accessible();
      let navigated = '';
      el.addEventListener(ConsoleNavigateEvent.type, (event) => (navigated = (event as ConsoleNavigateEvent).href));
      const type = (selector: string, text: string) => typeKeys(el, selector, text);
      await type('#title-ar', 'إنارة الحي');
      await type('#title-fr', 'Éclairage du quartier');
      $(el, '#title-fr').dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      expect($<HTMLInputElement>(el, '#petition-id').value).to.equal('eclairage-du-quartier');
      await type('#body-ar', 'نص العريضة');
      await type('#demand-0-ar', 'المطلب الأول');
      $(el, '#add-demand').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('demand-1-ar');
      await sendKeys({ type: 'المطلب الثاني' });
      await type('#agent', 'Fatima Zahra');
      await type('#threshold', '١ ٥٠٠');
      // Date inputs take typed digits in the browser's own order; the day is set as a date picker would.
      for (const [id, day] of [
        ['#opens', '2026-12-01'],
        ['#closes', '2027-01-31'],
      ]) {
        $<HTMLInputElement>(el, id).value = day;
      }
      $(el, 'button[type="submit"]').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => navigated, 'navigation after saving');
      const sent = api.calls.find((call) => call.method === 'POST')!.body as Record<string, unknown>;
      expect(sent.id).to.equal('eclairage-du-quartier');
      expect(sent.title).to.deep.equal({ ar: 'إنارة الحي', fr: 'Éclairage du quartier' });
      expect(sent.demands).to.deep.equal([{ ar: 'المطلب الأول' }, { ar: 'المطلب الثاني' }]);
      expect(sent.threshold).to.equal(1500, 'a threshold typed on an Arabic keyboard');
      expect(navigated).to.equal('/console/petitions/eclairage-du-quartier?saved=1');
    });

    it('lists every problem before sending, each linked to its field', async () => {
      const api = petitionApi();
      const el = await renderScreen<PetitionEditorScreen>(
        html`<console-petition-editor .api=${api} .session=${sessionOf('editor')}></console-petition-editor>`,
      );
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await el.updateComplete;
      const summary = $(el, '#error-summary');
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(links).to.include.members(['#petition-id', '#title-ar', '#body-ar', '#demand-0-ar', '#agent', '#opens', '#closes']);
      expect(api.calls.some((call) => call.method === 'POST')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows a refusal of the server next to the field it names', async () => {
      const api = new FakeStaffApi({
        'GET /v1/admin/settings': settings,
        'GET /v1/petitions/lighting': petition(),
        'POST /v1/admin/petitions': () => {
          throw new ApiError(422, 'validation_failed', 'bad', { closesAt: 'invalid_value' });
        },
      });
      const el = await renderScreen<PetitionEditorScreen>(
        html`<console-petition-editor .api=${api} .session=${sessionOf('editor')} .params=${{ id: 'lighting' }}></console-petition-editor>`,
      );
      expect($<HTMLInputElement>(el, '#petition-id').readOnly).to.equal(true);
      expect($<HTMLInputElement>(el, '#threshold').value).to.equal('');
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await until(() => el.shadowRoot!.querySelector('#error-summary a[href="#closes"]'), 'the server’s refusal');
      const sent = api.calls.find((call) => call.method === 'POST')!.body;
      expect(sent, 'the legal threshold is left to the server').to.not.have.property('threshold');
      await expect(el).to.be.accessible();
    });

    it('asks for an explicit confirmation to deposit below the threshold, then records it', async () => {
      const api = petitionApi();
      const el = await renderScreen<PetitionScreen>(
        html`<console-petition .api=${api} .session=${sessionOf('petitions-officer')} .params=${{ id: 'lighting' }}></console-petition>`,
      );
      await until(() => el.shadowRoot!.querySelector('console-audit-trail')?.shadowRoot?.querySelector('tbody'), 'the audit trail');
      expect(el.shadowRoot!.textContent).to.include(locale === 'ar' ? '130 إلكترونيا' : '130 en ligne');
      const print = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[target="_blank"]')!;
      expect(print.getAttribute('href')).to.equal(`/v1/admin/petitions/lighting/signatures.html?lang=${locale}`);
      expectOnePetitionRead(api, 'lighting');
      await expect(el).to.be.accessible();
      const form = el.shadowRoot!.querySelector('console-petition-status-form')!;
      deep(el, 'form button[type="submit"]').click();
      await until(() => form.shadowRoot!.querySelector('#error-summary a[href="#below-threshold"]'), 'the confirmation request');
      await expect(el).to.be.accessible();
      (form.shadowRoot!.querySelector('#below-threshold') as HTMLInputElement).click();
      (form.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await until(() => el.shadowRoot!.querySelector('.notice.success'), 'the announcement');
      expect(api.calls.find((call) => call.path.endsWith('/status'))!.body).to.deep.equal({ status: 'deposited', force: true });
      await until(
        () => !el.shadowRoot!.querySelector('console-petition-status-form')?.shadowRoot?.querySelector('input[value="deposited"]'),
      );
      await expect(el).to.be.accessible();
    });

    it('records paper signatures and refuses a count that is not a whole number', async () => {
      const api = petitionApi();
      const el = await renderScreen<PetitionScreen>(
        html`<console-petition .api=${api} .session=${sessionOf('petitions-officer')} .params=${{ id: 'lighting' }}></console-petition>`,
      );
      const form = el.shadowRoot!.querySelector('console-paper-signatures-form')!;
      const count = form.shadowRoot!.querySelector<HTMLInputElement>('#count')!;
      count.value = '12.5';
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => form.shadowRoot!.querySelector('#error-summary'));
      await expect(form).to.be.accessible();
      await typeKeys(form, '#count', '٦٠');
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => el.shadowRoot!.querySelector('.notice.success')?.textContent?.includes('60'), 'the announcement');
      expect(api.calls.find((call) => call.path.endsWith('/paper-signatures'))!.body).to.deep.equal({ count: 60 });
    });

    it('shows no signature list or status form to a viewer', async () => {
      const api = petitionApi();
      const el = await renderScreen<PetitionScreen>(
        html`<console-petition .api=${api} .session=${sessionOf('viewer')} .params=${{ id: 'lighting' }}></console-petition>`,
      );
      expect(el.shadowRoot!.querySelector('console-petition-status-form')).to.not.exist;
      expect(el.shadowRoot!.querySelector('a[href*="signatures.csv"]')).to.not.exist;
      expectOnePetitionRead(api, 'lighting');
      await expect(el).to.be.accessible();
    });

    it('shows the exact counts of the staff summary beside the public texts', async () => {
      const api = petitionApi(petition(), 35);
      const el = await renderScreen<PetitionScreen>(
        html`<console-petition .api=${api} .session=${sessionOf('viewer')} .params=${{ id: 'lighting' }}></console-petition>`,
      );
      const text = el.shadowRoot!.textContent!;
      expect(text).to.include(locale === 'ar' ? '115 إلكترونيا' : '115 en ligne');
      expect(text).to.include(petition().agent.name);
      expectOnePetitionRead(api, 'lighting');
      await expect(el).to.be.accessible();
    });

    it('says in the user’s language that a petition does not exist, with no retry', async () => {
      const api = petitionApi();
      const el = await renderScreen<PetitionScreen>(
        html`<console-petition .api=${api} .session=${sessionOf('editor')} .params=${{ id: 'no-such-petition' }}></console-petition>`,
      );
      const alert = $(el, '[role=alert]');
      expect(alert.textContent!.trim()).to.equal(NOT_FOUND[locale]);
      expect(alert.querySelector('button'), 'a retry that cannot help').to.equal(null);
      expect(el.shadowRoot!.querySelector('console-petition-status-form')).to.not.exist;
      expectOnePetitionRead(api, 'no-such-petition');
      await expect(el).to.be.accessible();
    });
  });
}
