import { expect, fixture, html, waitUntil, scaled } from '../support/browser-testing.js';
import '@mocharaka/petition/mocharaka-petition.js';
import { TEST_BOOTSTRAP_TOKEN } from '../support/bootstrap-token.mjs';

/**
 * The whole petition process in the real console (`/console/`, the built app served by
 * the reference server through the test runner's proxy), with real sign-in cookies and
 * CSRF tokens: an administrator signs in and creates an editor and a petitions officer;
 * the editor writes a petition in Arabic and French; it shows in <mocharaka-petition>; a
 * citizen signs; the officer records paper signatures, deposits it below its threshold
 * (confirming), opens the printable list by a click and reads the online and paper
 * totals; the audit trail names who did each step.
 */

const run = Math.random().toString(36).slice(2, 8);
const PASSWORD = 'correct horse battery staple';
const people = {
  admin: { email: `admin-${run}@commune.ma`, displayName: 'Amina Admin' },
  editor: { email: `editor-${run}@commune.ma`, displayName: 'Karim Editor' },
  officer: { email: `officer-${run}@commune.ma`, displayName: 'Said Officer' },
};
const petitionId = `e2e-lighting-${run}`;
const TIMEOUT = { timeout: 20_000, interval: 50 };

/** The first element matching `selector` in `root` or in any shadow root below it. */
function deep<T extends Element = HTMLElement>(root: Document | ShadowRoot | Element, selector: string): T | undefined {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = deep<T>(element.shadowRoot, selector);
      if (found) return found;
    }
  }
  return undefined;
}

function deepText(root: Document | ShadowRoot | Element): string {
  let text = root.textContent ?? '';
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) text += ` ${deepText(element.shadowRoot)}`;
  return text;
}

let frame: HTMLIFrameElement;
const page = () => frame.contentDocument!;

async function find<T extends HTMLElement = HTMLElement>(selector: string, what = selector): Promise<T> {
  await waitUntil(
    () => deep(page(), selector),
    `never found ${what} on ${frame.contentWindow!.location.pathname}: ${deepText(page()).replace(/\s+/g, ' ').slice(0, 400)}`,
    TIMEOUT,
  );
  return deep<T>(page(), selector)!;
}

/** `selector` inside the shadow root of the element `host` (a screen or one of its forms). */
async function within<T extends HTMLElement = HTMLElement>(host: string, selector: string, what = `${selector} in <${host}>`): Promise<T> {
  await waitUntil(
    () => {
      const root = deep(page(), host)?.shadowRoot;
      return root && deep(root, selector);
    },
    `never found ${what}`,
    TIMEOUT,
  );
  return deep<T>(deep(page(), host)!.shadowRoot!, selector)!;
}

