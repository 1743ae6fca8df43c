import { expect, html } from '../../../test/support/browser-testing.js';
import '../src/screens/audit/audit-screen.js';
import '../src/screens/settings/settings-screen.js';
import '../src/screens/embed/embed-screen.js';
import type { AuditScreen } from '../src/screens/audit/audit-screen.js';
import type { SettingsScreen } from '../src/screens/settings/settings-screen.js';
import type { EmbedScreen } from '../src/screens/embed/embed-screen.js';
import { FakeStaffApi, sessionOf } from './fake-api.js';
import { auditEntries, dashboard, petition, settings, summaryOf } from './fixtures.js';
import { $, TEST_LOCALES, renderScreen, typeKeys, until, withLocale } from './helpers.js';

for (const locale of TEST_LOCALES) {
  describe(`audit trail (${locale})`, () => {
    before(() => withLocale(locale));

    it('lists who did what, filters, pages and exports the same filter', async () => {
      const api = new FakeStaffApi({
        'GET /v1/admin/audit': (_body: unknown, query: Record<string, unknown> | undefined) =>
          query?.cursor ? { items: [{ ...auditEntries[1], id: '0', resourceId: 'older' }] } : { items: auditEntries, nextCursor: '1' },
      });
      const el = await renderScreen<AuditScreen>(html`<console-audit .api=${api} .session=${sessionOf('viewer')}></console-audit>`);
      const trail = el.shadowRoot!.querySelector('console-audit-trail')!;
      expect(trail.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
      expect(trail.shadowRoot!.querySelector('tbody')!.textContent).to.include('Old Officer');
      await expect(el).to.be.accessible();
      $<HTMLSelectElement>(el, '#resourceType').value = 'petition';
      $<HTMLInputElement>(el, '#resourceId').value = 'lighting';
      $<HTMLSelectElement>(el, '#action').value = 'status_change';
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await until(() => api.calls.at(-1)!.query?.resourceId === 'lighting', 'the filtered load');
      expect(api.calls.at(-1)!.query).to.deep.equal({ resourceType: 'petition', resourceId: 'lighting', action: 'status_change' });
      await until(() => trail.shadowRoot!.querySelector('a[download]')?.getAttribute('href')?.includes('resourceId=lighting'));
      await until(() => trail.shadowRoot!.querySelector('tbody'));
      trail.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      await until(() => trail.shadowRoot!.querySelectorAll('tbody tr').length === 3, 'older entries');
      await expect(el).to.be.accessible();
    });
  });

  describe(`settings (${locale})`, () => {
    before(() => withLocale(locale));

    it('saves the commune settings and refuses an origin with a path', async () => {
      const api = new FakeStaffApi({
        'GET /v1/admin/settings': settings,
        'PUT /v1/admin/settings': (body: unknown) => ({ ...settings, ...(body as object) }),
      });
      const el = await renderScreen<SettingsScreen>(html`<console-settings .api=${api} .session=${sessionOf('admin')}></console-settings>`);
      await expect(el).to.be.accessible();
      $<HTMLTextAreaElement>(el, '#origins').value = 'https://www.taroudant.ma\nhttps://news.taroudant.ma/page';
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await until(() => el.shadowRoot!.querySelector('#error-summary a[href="#origins"]'));
      await expect(el).to.be.accessible();
      $<HTMLTextAreaElement>(el, '#origins').value = 'https://www.taroudant.ma\nHTTPS://News.Taroudant.ma/';
      $<HTMLInputElement>(el, '#category-with_arrondissements').click();
      await typeKeys(el, '#retention', '٣٦٥');
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await until(() => api.calls.some((call) => call.method === 'PUT'));
      expect(api.calls.find((call) => call.method === 'PUT')!.body).to.deep.equal({
        name: settings.name,
        populationCategory: 'with_arrondissements',
        embeddingOrigins: ['https://www.taroudant.ma', 'https://news.taroudant.ma'],
        retentionDays: 365,
      });
    });

    it('is read-only for other roles', async () => {
      const api = new FakeStaffApi({ 'GET /v1/admin/settings': settings });
      const el = await renderScreen<SettingsScreen>(
        html`<console-settings .api=${api} .session=${sessionOf('editor')}></console-settings>`,
      );
      expect($<HTMLFieldSetElement>(el, 'form > fieldset').disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe(`embed (${locale})`, () => {
    before(() => withLocale(locale));

    it('gives the exact snippet for a petition with this server filled in', async () => {
      const api = new FakeStaffApi({
        'GET /v1/admin/petitions': { items: [summaryOf(petition())] },
        'GET /v1/admin/consultations': { items: dashboard.consultations },
        'GET /v1/admin/charters': { items: [] },
        'GET /v1/services': { items: [{ id: 'civil-status', name: { ar: 'الحالة المدنية', fr: 'État civil' } }] },
      });
      const el = await renderScreen<EmbedScreen>(
        html`<console-embed
          .api=${api}
          .session=${sessionOf('viewer')}
          .query=${new URLSearchParams({ kind: 'petition', id: 'lighting' })}
        ></console-embed>`,
      );
      await until(() => el.shadowRoot!.querySelector('#snippet'), 'the snippet');
      expect($(el, '#snippet').textContent).to.equal(
        `<script type="module" src="${location.origin}/elements/mocharaka.js"></script>\n` +
          `<mocharaka-petition endpoint="${location.origin}/v1" petition="lighting" lang="${locale}"></mocharaka-petition>`,
      );
      $<HTMLSelectElement>(el, '#item').value = 'service:civil-status';
      $(el, '#item').dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($(el, '#snippet').textContent).to.include('<mocharaka-satisfaction endpoint=');
      expect($(el, '#snippet').textContent).to.include('service="civil-status"');
      await until(
        () => customElements.get('mocharaka-satisfaction') && el.shadowRoot!.querySelector('mocharaka-satisfaction'),
        'the live preview',
      );
      await expect(el).to.be.accessible();
    });
  });
}
