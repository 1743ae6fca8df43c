import { expect, fixture, html, waitUntil } from '../../../test/support/browser-testing.js';
import { ApiError, type AdminMeeting, type AdminRegistration, type MeetingInput, type MeetingMinutesInput } from '@mocharaka/core';
import '../src/screens/meetings/meeting-list.screen.js';
import '../src/screens/meetings/meeting-editor.screen.js';
import '../src/screens/meetings/meeting.screen.js';
import { FakeStaffApi, inLocale, sessionAs } from './consultations-fake-api.js';
import { typeKeys } from './helpers.js';

const MEETING: AdminMeeting = {
  id: 'bab-zorgan-lighting',
  title: { ar: 'لقاء حول إنارة باب الزرقان', fr: 'Rencontre sur l’éclairage de Bab Zorgan' },
  startsAt: '2026-11-20T17:00:00Z',
  endsAt: '2026-11-20T19:00:00Z',
  place: { address: { ar: 'دار الشباب باب الزرقان', fr: 'Maison des jeunes de Bab Zorgan' } },
  languages: ['ary'],
  status: 'scheduled',
  seats: { capacity: 40, taken: 3, waiting: 1 },
  registrationOpen: false,
};

const REGISTRATION: AdminRegistration = {
  reference: 'MTG-0001-0002-0003',
  name: 'Hassan Id Ali',
  contact: '0661234567',
  people: 2,
  status: 'confirmed',
  attended: false,
  registeredAt: '2026-11-10T10:00:00Z',
};

