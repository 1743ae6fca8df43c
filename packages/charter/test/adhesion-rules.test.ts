import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { ADHESION_CITY_MAX, ADHESION_CONTACT_MAX, ADHESION_NAME_MAX, REGISTRATION_NUMBER_MAX, type CharterBackend } from '@mocharaka/core';
import { AdhesionInput } from '@mocharaka/core/contract';
import '../src/mocharaka-charter.js';
import type { MocharakaCharter } from '../src/charter.element.js';
import { checkAdhesion, type AdhesionDraft } from '../src/adhesion-rules.js';
import { CHARTER } from './fixtures.js';

const a = (length: number, padding = '') => `${padding}${'a'.repeat(length)}${padding}`;

/** Every combination of values at and around each limit, with the spacing people type. */
const VARIANTS = {
  kind: ['', 'association', 'citizen'] as AdhesionDraft['kind'][],
  name: ['', '   ', 'ab', ' abc ', 'جمعية تيفاوين', a(ADHESION_NAME_MAX), a(ADHESION_NAME_MAX + 1), a(ADHESION_NAME_MAX, '  ')],
  registrationNumber: ['', ' ', '2019/148', a(REGISTRATION_NUMBER_MAX), a(REGISTRATION_NUMBER_MAX + 1)],
  city: ['', 'ت', ' تارودانت ', a(ADHESION_CITY_MAX), a(ADHESION_CITY_MAX + 1)],
  contact: [
    '',
    'x',
    'tifawin@example.ma',
    ' +212 600 000 000 ',
    'a@b',
    '0612345',
    `${a(ADHESION_CONTACT_MAX - 6)}@b.ma`,
    `${a(ADHESION_CONTACT_MAX - 5)}@b.ma`,
  ],
  consent: [true, false],
};

/** What the form would send if the element let it through: the draft in the schema's shape. */
function payload(draft: AdhesionDraft) {
  const { kind, name, contact, consent, registrationNumber, city } = draft;
  return kind === 'association' ? { kind, name, contact, consent, registrationNumber, city } : { kind, name, contact, consent };
}

describe('the adhesion form’s check and the server’s schema', () => {
  it('agree on every combination of values around the limits: same verdict, same fields, same payload', () => {
    let compared = 0;
    const disagreements: unknown[] = [];
    for (const kind of VARIANTS.kind)
      for (const name of VARIANTS.name)
        for (const registrationNumber of VARIANTS.registrationNumber)
          for (const city of VARIANTS.city)
            for (const contact of VARIANTS.contact)
              for (const consent of VARIANTS.consent) {
                const draft: AdhesionDraft = { kind, name, registrationNumber, city, contact, consent };
                const element = checkAdhesion(draft);
                const server = AdhesionInput.safeParse(payload(draft));
                const fields = server.success ? [] : [...new Set(server.error.issues.map((issue) => String(issue.path[0])))].sort();
                const agree =
                  !!element.adhesion === server.success &&
                  (server.success
                    ? JSON.stringify(element.adhesion) === JSON.stringify(server.data)
                    : !kind || JSON.stringify(Object.keys(element.errors).sort()) === JSON.stringify(fields));
                if (!agree) disagreements.push({ draft, element, server: server.success ? server.data : fields });
                compared++;
              }
    expect(disagreements.slice(0, 3)).to.deep.equal([]);
    expect(compared).to.equal(3 * 8 * 5 * 5 * 8 * 2);
  });
});

describe('the adhesion form’s inputs', () => {
  it('take no more characters than the server keeps', async () => {
    const backend: CharterBackend = {
      listCharters: async () => [],
      getCharter: async () => CHARTER,
      getCharterVersion: async () => CHARTER,
      getCharterAdhesions: async () => ({
        counts: { associations: 1, citizens: 0 },
        items: [{ name: 'Association Tifawin', adheredAt: '2025-03-01T10:00:00Z' }],
      }),
      adhereToCharter: async () => {
        throw new Error('not in this test');
      },
    };
    const element = await fixture<MocharakaCharter>(
      html`<mocharaka-charter lang="fr" charter="taroudant-participation" .backend=${backend}></mocharaka-charter>`,
    );
    await element.localeLoaded();
    await waitUntil(() => element.shadowRoot!.querySelector('#kind-association'), 'no adhesion form');
    element.shadowRoot!.querySelector<HTMLInputElement>('#kind-association')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('#city'));
    const max = (id: string) => Number(element.shadowRoot!.querySelector(`#${id}`)!.getAttribute('maxlength'));
    expect([max('name'), max('registrationNumber'), max('city'), max('contact')]).to.deep.equal([
      ADHESION_NAME_MAX,
      REGISTRATION_NUMBER_MAX,
      ADHESION_CITY_MAX,
      ADHESION_CONTACT_MAX,
    ]);
    // French typography in the error summary; a Latin-script name is marked as of unknown language, not as the page's.
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part=form] button[type=submit]')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('#error-summary li'));
    expect(element.shadowRoot!.querySelector('#error-summary li')!.textContent).to.match(/^Nom de l’association\u00a0: /);
    expect(element.shadowRoot!.querySelector('ul[aria-label] bdi')!.getAttribute('lang')).to.equal('');
    await expect(element).to.be.accessible();
  });
});
