import { expect, waitUntil, scaled } from '../support/browser-testing.js';
import { closeDemoPages, openDemoPage, shadowOf, typeInto } from './support/demo-page.js';

afterEach(closeDemoPages);

describe('the petition on the demo commune page', () => {
  it('a citizen signs, keeps a receipt, and sees the count rise', async function () {
    // The public count may lag a signature by up to 10 s (privacy); the element looks again after 11 s.
    this.timeout(scaled(30_000));
    const page = await openDemoPage('fr');
    const petition = () => shadowOf(page, 'mocharaka-petition')!;
    await waitUntil(() => petition()?.querySelector('[part=form]'), 'the petition never rendered', { timeout: 10_000 });
    const progress = () => petition().querySelector<HTMLProgressElement>('[part=progress]')!;
    const before = progress().value;
    expect(petition().textContent).to.contain('Bab Zorgan');

    await typeInto(petition(), '#full-name', 'Khadija Oubella');
    await typeInto(petition(), '#national-id', `jt ${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`);
    await typeInto(petition(), '#address', 'Derb Lakhmis 4, Taroudant');
    petition().querySelector<HTMLInputElement>('#eligibility-resident')!.click();
    petition().querySelector<HTMLInputElement>('#consent')!.click();
    petition().querySelector<HTMLButtonElement>('[part=submit]')!.click();

    await waitUntil(() => petition().querySelector('#receipt'), 'no receipt', { timeout: 10_000 });
    expect(petition().querySelector('#receipt')!.textContent).to.match(/[0-9A-F]{4}-[0-9A-F]{4}/);
    await waitUntil(() => progress().value === before + 1, 'the count never rose', { timeout: 20_000, interval: 500 });
  });
});