async function fill(selector: string, value: string) {
  const control = await find<HTMLInputElement>(selector);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

async function click(selector: string, what?: string) {
  (await find(selector, what)).click();
}

/** The screen element the shell shows, once it has loaded. */
async function screen(tag: string) {
  await find(tag);
  await waitUntil(() => !deep(page(), '.loading'), `<${tag}> never loaded`, TIMEOUT);
}

async function signIn(who: { email: string }) {
  await screen('console-sign-in');
  await fill('#email', who.email);
  await fill('#password', PASSWORD);
  (await within('console-sign-in', 'button[type="submit"]')).click();
  await find('nav', 'the navigation after sign-in');
}

async function signOut() {
  const header = deep(page(), 'header')!;
  [...header.querySelectorAll('button')].at(-1)!.click();
  await screen('console-sign-in');
}

async function go(href: string, tag: string) {
  await click(`nav a[href="${href}"]`, `the link to ${href}`);
  await waitUntil(() => frame.contentWindow!.location.pathname === href, `never moved to ${href}`, TIMEOUT);
  await screen(tag);
}

async function createAccount(who: { email: string; displayName: string }, role: string) {
  const form = (await find('console-new-account-form')).shadowRoot!;
  const set = (selector: string, value: string) => (form.querySelector<HTMLInputElement>(selector)!.value = value);
  set('#new-name', who.displayName);
  set('#new-email', who.email);
  set('#new-password', PASSWORD);
  form.querySelector<HTMLInputElement>(`#new-role-${role}`)!.click();
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await waitUntil(
    () => deepText(deep(page(), 'console-staff-accounts')!.shadowRoot!).includes(who.email),
    `${who.email} never listed`,
    TIMEOUT,
  );
}

function day(offset: number): string {
  const date = new Date(Date.now() + offset * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('the console runs a petition from creation to deposit (real server, Chromium)', () => {
  before(async () => {
    // The first administrator, as `npm run create-admin` would make it: here through the
    // bootstrap token the test server starts with.
    const response = await fetch('/v1/admin/staff', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${TEST_BOOTSTRAP_TOKEN}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: JSON.stringify({ ...people.admin, role: 'admin', password: PASSWORD }),
    });
    expect(response.status, await response.clone().text()).to.equal(201);
  });

  after(() => frame?.remove());

  it('admin, editor, citizen, officer; printable list; audit trail', async function () {
    this.timeout(scaled(180_000));
    frame = document.createElement('iframe');
    frame.title = 'console';
    frame.width = '1280';
    frame.height = '900';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/console/?lang=fr';
    document.body.append(frame);
    await loaded;

    // The administrator creates the editor and the petitions officer.
    await signIn(people.admin);
    await go('/console/staff', 'console-staff-accounts');
    await createAccount(people.editor, 'editor');
    await createAccount(people.officer, 'petitions-officer');
    await signOut();

    // The editor writes the petition in Arabic and French.
    await signIn(people.editor);
    expect(deep(page(), 'nav a[href="/console/staff"]')).to.equal(undefined);
    await go('/console/petitions', 'console-petitions');
    await click('a[href="/console/petitions/new"]');
    await screen('console-petition-editor');
    await fill('#title-ar', 'إنارة زنقة الفرح');
    await fill('#title-fr', 'Éclairage de la rue El Farah');
    await fill('#petition-id', petitionId);
    await fill('#body-ar', 'الزنقة مظلمة ليلا منذ سنة.');
    await fill('#body-fr', 'La rue est plongée dans le noir depuis un an.');
    await fill('#demand-0-ar', 'تركيب أربعة أعمدة إنارة');
    await fill('#demand-0-fr', 'Installer quatre lampadaires');
    await fill('#agent', 'Fatima Zahra Ait Lahcen');
    await fill('#opens', day(-1));
    await fill('#closes', day(30));
    await fill('#threshold', '5');
    (await within('console-petition-editor', 'button[type="submit"]')).click();
    await screen('console-petition');
    await waitUntil(
      () => deepText(deep(page(), 'console-petition')!.shadowRoot!).includes('Éclairage de la rue El Farah'),
      'the saved petition',
      TIMEOUT,
    );
    await signOut();

    // On a commune's page, the petition shows in the citizens' element; a citizen signs.
    const element = await fixture<HTMLElement>(
      html`<mocharaka-petition endpoint="/v1" petition=${petitionId} lang="fr"></mocharaka-petition>`,
    );
    const citizen = () => element.shadowRoot!;
    await waitUntil(() => citizen().querySelector('[part=form]'), 'the petition never rendered', TIMEOUT);
    expect(citizen().textContent).to.contain('Éclairage de la rue El Farah');
    const type = (selector: string, value: string) => {
      const input = citizen().querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    type('#full-name', 'Khadija Oubella');
    type('#national-id', `JT${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`);
    type('#address', 'Zanqat El Farah 12, Taroudant');
    citizen().querySelector<HTMLInputElement>('#eligibility-resident')!.click();
    citizen().querySelector<HTMLInputElement>('#consent')!.click();
    citizen().querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await waitUntil(() => citizen().querySelector('#receipt'), 'no receipt for the citizen', TIMEOUT);

    // The officer records paper signatures, deposits below the threshold, prints the list.
    await signIn(people.officer);
    await go('/console/petitions', 'console-petitions');
    await click(`a[href="/console/petitions/${petitionId}"]`);
    await screen('console-petition');
    await fill('#count', '3');
    (await within('console-paper-signatures-form', 'button[type="submit"]')).click();
    await waitUntil(
      () => deep(page(), 'console-petition')!.shadowRoot!.querySelector('.notice.success'),
      'paper signatures never recorded',
      TIMEOUT,
    );
    await waitUntil(
      () => deepText(deep(page(), 'console-petition')!.shadowRoot!.querySelector('dl')!).includes('4 sur 5'),
      'the count never became 1 + 3',
      TIMEOUT,
    );

    (await within('console-petition-status-form', 'button[type="submit"]')).click();
    await within(
      'console-petition-status-form',
      '#error-summary a[href="#below-threshold"]',
      'the request to confirm a deposit below the threshold',
    );
    await click('#below-threshold');
    (await within('console-petition-status-form', 'button[type="submit"]')).click();
    await waitUntil(
      () => deepText(deep(page(), 'console-petition')!.shadowRoot!.querySelector('dl')!).includes('Déposée'),
      'never deposited',
      TIMEOUT,
    );

    const printFrame = document.createElement('iframe');
    printFrame.name = `printable-${run}`;
    printFrame.title = 'printable list';
    document.body.append(printFrame);
    const printed = new Promise((resolve) => printFrame.addEventListener('load', resolve, { once: true }));
    const printLink = await find<HTMLAnchorElement>('a[href*="/signatures.html"]', 'the printable list link');
    // The link opens a new tab; here it opens in a frame of the test page, with the same cookie.
    printLink.target = printFrame.name;
    printLink.click();
    await printed;
    const list = printFrame.contentDocument!;
    expect(list.querySelector('h1')!.textContent).to.equal('Éclairage de la rue El Farah');
    const facts = [...list.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(facts).to.include.members(['1', '3', '4']);
    expect(list.querySelector('tbody')!.textContent).to.contain('Khadija Oubella');
    expect(list.querySelector('link[rel=stylesheet]')).to.exist;
    expect(getComputedStyle(list.querySelector('table')!).borderCollapse).to.equal('collapse');
    printFrame.remove();

    // The audit trail names who did each step.
    await go('/console/audit', 'console-audit');
    await fill('#resourceId', petitionId);
    (await within<HTMLFormElement>('console-audit', 'form')).requestSubmit();
    const trail = () => deep(page(), 'console-audit-trail')!.shadowRoot!;
    const petitionRows = () => [...trail().querySelectorAll('tbody tr')].filter((row) => row.textContent!.includes(petitionId));
    await waitUntil(
      () =>
        !trail().querySelector('.loading') &&
        petitionRows().length >= 3 &&
        petitionRows().length === trail().querySelectorAll('tbody tr').length,
      'the petition’s audit entries',
      TIMEOUT,
    );
    const rows = [...trail().querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' '));
    expect(rows.some((row) => row.includes('Karim Editor') && row.includes('Créé'))).to.equal(true, rows.join('\n'));
    expect(rows.some((row) => row.includes('Said Officer') && row.includes('Signatures papier'))).to.equal(true, rows.join('\n'));
    expect(rows.some((row) => row.includes('Said Officer') && row.includes('Statut changé'))).to.equal(true, rows.join('\n'));

    await fill('#resourceId', '');
    deep<HTMLSelectElement>(page(), '#resourceType')!.value = 'staff-account';
    (await within<HTMLFormElement>('console-audit', 'form')).requestSubmit();
    await waitUntil(
      () => [...trail().querySelectorAll('tbody tr')].filter((row) => row.textContent!.includes('Amina Admin')).length >= 2,
      'the accounts the administrator created',
      TIMEOUT,
    );
  });
});
