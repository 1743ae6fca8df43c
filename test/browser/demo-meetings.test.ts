import { expect, waitUntil } from '@open-wc/testing';
import { closeDemoPages, openDemoPage, shadowOf } from './support/demo-page.js';

afterEach(closeDemoPages);

async function type(root: ShadowRoot, selector: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

for (const lang of ['ar', 'fr'] as const) {
  describe(`the citizen meetings on the demo commune page (${lang})`, () => {
    it('lists Taroudant’s meetings; a citizen registers, gets the calendar file, cancels; past minutes link to the petition', async function () {
      this.timeout(45_000);
      const page = await openDemoPage(lang, 800);
      const meetings = () => shadowOf(page, 'mocharaka-meetings')!;
      await waitUntil(() => meetings()?.querySelector('[part=list]'), 'the meetings never rendered', { timeout: 15_000 });
      const titles = [...meetings().querySelectorAll('.meeting-card h3')].map((h) => h.textContent!.trim());
      expect(titles[0]).to.equal(
        lang === 'ar'
          ? 'لقاء تواصلي حول إنارة وتبليط أزقة باب الزرقان'
          : 'Rencontre sur l’éclairage et le pavage des ruelles de Bab Zorgan',
      );
      await expect(page.querySelector('mocharaka-meetings')).to.be.accessible();

      meetings().querySelector<HTMLButtonElement>('.meeting-card button')!.click();
      await waitUntil(() => meetings().querySelector('[part=form]'), 'the registration form never showed');
      const calendar = meetings().querySelector<HTMLAnchorElement>('[part=calendar]')!.href;
      const ics = await (await fetch(calendar)).text();
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
      expect(ics).to.contain('UID:meeting-bab-zorgan-lighting-2027@');

      await type(meetings(), '#name', lang === 'ar' ? 'فاطمة الزهراء أيت باها' : 'Fatima Zahra Ait Baha');
      await type(meetings(), '#people', '2');
      const consent = meetings().querySelector<HTMLInputElement>('#consent')!;
      consent.click();
      meetings().querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await waitUntil(() => meetings().querySelector('#receipt'), 'no receipt', { timeout: 20_000 });
      expect(meetings().querySelector('#receipt h3')!.textContent).to.equal(lang === 'ar' ? 'تم تسجيلك' : 'Vous êtes inscrit·e');
      const code = meetings().querySelector('#cancellation-code')!.textContent!;
      await waitUntil(() => meetings().querySelector('#seats')?.textContent?.includes('58'), 'the seats did not count the registration');
      await expect(page.querySelector('mocharaka-meetings')).to.be.accessible();

      await type(meetings(), '#cancel-code', code);
      meetings().querySelector<HTMLButtonElement>('.cancel button')!.click();
      await waitUntil(() => meetings().querySelector('#cancelled'), 'not cancelled', { timeout: 20_000 });

      meetings().querySelector<HTMLButtonElement>('.back')!.click();
      await waitUntil(() => meetings().querySelector('[part=list]'));
      meetings().querySelector<HTMLButtonElement>('[aria-pressed=false]')!.click();
      await waitUntil(() => meetings().querySelectorAll('.meeting-card').length === 1, 'the past meeting never showed');
      meetings().querySelector<HTMLButtonElement>('.meeting-card button')!.click();
      await waitUntil(() => meetings().querySelector('[part=minutes]'), 'the minutes never showed');
      const links = [...meetings().querySelectorAll<HTMLAnchorElement>('[part=minutes] a')].map((a) => new URL(a.href).hash);
      expect(links).to.deep.equal(['#participation', '#participation', '#suggestions']);
      await expect(page.querySelector('mocharaka-meetings')).to.be.accessible();
    });
  });
}