function api() {
  const state = { attended: false };
  return new FakeStaffApi(
    {
      // The list screen's; a screen of one meeting reads that meeting alone.
      '/v1/admin/meetings': { items: [MEETING] },
      '/v1/admin/meetings/bab-zorgan-lighting': MEETING,
      '/v1/admin/meetings/bab-zorgan-lighting/registrations': () => ({ items: [{ ...REGISTRATION, attended: state.attended }] }),
    },
    {
      'POST /v1/admin/meetings/bab-zorgan-lighting/attendance': (body: unknown) => {
        state.attended = (body as { attended: boolean }).attended;
        return { ...REGISTRATION, attended: state.attended };
      },
      'POST /v1/admin/meetings/bab-zorgan-lighting/minutes': () => MEETING,
      'POST /v1/admin/meetings': (body: unknown) => ({ ...MEETING, id: (body as MeetingInput).id }),
    },
  );
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

/** What `describeApiError` says of a 404, in each test language. */
const NOT_FOUND = {
  ar: 'تعذر العثور على هذا العنصر. ربما تم حذفه.',
  fr: 'Cet élément est introuvable. Il a peut-être été retiré.',
} as const;

/** The screen read `id` alone, never the whole (unpaginated) list of meetings. */
function expectOneMeetingRead(fake: FakeStaffApi, id: string) {
  expect(fake.reads).to.include(`/v1/admin/meetings/${id}`);
  expect(fake.reads, 'the whole list of meetings read to show one').not.to.include('/v1/admin/meetings');
}
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

async function type(el: Lit, selector: string, value: string, event = 'input') {
  const box = $<HTMLInputElement>(el, selector)!;
  box.value = value;
  box.dispatchEvent(new Event(event, { bubbles: true }));
  await el.updateComplete;
}

for (const locale of ['ar', 'fr'] as const) {
  describe(`meeting screens (${locale})`, () => {
    before(() => inLocale(locale));

    it('lists the meetings with seats and waiting', async () => {
      const el = await fixture(html`<console-meetings .api=${api()} .session=${sessionAs('editor')}></console-meetings>`);
      await waitUntil(() => $(el, 'table'), 'the list is shown');
      expect($(el, 'tbody a')!.getAttribute('href')).to.equal('/console/meetings/bab-zorgan-lighting');
      expect($(el, 'a.button')!.getAttribute('href')).to.equal('/console/meetings/new');
      await expect(el).to.be.accessible();
    });

    it('creates a meeting, and links the server’s refusals in the error summary', async () => {
      const fake = api();
      fake.gets['/v1/meetings/youth-forum'] = new ApiError(404, 'not_found', 'Meeting not found');
      fake.writes['POST /v1/admin/meetings'] = new ApiError(422, 'validation_failed', 'Some fields are invalid', {
        endsAt: 'invalid_value',
      });
      const el = await fixture<Lit>(html`<console-meeting-editor .api=${fake} .session=${sessionAs('editor')}></console-meeting-editor>`);
      await waitUntil(() => $(el, 'form'), 'the form is shown');
      await type(el, '#f-id', 'youth-forum');
      await type(el, '#f-title-ar', 'منتدى الشباب');
      await type(el, '#f-startsAt', '2027-01-15T18:00');
      await type(el, '#f-endsAt', '2027-01-15T17:00');
      await type(el, '#f-place-address-ar', 'دار الشباب');
      await type(el, '#f-place-mapUrl', 'https://www.openstreetmap.org/?mlat=30.47&mlon=-8.87');
      $<HTMLInputElement>(el, '#language-zgh')!.click();
      await typeKeys(el, '#f-capacity', '٨٠');
      expect($<HTMLInputElement>(el, '#f-capacity')!.value).to.equal('80', 'an Arabic keyboard’s digits are kept, as Latin digits');
      $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
      await waitUntil(() => $(el, '#error-summary a'), 'the error summary is shown');
      expect($(el, '#error-summary a')!.getAttribute('href')).to.equal('#f-endsAt');
      const body = fake.sent[0]!.body as MeetingInput;
      expect(body).to.deep.include({ id: 'youth-forum', capacity: 80, languages: ['ary', 'zgh'], status: 'scheduled' });
      expect(body.startsAt).to.equal(new Date('2027-01-15T18:00').toISOString());
      expect(body.place.mapUrl).to.equal('https://www.openstreetmap.org/?mlat=30.47&mlon=-8.87');
      expect(body).not.to.have.property('description');
      await expect(el).to.be.accessible();
    });

    it('marks who attended, offers the CSV, and publishes structured minutes with links', async () => {
      const fake = api();
      const el = await fixture<Lit>(
        html`<console-meeting .api=${fake} .session=${sessionAs('editor')} .params=${{ id: 'bab-zorgan-lighting' }}></console-meeting>`,
      );
      await waitUntil(() => $(el, 'table') && $(el, '#f-summary-ar'), 'the attendance list and the minutes form are shown');
      expectOneMeetingRead(fake, 'bab-zorgan-lighting');
      await expect(el).to.be.accessible();
      const csv = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[download]')].map((a) => a.getAttribute('href'));
      expect(csv).to.deep.equal([
        '/v1/admin/meetings/bab-zorgan-lighting/registrations.csv?lang=ar',
        '/v1/admin/meetings/bab-zorgan-lighting/registrations.csv?lang=fr',
      ]);

      $<HTMLInputElement>(el, '#attended-MTG-0001-0002-0003')!.click();
      await waitUntil(() => fake.sent.length === 1);
      expect(fake.sent[0]).to.deep.equal({
        method: 'POST',
        path: '/v1/admin/meetings/bab-zorgan-lighting/attendance',
        body: { reference: 'MTG-0001-0002-0003', attended: true },
      });
      await waitUntil(() => $<HTMLInputElement>(el, '#attended-MTG-0001-0002-0003')!.checked);

      await type(el, '#f-summary-ar', 'ناقش الحاضرون أولويات الإنارة');
      $(el, '#add-decision')!.click();
      await el.updateComplete;
      await type(el, '#f-decisions-0-text-ar', 'تركيب 40 مصباحا');
      await type(el, '#f-decisions-0-dueDate', '2027-06-30');
      $(el, '#add-link')!.click();
      await el.updateComplete;
      await type(el, '#f-links-0-id', 'bab-zorgan-lane-lighting');
      $<HTMLButtonElement>(el, 'section[aria-labelledby=minutes-title] button[type=submit]')!.click();
      await waitUntil(() => $(el, '#minutes-notice'), 'the minutes are published');
      expect(fake.reads.filter((path) => path === '/v1/admin/meetings/bab-zorgan-lighting')).to.have.length(2, 'read again after the save');
      expectOneMeetingRead(fake, 'bab-zorgan-lighting');
      const minutes = fake.sent.at(-1)!;
      expect(minutes.path).to.equal('/v1/admin/meetings/bab-zorgan-lighting/minutes');
      expect(minutes.body as MeetingMinutesInput).to.deep.equal({
        summary: { ar: 'ناقش الحاضرون أولويات الإنارة' },
        points: [],
        decisions: [{ text: { ar: 'تركيب 40 مصباحا' }, dueDate: '2027-06-30' }],
        links: [{ kind: 'petition', id: 'bab-zorgan-lane-lighting' }],
        published: true,
      });
      await expect(el).to.be.accessible();
    });

    it('shows a viewer the meeting without the names or the minutes form', async () => {
      const fake = api();
      const el = await fixture<Lit>(
        html`<console-meeting .api=${fake} .session=${sessionAs('viewer')} .params=${{ id: 'bab-zorgan-lighting' }}></console-meeting>`,
      );
      await waitUntil(() => $(el, 'h2'), 'the meeting is shown');
      expect($(el, 'table')).to.be.null;
      expect($(el, '#f-summary-ar')).to.be.null;
      expect(fake.reads).not.to.include('/v1/admin/meetings/bab-zorgan-lighting/registrations');
      expectOneMeetingRead(fake, 'bab-zorgan-lighting');
      await expect(el).to.be.accessible();
    });

    it('fills the editor from the meeting read alone', async () => {
      const fake = api();
      const el = await fixture<Lit>(
        html`<console-meeting-editor .api=${fake} .session=${sessionAs('editor')} .params=${{ id: 'bab-zorgan-lighting' }}></console-meeting-editor>`,
      );
      await waitUntil(() => $<HTMLInputElement>(el, '#f-id')?.value === 'bab-zorgan-lighting', 'the form holds the meeting');
      expect($<HTMLInputElement>(el, '#f-capacity')!.value).to.equal('40');
      expect($<HTMLInputElement>(el, '#f-title-fr')!.value).to.equal(MEETING.title.fr);
      expectOneMeetingRead(fake, 'bab-zorgan-lighting');
      await expect(el).to.be.accessible();
    });

    it('says in the user’s language that a meeting does not exist, with no retry and no form', async () => {
      const fake = api();
      const screen = await fixture<Lit>(
        html`<console-meeting .api=${fake} .session=${sessionAs('editor')} .params=${{ id: 'no-such-meeting' }}></console-meeting>`,
      );
      const editor = await fixture<Lit>(
        html`<console-meeting-editor .api=${fake} .session=${sessionAs('editor')} .params=${{ id: 'no-such-meeting' }}></console-meeting-editor>`,
      );
      for (const el of [screen, editor]) {
        await waitUntil(() => $(el, '[role=alert]'), `<${el.localName}> says the meeting is missing`);
        expect($(el, '[role=alert]')!.textContent!.trim()).to.equal(NOT_FOUND[locale]);
        expect($(el, '[role=alert] button'), 'a retry that cannot help').to.equal(null);
        expect($(el, 'form')).to.equal(null);
        await expect(el).to.be.accessible();
      }
      expectOneMeetingRead(fake, 'no-such-meeting');
    });
  });
}
