import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { ApiError } from '@mocharaka/core';
import '../src/screens/charters/charter-list.screen.js';
import '../src/screens/charters/charter-editor.screen.js';
import '../src/screens/meetings/meeting-editor.screen.js';
import { FakeStaffApi, inLocale, sessionAs } from './consultations-fake-api.js';
import { CHARTER } from './fixtures.js';

const OUTAGE = () => new ApiError(503, 'unavailable', 'Down for maintenance');
const GONE = () => new ApiError(404, 'not_found', 'Not found');
const FORBIDDEN = () => new ApiError(403, 'forbidden', 'Not allowed');

/** Answers `failures` in turn, then `answer`. */
function failingThen(failures: ApiError[], answer: unknown) {
  return () => failures.shift() ?? answer;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const alert = (el: Element) => $(el, '[role=alert]');
const editCharter = (api: FakeStaffApi) =>
  fixture(
    html`<console-charter-editor .api=${api} .session=${sessionAs('editor')} .params=${{ id: 'participation' }}></console-charter-editor>`,
  );

for (const locale of ['ar', 'fr'] as const) {
  describe(`a screen whose data cannot load (${locale})`, () => {
    before(() => inLocale(locale));

    it('the charter editor offers “Try again” during an outage, and the retry shows the form', async () => {
      const api = new FakeStaffApi({ '/v1/charters/participation': failingThen([OUTAGE()], CHARTER) });
      const el = await editCharter(api);
      await waitUntil(() => alert(el), 'the outage is not said');
      expect($(el, 'form'), 'a form to save over a charter that was not read').to.equal(null);
      await expect(el).to.be.accessible();
      alert(el)!.querySelector('button')!.click();
      await waitUntil(() => $(el, 'form'), 'the retry did not show the form');
      expect(api.reads.filter((path) => path === '/v1/charters/participation')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('the charter editor says a charter that is gone, with no retry that cannot help', async () => {
      const api = new FakeStaffApi({ '/v1/charters/participation': GONE });
      const el = await editCharter(api);
      await waitUntil(() => alert(el), 'the missing charter is not said');
      expect(alert(el)!.querySelector('button')).to.equal(null);
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('the meeting editor shows no form when the meeting cannot be read: a retry during an outage, none once it is gone', async () => {
      const api = new FakeStaffApi({ '/v1/admin/meetings/council-2026-12': failingThen([OUTAGE()], GONE()) });
      const el = await fixture(
        html`<console-meeting-editor .api=${api} .session=${sessionAs('editor')} .params=${{ id: 'council-2026-12' }}></console-meeting-editor>`,
      );
      await waitUntil(() => alert(el), 'the outage is not said');
      expect($(el, 'form'), 'an empty form whose save would overwrite the meeting').to.equal(null);
      await expect(el).to.be.accessible();
      alert(el)!.querySelector('button')!.click();
      await waitUntil(() => api.reads.length === 2 && alert(el) && !alert(el)!.querySelector('button'), 'the retry did not read again');
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('a list refused to the role says so without a retry; after an outage the retry shows the list', async () => {
      const refused = await fixture(
        html`<console-charters .api=${new FakeStaffApi({ '/v1/admin/charters': FORBIDDEN })} .session=${sessionAs('viewer')}></console-charters>`,
      );
      await waitUntil(() => alert(refused), 'the refusal is not said');
      expect(alert(refused)!.querySelector('button')).to.equal(null);
      await expect(refused).to.be.accessible();

      const list = {
        items: [{ id: 'participation', title: CHARTER.title, status: 'draft', version: 1, adhesionCount: 0, hiddenAdhesionCount: 0 }],
      };
      const api = new FakeStaffApi({ '/v1/admin/charters': failingThen([OUTAGE()], list) });
      const el = await fixture(html`<console-charters .api=${api} .session=${sessionAs('editor')}></console-charters>`);
      await waitUntil(() => alert(el)?.querySelector('button'), 'no retry after an outage');
      alert(el)!.querySelector('button')!.click();
      await waitUntil(() => $(el, 'table'), 'the retry did not show the list');
      await expect(el).to.be.accessible();
    });
  });
}
