import { expect, waitUntil, scaled } from '../support/browser-testing.js';
import { closeDemoPages, openDemoPage, shadowOf, typeInto } from './support/demo-page.js';

afterEach(closeDemoPages);

for (const lang of ['ar', 'fr'] as const) {
  describe(`the citizen meetings on the demo commune page (${lang})`, () => {
    it('lists Taroudant’s meetings; a citizen registers, gets the calendar file, cancels; past minutes link to the petition', async function () {
      this.timeout(scaled(45_000));
      const page = await openDemoPage(lang, 800);
      const meetings = () => shadowOf(page, 'mocharaka-meetings')!;
      await waitUntil(() => meetings()?.querySelector('[part=list]'), 'the meetings never rendered', { timeout: 15_000 });
      // The element shows the meetings in the page's language once its messages are loaded.
      const title =
        lang === 'ar'
          ? 'لقاء تواصلي حول إنارة وتبليط أزقة باب الزرقان'
          : 'Rencontre sur l’éclairage et le pavage des ruelles de Bab Zorgan';
      await waitUntil(
        () => meetings().querySelector('.meeting-card h3')?.textContent?.trim() === title,
        `the first meeting is not "${title}"`,
        {
          timeout: 10_000,
        },
      );

      meetings().querySelector<HTMLButtonElement>('.meeting-card button')!.click();
      await waitUntil(() => meetings().querySelector('[part=form]'), 'the registration form never showed');
      const calendar = meetings().querySelector<HTMLAnchorElement>('[part=calendar]')!.href;
      const ics = await (await fetch(calendar)).text();
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
      expect(ics).to.contain('UID:meeting-bab-zorgan-lighting-2027@');

      await typeInto(meetings(), '#name', lang === 'ar' ? 'فاطمة الزهراء أيت باها' : 'Fatima Zahra Ait Baha');
      await typeInto(meetings(), '#people', '2');
      const consent = meetings().querySelector<HTMLInputElement>('#consent')!;
      consent.click();
      meetings().querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await waitUntil(() => meetings().querySelector('#receipt'), 'no receipt', { timeout: 20_000 });
      expect(meetings().querySelector('#receipt h3')!.textContent).to.equal(lang === 'ar' ? 'تم تسجيلك' : 'Vous êtes inscrit·e');
      const code = meetings().querySelector('#cancellation-code')!.textContent!;
      // The public answer may be cached a few seconds: the seat count is checked by the server tests, not here.
      await typeInto(meetings(), '#cancel-code', code);
      meetings().querySelector<HTMLButtonElement>('.cancel button')!.click();
      await waitUntil(() => meetings().querySelector('#cancelled'), 'not cancelled', { timeout: 20_000 });

      meetings().querySelector<HTMLButtonElement>('.back')!.click();
      await waitUntil(() => meetings().querySelector('.meeting-card'), 'the list did not come back');
      meetings().querySelector<HTMLButtonElement>('.periods [aria-pressed=false]')!.click();
      const held = lang === 'ar' ? 'اللقاء التشاوري حول مشروع ميثاق المشاركة المواطنة' : 'Rencontre de concertation';
      await waitUntil(() => meetings().querySelector('.meeting-card h3')?.textContent?.includes(held), 'the past meeting never showed', {
        timeout: 10_000,
      });
      meetings().querySelector<HTMLButtonElement>('.meeting-card button')!.click();
      await waitUntil(() => meetings().querySelector('[part=minutes] a'), 'the minutes never showed', { timeout: 10_000 });
      const links = [...meetings().querySelectorAll<HTMLAnchorElement>('[part=minutes] a')].map((a) => new URL(a.href).hash);
      expect(links).to.deep.equal(['#participation', '#participation', '#suggestions']);
    });
  });
}
