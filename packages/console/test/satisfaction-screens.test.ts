import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { ApiError, type AdminRating, type Service, type ServiceSummary } from '@mocharaka/core';
import '../src/screens/satisfaction/service-list.screen.js';
import '../src/screens/satisfaction/service-editor.screen.js';
import '../src/screens/satisfaction/service.screen.js';
import { FakeStaffApi, inLocale, sessionAs } from './consultations-fake-api.js';

const SERVICE: Service = {
  id: 'civil-status',
  name: { ar: 'الحالة المدنية', fr: 'État civil' },
  tags: [
    { id: 'fast', kind: 'positive', label: { ar: 'سريع', fr: 'Rapide' } },
    { id: 'queue', kind: 'negative', label: { ar: 'انتظار طويل', fr: 'Longue attente' } },
  ],
};

const SUMMARY: ServiceSummary = {
  serviceId: 'civil-status',
  count: 3,
  mean: 3.7,
  distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 },
  satisfactionScore: 2 / 3,
  significant: false,
  trend: [{ month: '2026-11', count: 3, mean: 3.7, satisfactionScore: 0.67 }],
  topTags: [{ tagId: 'queue', count: 2 }],
};

const rating = (id: string, comment: string | undefined, hidden = false): AdminRating => ({
  id,
  serviceId: 'civil-status',
  level: 2,
  tags: ['queue'],
  hidden,
  createdAt: new Date().toISOString(),
  channel: 'kiosk',
  kioskId: 'counter-1',
  ...(comment ? { comment } : {}),
});

function api() {
  const hidden = new Set<string>();
  return new FakeStaffApi(
    {
      '/v1/services': { items: [SERVICE] },
      '/v1/services/civil-status': SERVICE,
      '/v1/services/civil-status/summary': SUMMARY,
      '/v1/admin/services/civil-status/ratings': { items: [rating('3', 'Trop lent'), rating('2', undefined), rating('1', 'شكرا')] },
    },
    {
      'POST /v1/admin/ratings/3/hide': () => (hidden.add('3'), rating('3', 'Trop lent', true)),
      'POST /v1/admin/services': (body: unknown) => ({ ...(body as Service) }),
    },
  );
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function type(el: HTMLElement & { updateComplete: Promise<unknown> }, selector: string, value: string) {
  const box = $<HTMLInputElement>(el, selector)!;
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

for (const locale of ['ar', 'fr'] as const) {
  describe(`satisfaction screens (${locale})`, () => {
    before(() => inLocale(locale));

    it('lists the services with their scores', async () => {
      const el = await fixture(html`<console-services .api=${api()} .session=${sessionAs('editor')}></console-services>`);
      await waitUntil(() => $(el, 'table'), 'the list is shown');
      expect($(el, 'tbody a')!.getAttribute('href')).to.equal('/console/satisfaction/civil-status');
      expect($(el, 'tbody .badge')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the scores, hides a comment, and sets up a kiosk', async () => {
      const fake = api();
      const el = await fixture(
        html`<console-service .api=${fake} .session=${sessionAs('moderator')} .params=${{ id: 'civil-status' }}></console-service>`,
      );
      await waitUntil(() => $(el, '.ratings'), 'the ratings are shown');
      expect(all(el, '.ratings > li')).to.have.length(2, 'only ratings with a comment');
      await expect(el).to.be.accessible();
      $(el, '#toggle-3')!.click();
      await waitUntil(() => fake.sent.length === 1 && $(el, '#toggle-3')!.textContent!.trim() !== '', 'the comment is hidden');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'toggle-3', 'focus stays on the button');
      expect(fake.sent[0]!.path).to.equal('/v1/admin/ratings/3/hide');
      expect($(el, '.ratings > li .badge')).to.exist;
      expect($(el, 'a[download]')!.getAttribute('href')).to.equal('/v1/admin/services/civil-status/ratings.csv');
      await type(el as never, '#kiosk-id', 'guichet-2');
      expect($(el, '#kiosk-url')!.textContent).to.equal(
        `${location.origin}/console/satisfaction/civil-status/kiosk?kiosk=guichet-2&lang=ar`,
      );
      expect($(el, '#kiosk-page')!.textContent).to.contain(
        `<mocharaka-satisfaction endpoint="${location.origin}/v1" service="civil-status" mode="kiosk" kiosk-id="guichet-2">`,
      );
      await type(el as never, '#kiosk-id', 'Guichet 2');
      expect($(el, '#kiosk-id')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#kiosk-url')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('edits a service and its tags, and links the server’s field errors', async () => {
      const fake = api();
      fake.writes['POST /v1/admin/services'] = new ApiError(422, 'validation_failed', 'Some fields are invalid', {
        'tags.2.label.ar': 'required',
      });
      const el = await fixture(
        html`<console-service-editor
          .api=${fake}
          .session=${sessionAs('editor')}
          .params=${{ id: 'civil-status' }}
        ></console-service-editor>`,
      );
      await waitUntil(() => $(el, 'form'), 'the form is shown');
      expect($<HTMLInputElement>(el, '#f-tags-1-label-fr')!.value).to.equal('Longue attente');
      $(el, '#add-tag')!.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('f-tags-2-label-ar');
      $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
      await waitUntil(() => $(el, '#error-summary a'), 'the error summary lists the tag');
      expect($(el, '#error-summary a')!.getAttribute('href')).to.equal('#f-tags-2-label-ar');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'error-summary', 'focus moves to the error summary');
      expect((fake.sent[0]!.body as { tags: unknown[] }).tags).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('keeps focus on a tag it moves, and on “Add a tag” after one is removed', async () => {
      const el = await fixture(
        html`<console-service-editor .api=${api()} .session=${sessionAs('editor')} .params=${{ id: 'civil-status' }}></console-service-editor>`,
      );
      await waitUntil(() => $(el, 'form'), 'the form is shown');
      const second = $<HTMLInputElement>(el, '#f-tags-1-label-fr')!.value;
      $(el, '#f-tags-1-up')!.click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-tags-0-down', 'focus follows the moved tag');
      expect($<HTMLInputElement>(el, '#f-tags-0-label-fr')!.value).to.equal(second);
      all(el, 'button.danger')[0]!.click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'add-tag', 'focus moves to “Add a tag”');
      await expect(el).to.be.accessible();
    });
  });
}
