import { expect, html } from '../../../test/support/browser-testing.js';
import { ApiError } from '@mocharaka/core';
import '../src/screens/staff/staff-accounts-screen.js';
import type { StaffAccountsScreen } from '../src/screens/staff/staff-accounts-screen.js';
import { FakeStaffApi, sessionOf } from './fake-api.js';
import { accounts } from './fixtures.js';
import { $, TEST_LOCALES, renderScreen, until, withLocale } from './helpers.js';

function staffApi() {
  const list = structuredClone(accounts);
  return new FakeStaffApi({
    'GET /v1/admin/staff': () => ({ items: list }),
    'POST /v1/admin/staff': (body: unknown) => {
      const input = body as { email: string; displayName: string; role: 'editor' };
      if (list.some((account) => account.email === input.email)) throw new ApiError(409, 'email_taken', 'taken');
      const account = {
        id: `acc-${list.length + 1}`,
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        active: true,
        createdAt: new Date().toISOString(),
      };
      list.push(account);
      return account;
    },
    'PATCH /v1/admin/staff/acc-admin': () => {
      throw new ApiError(409, 'last_admin', 'last');
    },
    'PATCH /v1/admin/staff/acc-2': (body: unknown) => Object.assign(list[1], body),
  });
}

for (const locale of TEST_LOCALES) {
  describe(`staff accounts (${locale})`, () => {
    before(() => withLocale(locale));

    it('lists the accounts and creates one with its role', async () => {
      const api = staffApi();
      const el = await renderScreen<StaffAccountsScreen>(
        html`<console-staff-accounts .api=${api} .session=${sessionOf('admin')}></console-staff-accounts>`,
      );
      expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(3);
      await expect(el).to.be.accessible();
      const form = el.shadowRoot!.querySelector('console-new-account-form')!;
      const field = (id: string) => form.shadowRoot!.querySelector<HTMLInputElement>(id)!;
      field('#new-name').value = 'Said Officer';
      field('#new-email').value = 'said@commune.ma';
      field('#new-role-petitions-officer').click();
      field('#new-password').value = 'short';
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => form.shadowRoot!.querySelector('#error-summary a[href="#new-password"]'), 'the password rule');
      await expect(form).to.be.accessible();
      field('#new-password').value = 'a long first password';
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 4, 'the new account in the list');
      expect(api.calls.find((call) => call.method === 'POST')!.body).to.deep.equal({
        email: 'said@commune.ma',
        displayName: 'Said Officer',
        role: 'petitions-officer',
        password: 'a long first password',
      });
      expect(el.shadowRoot!.querySelector('.notice.success')!.textContent).to.include('Said Officer');
      await expect(el).to.be.accessible();
    });

    it('changes a role, deactivates, and explains why the last administrator cannot be demoted', async () => {
      const api = staffApi();
      const el = await renderScreen<StaffAccountsScreen>(
        html`<console-staff-accounts .api=${api} .session=${sessionOf('admin')}></console-staff-accounts>`,
      );
      $<HTMLSelectElement>(el, '#role-acc-2').value = 'moderator';
      $<HTMLSelectElement>(el, '#role-acc-2').form!.requestSubmit();
      await until(() => api.calls.some((call) => call.method === 'PATCH'), 'the role change');
      expect(api.calls.find((call) => call.method === 'PATCH')!.body).to.deep.equal({ role: 'moderator' });
      await until(() => el.shadowRoot!.querySelector('.notice.success'), 'the role change to be announced');
      const rows = () => [...el.shadowRoot!.querySelectorAll('tbody tr')];
      rows()[1].querySelector<HTMLButtonElement>('td:last-child button')!.click();
      await until(() => api.calls.filter((call) => call.method === 'PATCH').length === 2, 'the deactivation');
      await until(() => !el.shadowRoot!.querySelector('button:disabled'), 'the list to settle');
      expect(api.calls.filter((call) => call.method === 'PATCH')[1].body).to.deep.equal({ active: false });
      $<HTMLSelectElement>(el, '#role-acc-admin').value = 'viewer';
      $<HTMLSelectElement>(el, '#role-acc-admin').form!.requestSubmit();
      await until(() => rows()[0].querySelector('[role="alert"]'), 'the refusal');
      expect(rows()[0].querySelector('[role="alert"]')!.textContent).to.include(locale === 'ar' ? 'آخر مسؤول' : 'dernier administrateur');
      await expect(el).to.be.accessible();
    });
  });
}
