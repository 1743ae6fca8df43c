import { expect, waitUntil, scaled } from '../support/browser-testing.js';
import { closeDemoPages, openDemoPage, shadowOf, typeInto } from './support/demo-page.js';

afterEach(closeDemoPages);

function choose(root: ShadowRoot, selector: string, value: string) {
  const select = root.querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

describe('the suggestion box on the demo commune page', () => {
  it('shows Taroudant’s published answers, counts a “me too” once, and receives a remark a citizen then follows', async function () {
    this.timeout(scaled(30_000));
    const page = await openDemoPage('fr');
    const box = () => shadowOf(page, 'mocharaka-suggestions')!;
    await waitUntil(() => box()?.querySelector('.cards'), 'the suggestion box never rendered', { timeout: 10_000 });
    expect(box().textContent).to.contain('Une expérimentation de budget participatif sera proposée au conseil');

    const card = () => box().querySelector('#item-S-TRD0-0004')!.closest('article')!;
    const supports = () => card().querySelector('.support .hint')!.textContent!;
    const before = supports();
    card().querySelector<HTMLButtonElement>('.support button')!.click();
    await waitUntil(() => supports() !== before, 'the support count never rose', { timeout: 10_000 });
    expect(card().querySelector<HTMLButtonElement>('.support button')!.disabled).to.equal(true);

    box().querySelectorAll<HTMLButtonElement>('[part=views] button')[1]!.click();
    await waitUntil(() => box().querySelector('[part=form]'), 'the form never opened', { timeout: 10_000 });
    choose(box(), '#topic', 'lighting-roads');
    await typeInto(box(), '#text', 'Le lampadaire devant la maison de quartier du Derb Lakhmis clignote toute la nuit.');
    box().querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await waitUntil(() => box().querySelector('#receipt'), 'no receipt', { timeout: 10_000 });
    const code = box().querySelector('[part=receipt] .code')!.textContent!.trim();
    expect(code).to.match(/^S-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    box().querySelector<HTMLButtonElement>('#receipt .actions .button')!.click();
    await waitUntil(() => box().querySelector('.timeline'), 'the follow-up never came', { timeout: 10_000 });
    expect(box().querySelector('#followed')!.textContent).to.contain(code);
    expect(box().querySelector('#followed')!.textContent).to.contain('Reçue');
  });
});
