import { expect, html } from '../../../test/support/browser-testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { ApiError } from '@mocharaka/core';
import '../src/screens/sign-in/sign-in-screen.js';
import type { SignInScreen } from '../src/screens/sign-in/sign-in-screen.js';
import { ConsoleSessionChangedEvent } from '../src/shell/navigation.js';
import { FakeStaffApi, sessionOf } from './fake-api.js';
import { $, TEST_LOCALES, renderScreen, until, withLocale } from './helpers.js';

for (const locale of TEST_LOCALES) {
  describe(`sign-in (${locale})`, () => {
    before(() => withLocale(locale));

    it('signs in with the keyboard only', async () => {
      const api = new FakeStaffApi({ 'POST /v1/admin/session': sessionOf('admin') });
      const el = await renderScreen<SignInScreen>(html`<console-sign-in .api=${api}></console-sign-in>`);
      await expect(el).to.be.accessible();
      let signedIn = false;
      el.addEventListener(ConsoleSessionChangedEvent.type, () => (signedIn = true));
      $(el, '#email').focus();
      await sendKeys({ type: 'admin@commune.ma' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('password');
      await sendKeys({ type: 'correct horse battery' });
      await sendKeys({ press: 'Enter' });
      await until(() => signedIn, 'the session to change');
      expect(api.calls[0].body).to.deep.equal({ email: 'admin@commune.ma', password: 'correct horse battery' });
    });

    it('says the same thing for an unknown address and a wrong password, and clears the password', async () => {
      const api = new FakeStaffApi({
        'POST /v1/admin/session': () => {
          throw new ApiError(401, 'invalid_credentials', 'no');
        },
      });
      const el = await renderScreen<SignInScreen>(html`<console-sign-in .api=${api}></console-sign-in>`);
      $<HTMLInputElement>(el, '#email').value = 'nobody@commune.ma';
      $<HTMLInputElement>(el, '#password').value = 'whatever-it-is';
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await until(() => el.shadowRoot!.querySelector('#error-summary'), 'the refusal');
      expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
      expect($<HTMLInputElement>(el, '#password').value).to.equal('');
      expect($(el, '#error-summary').textContent).to.include(locale === 'ar' ? 'غير صحيحين' : 'n’est pas correct');
      await expect(el).to.be.accessible();
    });

    it('tells to wait after too many attempts, and asks for both fields', async () => {
      const api = new FakeStaffApi({
        'POST /v1/admin/session': () => {
          throw new ApiError(429, 'too_many_attempts', 'wait');
        },
      });
      const el = await renderScreen<SignInScreen>(html`<console-sign-in .api=${api}></console-sign-in>`);
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('#error-summary li')).to.have.length(2);
      expect(api.calls).to.have.length(0);
      $<HTMLInputElement>(el, '#email').value = 'admin@commune.ma';
      $<HTMLInputElement>(el, '#password').value = 'x';
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await until(() => el.shadowRoot!.querySelector('#error-summary')?.textContent?.includes(locale === 'ar' ? 'انتظر' : 'Attendez'));
      await expect(el).to.be.accessible();
    });
  });
}
