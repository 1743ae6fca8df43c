import { expect, html } from '../../../test/support/browser-testing.js';
import '../src/screens/dashboard/dashboard-screen.js';
import type { DashboardScreen } from '../src/screens/dashboard/dashboard-screen.js';
import { FakeStaffApi, sessionOf } from './fake-api.js';
import { dashboard } from './fixtures.js';
import { TEST_LOCALES, renderScreen, until, withLocale } from './helpers.js';

for (const locale of TEST_LOCALES) {
  describe(`dashboard (${locale})`, () => {
    before(() => withLocale(locale));

    it('shows open petitions against their threshold, consultations, satisfaction and moderation', async () => {
      const api = new FakeStaffApi({ 'GET /v1/admin/dashboard': dashboard });
      const el = await renderScreen<DashboardScreen>(
        html`<console-dashboard .api=${api} .session=${sessionOf('viewer')}></console-dashboard>`,
      );
      const text = el.shadowRoot!.textContent!;
      expect(text).to.include(locale === 'ar' ? 'إنارة حي القدس' : 'Éclairage du quartier El Qods');
      expect(text).to.include('150 / 200');
      expect(text).to.include(locale === 'ar' ? 'ميزانية 2027' : 'Budget 2027');
      expect(el.shadowRoot!.querySelector('a[href="/console/petitions/lighting"]')).to.exist;
      expect(text).to.include('7');
      await expect(el).to.be.accessible();
    });

    // Counts as "label: number", never a noun after the number (Arabic agrees it with the number: 1 إجابة، 3 إجابات، 42 إجابة…).
    it('words its counts and the month in the language, punctuation included', async () => {
      const api = new FakeStaffApi({ 'GET /v1/admin/dashboard': dashboard });
      const el = await renderScreen<DashboardScreen>(
        html`<console-dashboard .api=${api} .session=${sessionOf('viewer')}></console-dashboard>`,
      );
      const squashed = (selector: string) => el.shadowRoot!.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
      const words =
        locale === 'ar'
          ? { consultation: 'مفتوحة، عدد الإجابات: 42، تُغلق في', month: 'دجنبر 2026', service: 'المعدل 3,9 من 5، عدد التقييمات: 31' }
          : { consultation: 'Ouverte, réponses : 42, clôture le', month: 'décembre 2026', service: 'moyenne 3,9 sur 5, avis : 31' };
      expect(squashed('section[aria-labelledby=consultations-title] li')).to.include(words.consultation);
      expect(squashed('#satisfaction-title')).to.include(words.month).and.not.include('2026-12');
      expect(squashed('section[aria-labelledby=satisfaction-title] li')).to.include(words.service);
    });

    it('says so when nothing is open, and offers to try again after a failure', async () => {
      let fail = true;
      const api = new FakeStaffApi({
        'GET /v1/admin/dashboard': () => {
          if (fail) throw Object.assign(new Error('down'), { status: 0 });
          return { ...dashboard, petitions: [], consultations: [] };
        },
      });
      const el = await renderScreen<DashboardScreen>(
        html`<console-dashboard .api=${api} .session=${sessionOf('viewer')}></console-dashboard>`,
      );
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      await expect(el).to.be.accessible();
      fail = false;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await until(() => !el.shadowRoot!.querySelector('[role="status"], [role="alert"]'), 'the dashboard to load again');
      expect(el.shadowRoot!.textContent).to.include(locale === 'ar' ? 'لا توجد عريضة' : 'Aucune pétition');
      await expect(el).to.be.accessible();
    });
  });
}
