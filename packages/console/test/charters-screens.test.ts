import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { ApiError, type AdminAdhesion, type Charter, type CharterInput } from '@mocharaka/core';
import '../src/screens/charters/charter-list.screen.js';
import '../src/screens/charters/charter-editor.screen.js';
import '../src/screens/charters/charter.screen.js';
import { FakeStaffApi, inLocale, sessionAs } from './consultations-fake-api.js';
import { CHARTER } from './fixtures.js';

const ADHESION: AdminAdhesion = {
  reference: 'ADH-0001-0002-0003',
  kind: 'association',
  name: 'جمعية الأمل',
  contact: '0600000000',
  registrationNumber: '12/2020',
  city: 'Taroudant',
  hidden: false,
  adheredAt: '2026-11-20T10:00:00Z',
};

function api() {
  const state = { charter: structuredClone(CHARTER), hidden: false };
  return new FakeStaffApi(
    {
      '/v1/admin/charters': {
        items: [{ id: 'participation', title: CHARTER.title, status: 'draft', version: 1, adhesionCount: 1, hiddenAdhesionCount: 0 }],
      },
      '/v1/charters/participation': () => state.charter,
      '/v1/admin/charters/participation/adhesions': () => ({ items: [{ ...ADHESION, hidden: state.hidden }] }),
    },
    {
      'POST /v1/admin/charters/participation/status': (body: unknown) => {
        const input = body as { status: Charter['status']; adoption?: Charter['adoption'] };
        state.charter = { ...state.charter, status: input.status, ...(input.adoption ? { adoption: input.adoption } : {}) };
        return state.charter;
      },
      'POST /v1/admin/charter-adhesions/ADH-0001-0002-0003/hide': () => ((state.hidden = true), { ...ADHESION, hidden: true }),
      'POST /v1/admin/charters': (body: unknown) => ({ ...CHARTER, id: (body as CharterInput).id }),
    },
  );
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

async function type(el: Lit, selector: string, value: string, event = 'input') {
  const box = $<HTMLInputElement>(el, selector)!;
  box.value = value;
  box.dispatchEvent(new Event(event, { bubbles: true }));
  await el.updateComplete;
}

for (const locale of ['ar', 'fr'] as const) {
  describe(`charter screens (${locale})`, () => {
    before(() => inLocale(locale));

    it('lists the charters', async () => {
      const el = await fixture(html`<console-charters .api=${api()} .session=${sessionAs('editor')}></console-charters>`);
      await waitUntil(() => $(el, 'table'), 'the list is shown');
      expect($(el, 'tbody a')!.getAttribute('href')).to.equal('/console/charters/participation');
      await expect(el).to.be.accessible();
    });

    it('writes a new charter article by article, with the server’s errors linked', async () => {
      const fake = api();
      fake.writes['POST /v1/admin/charters'] = new ApiError(422, 'validation_failed', 'Some fields are invalid', {
        'document.parts.0.articles.1.blocks.0.items.0.ar': 'required',
      });
      const el = await fixture<Lit>(html`<console-charter-editor .api=${fake} .session=${sessionAs('editor')}></console-charter-editor>`);
      await waitUntil(() => $(el, 'form'), 'the form is shown');
      await type(el, '#f-id', 'participation');
      await type(el, '#f-title-ar', 'ميثاق');
      await type(el, '#f-document-parts-0-title-ar', 'الديباجة');
      await type(el, '#f-document-parts-0-articles-0-blocks-0-text-ar', 'نص المادة الأولى');
      $(el, '#f-document-parts-0-articles-add')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('f-document-parts-0-articles-1-number');
      expect($<HTMLInputElement>(el, '#f-document-parts-0-articles-1-number')!.value).to.equal('2');
      await type(el, '#f-document-parts-0-articles-1-blocks-0-type', 'commitments', 'change');
      await type(el, '#f-document-parts-0-articles-1-blocks-0-party', 'associations', 'change');
      $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
      await waitUntil(() => $(el, '#error-summary a'), 'the error summary is shown');
      expect($(el, '#error-summary a')!.getAttribute('href')).to.equal('#f-document-parts-0-articles-1-blocks-0-items-0-ar');
      const body = fake.sent[0]!.body as CharterInput;
      expect(body.id).to.equal('participation');
      expect(body.document.parts[0]!.articles![1]).to.deep.include({ id: 'article-2', number: 2 });
      expect(body.document.parts[0]!.articles![1]!.blocks[0]).to.deep.include({ type: 'commitments', party: 'associations' });
      expect(body).not.to.have.property('summary');
      await expect(el).to.be.accessible();
    });

    it('records the adoption with its council session, and hides an adhesion', async () => {
      const fake = api();
      const el = await fixture<Lit>(
        html`<console-charter .api=${fake} .session=${sessionAs('admin')} .params=${{ id: 'participation' }}></console-charter>`,
      );
      await waitUntil(() => $(el, '#f-status') && $(el, 'table'), 'the charter and its adhesions are shown');
      await expect(el).to.be.accessible();
      await type(el, '#f-status', 'adopted', 'change');
      await type(el, '#f-adoption-date', '2027-02-04');
      await type(el, '#f-adoption-session-ar', 'الدورة العادية لشهر فبراير');
      await type(el, '#f-adoption-session-fr', 'Session ordinaire de février');
      $<HTMLButtonElement>(el, 'section[aria-labelledby=status-title] button[type=submit]')!.click();
      await waitUntil(() => $(el, '#status-notice'), 'the status is saved');
      expect(fake.sent[0]!.body).to.deep.equal({
        status: 'adopted',
        adoption: { date: '2027-02-04', session: { ar: 'الدورة العادية لشهر فبراير', fr: 'Session ordinaire de février' } },
      });
      $(el, '#adhesion-ADH-0001-0002-0003')!.click();
      await waitUntil(() => $(el, 'tbody .badge'), 'the adhesion is hidden');
      expect(fake.sent[1]!.path).to.equal('/v1/admin/charter-adhesions/ADH-0001-0002-0003/hide');
      expect($(el, 'a[download]')!.getAttribute('href')).to.equal('/v1/admin/charters/participation/adhesions.csv');
      await expect(el).to.be.accessible();
    });
  });
}
