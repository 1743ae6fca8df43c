import { expect, fixture, html } from '../../../test/support/browser-testing.js';
import { ApiError } from '@mocharaka/core';
import '../src/main.js';
import type { MocharakaConsole } from '../src/shell/console-app.js';
import { FakeStaffApi, sessionOf } from './fake-api.js';
import { dashboard, settings } from './fixtures.js';
import { TEST_LOCALES, until, withLocale } from './helpers.js';

const startUrl = location.href;

function navLinks(el: MocharakaConsole): string[] {
  return [...el.shadowRoot!.querySelectorAll('nav a')].map((link) => link.getAttribute('href')!);
}

async function renderConsole(api: FakeStaffApi): Promise<MocharakaConsole> {
  const el = await fixture<MocharakaConsole>(html`<mocharaka-console .api=${api}></mocharaka-console>`);
  await until(() => el.shadowRoot!.querySelector('main > h1') && !el.shadowRoot!.querySelector('main [role="status"]'), 'the console');
  return el;
}

for (const locale of TEST_LOCALES) {
  describe(`console shell (${locale})`, () => {
    before(() => withLocale(locale));
    afterEach(() => history.replaceState(null, '', startUrl));

    it('shows the sign-in screen without a session', async () => {
      const api = new FakeStaffApi({
        'GET /v1/admin/session': () => {
          throw new ApiError(401, 'unauthorized', 'no');
        },
      });
      const el = await renderConsole(api);
      await until(() => el.shadowRoot!.querySelector('console-sign-in'), 'the sign-in screen');
      expect(el.shadowRoot!.querySelector('nav')).to.not.exist;
      await expect(el).to.be.accessible();
    });

    it('filters the navigation by role', async () => {
      const common = { 'GET /v1/admin/settings': settings, 'GET /v1/admin/dashboard': dashboard };
      const admin = await renderConsole(new FakeStaffApi({ ...common, 'GET /v1/admin/session': sessionOf('admin') }));
      await until(() => admin.shadowRoot!.querySelector('console-dashboard'), 'the dashboard');
      expect(navLinks(admin)).to.include.members([
        '/console/',
        '/console/petitions',
        '/console/staff',
        '/console/tokens',
        '/console/audit',
        '/console/settings',
        '/console/embed',
      ]);
      expect(admin.shadowRoot!.querySelector('header')!.textContent).to.include(
        locale === 'ar' ? 'جماعة تارودانت' : 'Commune de Taroudant',
      );
      await expect(admin).to.be.accessible();
      const viewer = await renderConsole(new FakeStaffApi({ ...common, 'GET /v1/admin/session': sessionOf('viewer') }));
      expect(navLinks(viewer)).to.not.include('/console/staff');
      expect(navLinks(viewer)).to.include('/console/petitions');
    });

    it('moves between screens without reloading, focusing the new heading, and refuses a screen the role may not open', async () => {
      const api = new FakeStaffApi({
        'GET /v1/admin/session': sessionOf('viewer'),
        'GET /v1/admin/settings': settings,
        'GET /v1/admin/dashboard': dashboard,
        'GET /v1/admin/petitions': { items: dashboard.petitions },
      });
      const el = await renderConsole(api);
      el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="/console/petitions"]')!.click();
      await until(() => el.shadowRoot!.querySelector('console-petitions'), 'the petitions screen');
      expect(location.pathname).to.equal('/console/petitions');
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('main > h1'));
      expect(el.shadowRoot!.querySelector('nav a[aria-current="page"]')!.getAttribute('href')).to.equal('/console/petitions');
      history.pushState(null, '', '/console/staff');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await until(() => !el.shadowRoot!.querySelector('console-petitions'), 'the refusal');
      expect(el.shadowRoot!.querySelector('main')!.textContent).to.include(
        locale === 'ar' ? 'لا يسمح لك دورك' : 'Votre rôle ne vous permet pas',
      );
      await expect(el).to.be.accessible();
    });

    it('signs out', async () => {
      let signedIn = true;
      const api = new FakeStaffApi({
        'GET /v1/admin/session': () => {
          if (!signedIn) throw new ApiError(401, 'unauthorized', 'no');
          return sessionOf('editor');
        },
        'GET /v1/admin/settings': settings,
        'GET /v1/admin/dashboard': dashboard,
        'DELETE /v1/admin/session': () => {
          signedIn = false;
        },
      });
      const el = await renderConsole(api);
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('header button')].at(-1)!.click();
      await until(() => el.shadowRoot!.querySelector('console-sign-in'), 'the sign-in screen');
      expect(api.calls.some((call) => call.method === 'DELETE' && call.path === '/v1/admin/session')).to.equal(true);
    });
  });
}
