import { expect, html } from '../../../test/support/browser-testing.js';
import { ApiError } from '@mocharaka/core';
import '../src/screens/tokens/api-tokens-screen.js';
import '../src/screens/account/account-screen.js';
import type { ApiTokensScreen } from '../src/screens/tokens/api-tokens-screen.js';
import type { AccountScreen } from '../src/screens/account/account-screen.js';
import { ConsoleSessionChangedEvent } from '../src/shell/navigation.js';
import { FakeStaffApi, sessionOf } from './fake-api.js';
import { tokens } from './fixtures.js';
import { $, TEST_LOCALES, renderScreen, typeKeys, until, withLocale } from './helpers.js';

for (const locale of TEST_LOCALES) {
  describe(`API tokens (${locale})`, () => {
    before(() => withLocale(locale));

    it('creates a token shown once, then revokes it', async () => {
      const list = structuredClone(tokens);
      const api = new FakeStaffApi({
        'GET /v1/admin/tokens': () => ({ items: list }),
        'POST /v1/admin/tokens': (body: unknown) => {
          const token = { id: 'tok-2', name: (body as { name: string }).name, prefix: 'mch_zz99', createdAt: new Date().toISOString() };
          list.push(token);
          return { token, secret: 'mch_zz99-the-whole-secret' };
        },
        'DELETE /v1/admin/tokens/tok-2': () => {
          list.pop();
        },
      });
      const el = await renderScreen<ApiTokensScreen>(
        html`<console-api-tokens .api=${api} .session=${sessionOf('viewer')}></console-api-tokens>`,
      );
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, '#token-days').value = '400';
      $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
      await until(() => el.shadowRoot!.querySelector('#error-summary a[href="#token-name"]'), 'the name rule');
      expect(el.shadowRoot!.querySelector('#error-summary a[href="#token-days"]')).to.exist;
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, '#token-name').value = 'results export';
      await typeKeys(el, '#token-days', '٩٠');
      $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
      await until(() => el.shadowRoot!.querySelector('#token-secret'), 'the secret');
      expect($(el, '#token-secret').textContent).to.equal('mch_zz99-the-whole-secret');
      expect(api.calls.find((call) => call.method === 'POST')!.body).to.deep.equal({ name: 'results export', expiresInDays: 90 });
      await until(() => el.shadowRoot!.activeElement?.id === 'created-token', 'focus on the new token');
      await expect(el).to.be.accessible();
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody button')].at(-1)!.click();
      await until(() => !el.shadowRoot!.querySelector('#token-secret'), 'the secret to go');
      expect(api.calls.at(-2)!.method).to.equal('DELETE');
      expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(1);
    });
  });

  describe(`my account (${locale})`, () => {
    before(() => withLocale(locale));

    it('changes the password, checking the repetition and the current password', async () => {
      let attempts = 0;
      const api = new FakeStaffApi({
        'POST /v1/admin/session/password': () => {
          if (attempts++ === 0) throw new ApiError(401, 'invalid_credentials', 'wrong');
        },
        'DELETE /v1/admin/sessions': undefined,
      });
      const el = await renderScreen<AccountScreen>(html`<console-account .api=${api} .session=${sessionOf('editor')}></console-account>`);
      await expect(el).to.be.accessible();
      const fill = (current: string, next: string, repeat: string) => {
        $<HTMLInputElement>(el, '#current').value = current;
        $<HTMLInputElement>(el, '#new').value = next;
        $<HTMLInputElement>(el, '#repeat').value = repeat;
        $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
      };
      fill('old password here', 'a new long passphrase', 'a new long passphrase!');
      await until(() => el.shadowRoot!.querySelector('#error-summary a[href="#repeat"]'));
      expect(api.calls).to.have.length(0);
      fill('wrong password', 'a new long passphrase', 'a new long passphrase');
      await until(() => el.shadowRoot!.querySelector('#error-summary a[href="#current"]'));
      await expect(el).to.be.accessible();
      fill('old password here', 'a new long passphrase', 'a new long passphrase');
      await until(() => el.shadowRoot!.querySelector('.notice.success'));
      let changed = false;
      el.addEventListener(ConsoleSessionChangedEvent.type, () => (changed = true));
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].at(-1)!.click();
      await until(() => changed, 'sign out everywhere');
    });
  });
}
