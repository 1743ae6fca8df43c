import { expect, waitUntil } from '../../../test/support/browser-testing.js';
import { failModules, useModuleFaults } from '../../../test/support/module-faults.js';
import { ApiError, type PublicSuggestion, type SuggestionInput, type SuggestionsBackend } from '@mocharaka/core';
import '../src/mocharaka-suggestions.js';
import type { MocharakaSuggestions } from '../src/suggestions.element.js';

// In a file of its own: the lazy views must not have been loaded yet on this page.
const { unhandledRejections } = useModuleFaults();
const LAZY_VIEWS = '/packages/suggestions/src/lazy-views.';

let element: MocharakaSuggestions | undefined;
afterEach(() => {
  element?.remove();
  localStorage.clear();
  sessionStorage.clear();
});

const STUDIED: PublicSuggestion = {
  code: 'S-TRD0-0002',
  kind: 'remark',
  topic: 'lighting',
  text: 'Plusieurs lampadaires sont éteints sur la route du lycée.',
  status: 'under_study',
  submittedAt: '2026-11-01T09:00:00.000Z',
  studiedAt: '2026-11-03T09:00:00.000Z',
  supportCount: 4,
  published: true,
};

function fakeBackend(online = true) {
  const sent: { suggestion: SuggestionInput; key: string }[] = [];
  const backend = {
    getSuggestionBox: async () => ({
      topics: [{ id: 'lighting', label: { ar: 'الإنارة العمومية', fr: 'Éclairage public' } }],
      neighbourhoods: [],
      departments: [],
    }),
    listSuggestions: async () => ({ items: [STUDIED] }),
    getSuggestion: async () => STUDIED,
    submitSuggestion: async (suggestion, { idempotencyKey }) => {
      sent.push({ suggestion, key: idempotencyKey });
      if (!online) throw ApiError.network(new TypeError('Failed to fetch'));
      return { code: 'S-7Q2K-M9XD', status: 'received', submittedAt: '2026-12-01T10:00:00.000Z', contactKept: false };
    },
  } as Partial<SuggestionsBackend> as SuggestionsBackend;
  return { backend, sent };
}

/** Set up the way React and Vue do: created, attached, then given its properties. */
async function render(lang: 'ar' | 'fr', backend: SuggestionsBackend, properties: Partial<MocharakaSuggestions>, ready: string) {
  element = document.createElement('mocharaka-suggestions');
  element.setAttribute('lang', lang);
  document.body.append(element);
  Object.assign(element, properties);
  element.backend = backend;
  await element.localeLoaded();
  await waitUntil(() => element!.shadowRoot!.querySelector(ready), `${ready} never appeared`);
  return element;
}

/** A message written on an earlier visit that could not be sent then. */
const QUEUED: SuggestionInput = { kind: 'remark', topic: 'lighting', text: 'Le lampadaire devant l’école est éteint.' };
const outboxEntry = () => ({ idempotencyKey: 'key-1', target: 'suggestion-box', payload: QUEUED, createdAt: Date.now(), attempts: 1 });

const $ = (selector: string) => element!.shadowRoot!.querySelector<HTMLElement>(selector);
const FAILED = {
  ar: 'تعذر تحميل هذا الجزء من فضاء الاقتراحات والملاحظات. تحقق من اتصالك ثم أعد تحميل الصفحة.',
  fr: 'Cette partie de l’espace des suggestions et remarques n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.',
};

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-suggestions> in ${lang} when its lazy views cannot be downloaded`, () => {
    it('the form says it could not be loaded and to reload the page, with no "Try again" and the draft kept', async () => {
      await failModules(LAZY_VIEWS);
      const draft = JSON.stringify({
        kind: 'remark',
        topic: 'lighting',
        neighbourhood: '',
        text: 'Lampadaire éteint',
        name: '',
        contact: '',
      });
      sessionStorage.setItem('mocharaka:suggestions-draft:custom', draft);
      await render(lang, fakeBackend().backend, { view: 'send' }, '#views-failed');
      const failed = $('#views-failed')!;
      expect(failed.getAttribute('role')).to.equal('alert');
      expect(failed.textContent!.trim()).to.equal(FAILED[lang]);
      expect(
        element!.shadowRoot!.querySelector('section > :not(h2, nav) button'),
        'no "Try again": on this page it could not succeed',
      ).to.equal(null);
      expect(sessionStorage.getItem('mocharaka:suggestions-draft:custom'), 'what the citizen typed is kept for the reload').to.equal(draft);
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });

    it('a message left in the outbox that still cannot be sent is said to be kept on this device', async () => {
      await failModules(LAZY_VIEWS);
      localStorage.setItem('mocharaka:outbox:suggestions:custom', JSON.stringify([outboxEntry()]));
      const { backend, sent } = fakeBackend(false);
      await render(lang, backend, { view: 'send' }, '#queued');
      expect(sent).to.have.length(1);
      expect($('#views-failed')!.textContent!.trim()).to.equal(FAILED[lang]);
      expect($('#queued')!.textContent).to.contain(
        lang === 'ar' ? 'محفوظ على هذا الجهاز' : 'sera envoyée automatiquement au retour de la connexion',
      );
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });

    it('a message left in the outbox is sent and its receipt gives the follow-up code, from the main module', async () => {
      await failModules(LAZY_VIEWS);
      localStorage.setItem('mocharaka:outbox:suggestions:custom', JSON.stringify([outboxEntry()]));
      const { backend, sent } = fakeBackend();
      await render(lang, backend, { view: 'send' }, '#receipt');
      expect(sent).to.deep.equal([{ suggestion: QUEUED, key: 'key-1' }]);
      const receipt = $('#receipt')!;
      expect(receipt.querySelector('h3')!.textContent).to.equal(
        lang === 'ar' ? 'أرسلت رسالتك عند عودة الاتصال' : 'Votre message a été envoyé au retour de la connexion',
      );
      expect(receipt.querySelector('.code')!.textContent).to.equal('S-7Q2K-M9XD');
      expect(receipt.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-01T10:00:00.000Z');
      expect(receipt.querySelector('button'), 'following it and sending another came with the views that failed').to.equal(null);
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });

    it('a follow-up code given to the element still shows the message and its progress', async () => {
      await failModules(LAZY_VIEWS);
      await render(lang, fakeBackend().backend, { code: 'S-TRD0-0002' }, '#followed .timeline');
      expect($('#views-failed')!.textContent!.trim()).to.equal(FAILED[lang]);
      expect($('#followed')!.textContent).to.contain('S-TRD0-0002');
      await expect(element).to.be.accessible();
      expect(await unhandledRejections()).to.deep.equal([]);
    });
  });
}
