import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import {
  AdminMeeting,
  AdminMeetingList,
  AdminRegistration,
  AdminRegistrationList,
  CancellationReceipt,
  Meeting,
  MeetingList,
  RegistrationReceipt,
  type MeetingInput,
  type MeetingMinutesInput,
  type RegistrationInput,
  type StaffRole,
} from '@mocharaka/core/contract';
import { createApiToken } from '../src/staff/api-tokens.js';
import { createAccount } from '../src/staff/accounts.js';
import { ADMIN_TOKEN, useTestApp, type TestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';
import { csvRows } from './support/csv-cells.js';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const HOUR = 3_600_000;
/** Whole minutes, as staff set them (a calendar file's times have no fractions of a second). */
const at = (hoursFromNow: number) => new Date(Math.floor((Date.now() + hoursFromNow * HOUR) / 60_000) * 60_000).toISOString();

const meetingInput = (id: string, overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  id,
  title: { ar: 'لقاء تواصلي حول إنارة باب الزرقان، الأزقة؛ والساحات', fr: 'Rencontre sur l’éclairage de Bab Zorgan, ruelles; places' },
  description: { ar: 'عرض مشاريع الإنارة العمومية\nومناقشتها مع الساكنة', fr: 'Présentation des projets d’éclairage\net débat' },
  startsAt: at(48),
  endsAt: at(50),
  place: {
    address: { ar: 'قاعة الاجتماعات، مقر الجماعة، شارع محمد الخامس، تارودانت', fr: 'Salle de réunion, siège de la commune, Taroudant' },
    mapUrl: 'https://www.openstreetmap.org/?mlat=30.4703&mlon=-8.8770#map=18/30.4703/-8.8770',
  },
  languages: ['ary', 'zgh'],
  accessibility: { ar: 'القاعة في الطابق الأرضي، ولوج بالكراسي المتحركة', fr: 'Salle au rez-de-chaussée, accessible en fauteuil' },
  capacity: 10,
  ...overrides,
});

const person = (name: string, people = 1, contact?: string): RegistrationInput => ({
  name,
  people,
  consent: true,
  ...(contact ? { contact } : {}),
});

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; fields?: Record<string, string> } }).error;

/** An API token of a new account holding `role`. */
async function tokenOf(t: TestApp, role: StaffRole): Promise<Record<string, string>> {
  const account = await createAccount(t.db, {
    email: `${role}@meetings.test`,
    displayName: role,
    role,
    passwordHash: 'scrypt$1$1$1$AA$AA',
  });
  return { authorization: `Bearer ${(await createApiToken(t.db, account!.id, { name: 'meetings' })).secret}` };
}

async function createMeeting(t: TestApp, input: MeetingInput): Promise<AdminMeeting> {
  const response = await t.postJson('/v1/admin/meetings', input, admin);
  assert.ok(response.status === 201 || response.status === 200, `${response.status} ${await response.clone().text()}`);
  return AdminMeeting.parse(await response.json());
}

async function registerOk(t: TestApp, id: string, body: RegistrationInput) {
  const response = await t.postJson(`/v1/meetings/${id}/registrations`, body);
  assert.equal(response.status, 201, await response.clone().text());
  return RegistrationReceipt.parse(await response.json()).receipt;
}

async function seats(t: TestApp, id: string) {
  const response = await t.app.request(`/v1/meetings/${id}`);
  assert.equal(response.status, 200);
  return Meeting.parse(await response.json()).seats;
}

async function registrations(t: TestApp, id: string) {
  const response = await t.app.request(`/v1/admin/meetings/${id}/registrations`, { headers: admin });
  assert.equal(response.status, 200);
  return AdminRegistrationList.parse(await response.json()).items;
}

for (const kind of availableDatabases()) {
  describe(`meetings with proof of work on ${kind}`, () => {
    const t = useTestApp(kind, { proofOfWork: true });

    test('registering and cancelling are public submissions: each gets a challenge bound to its path', async () => {
      for (const path of ['/v1/meetings/bab-zorgan-lighting-2027/registrations', '/v1/meetings/bab-zorgan-lighting-2027/cancellations']) {
        const response = await t.app.request(`/v1/challenge?resource=${encodeURIComponent(path)}`);
        assert.equal(response.status, 200, path);
      }
      const unproven = await t.postJson('/v1/meetings/bab-zorgan-lighting-2027/registrations', person('Sans Preuve'));
      assert.equal(unproven.status, 422);
    });
  });

  describe(`meetings on ${kind}`, () => {
    const t = useTestApp(kind);

    test('staff create and edit a meeting; upcoming and past lists, each audited', async () => {
      const created = await t.postJson('/v1/admin/meetings', meetingInput('lighting'), admin);
      assert.equal(created.status, 201);
      await createMeeting(t, meetingInput('held', { startsAt: at(-30), endsAt: at(-28) }));
      const edited = await createMeeting(t, meetingInput('lighting', { capacity: 40, languages: ['ar', 'fr'] }));
      assert.equal(edited.seats.capacity, 40);
      assert.deepEqual(edited.languages, ['ar', 'fr']);

      const upcoming = MeetingList.parse(await (await t.app.request('/v1/meetings')).json()).items.map((m) => m.id);
      const past = MeetingList.parse(await (await t.app.request('/v1/meetings?when=past')).json()).items.map((m) => m.id);
      assert.ok(upcoming.includes('lighting') && !upcoming.includes('held'));
      assert.ok(past.includes('held') && !past.includes('lighting'));

      const trail = await t.db.query<{ action: string; summary: { capacity?: number } }>(
        `SELECT action, summary FROM audit_log WHERE resource_type = 'meeting' AND resource_id = 'lighting' ORDER BY id`,
      );
      assert.deepEqual(
        trail.map((row) => [row.action, row.summary.capacity]),
        [
          ['create', 10],
          ['update', 40],
        ],
      );
    });

    test('staff read one meeting: what the list gives for it, 404 for an unknown id, only for the roles of the list', async () => {
      await createMeeting(t, meetingInput('lighting'));
      await createMeeting(t, meetingInput('held', { startsAt: at(1), endsAt: at(3) }));
      await registerOk(t, 'held', person('Mohamed Amzil', 2));
      await t.db.query(`UPDATE meetings SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = 'held'`);
      const draft = { summary: { ar: 'مسودة المحضر' }, points: [], decisions: [], links: [], published: false };
      assert.equal((await t.postJson('/v1/admin/meetings/held/minutes', draft, admin)).status, 200);

      const list = AdminMeetingList.parse(await (await t.app.request('/v1/admin/meetings', { headers: admin })).json()).items;
      assert.ok(list.some((meeting) => meeting.minutesDraft) && list.length >= 2, 'a list with a minutes draft to compare');
      for (const item of list) {
        const one = await t.app.request(`/v1/admin/meetings/${item.id}`, { headers: admin });
        assert.equal(one.status, 200, item.id);
        assert.deepEqual(AdminMeeting.parse(await one.json()), item, item.id);
      }

      for (const id of ['no-such-meeting', 'Not_An_Id']) {
        const missing = await t.app.request(`/v1/admin/meetings/${id}`, { headers: admin });
        assert.equal(missing.status, 404, id);
        assert.equal((await errorOf(missing)).code, 'not_found', id);
      }
      assert.equal((await t.app.request('/v1/admin/meetings/lighting')).status, 401);
      for (const role of ['editor', 'moderator', 'viewer'] as const) {
        assert.equal((await t.app.request('/v1/admin/meetings/lighting', { headers: await tokenOf(t, role) })).status, 200, role);
      }
      const refused = await t.app.request('/v1/admin/meetings/lighting', { headers: await tokenOf(t, 'petitions-officer') });
      assert.equal(refused.status, 403);
      assert.equal((await errorOf(refused)).code, 'forbidden');
    });

    test('refuses a meeting that ends before it starts, and changes nothing', async () => {
      const response = await t.postJson('/v1/admin/meetings', meetingInput('backwards', { endsAt: at(47) }), admin);
      assert.equal(response.status, 422);
      assert.deepEqual((await errorOf(response)).fields, { endsAt: 'invalid_value' });
      assert.equal((await t.app.request('/v1/meetings/backwards')).status, 404);
    });

    test('registers until full, then fills the waiting list in order; the public sees counts, never names', async () => {
      await createMeeting(t, meetingInput('small', { capacity: 3 }));
      const first = await registerOk(t, 'small', person('فاطمة الزهراء أيت باها', 2, '+212 6٦١ ٢٣ ٤٥ ٦٧'));
      const second = await registerOk(t, 'small', person('Youssef Oubella', 2));
      const third = await registerOk(t, 'small', person('Hassan Id Ali', 1));
      assert.equal(first.status, 'confirmed');
      assert.equal(second.status, 'waiting');
      assert.equal(second.waitingPosition, 1);
      // It would fit, but someone waits already: first come, first served.
      assert.equal(third.status, 'waiting');
      assert.equal(third.waitingPosition, 2);
      assert.deepEqual(await seats(t, 'small'), { capacity: 3, taken: 2, waiting: 3 });

      const publicText = (await (await t.app.request('/v1/meetings/small')).text()) + (await (await t.app.request('/v1/meetings')).text());
      assert.ok(!publicText.includes('Youssef') && !publicText.includes('فاطمة'));

      const items = await registrations(t, 'small');
      assert.deepEqual(
        items.map((r) => [r.name, r.contact, r.people, r.status]),
        [
          ['فاطمة الزهراء أيت باها', '+212 661 23 45 67', 2, 'confirmed'],
          ['Youssef Oubella', undefined, 2, 'waiting'],
          ['Hassan Id Ali', undefined, 1, 'waiting'],
        ],
      );
    });

    test('names and contacts are sealed at rest; the cancellation code is stored only as a hash', async () => {
      await createMeeting(t, meetingInput('sealed'));
      const receipt = await registerOk(t, 'sealed', person('Khadija Boutaleb', 1, 'khadija@example.ma'));
      const [row] = await t.db.query<Record<string, unknown>>(`SELECT * FROM meeting_registrations WHERE reference = $1`, [
        receipt.reference,
      ]);
      const stored = Object.values(row!)
        .map((value) => (value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : String(value)))
        .join('|');
      for (const secret of ['Khadija', 'khadija@example.ma', receipt.cancellationCode]) assert.ok(!stored.includes(secret), secret);
      // A sealed value copied to another meeting's row no longer opens.
      await createMeeting(t, meetingInput('other'));
      await t.db.query(`UPDATE meeting_registrations SET meeting_id = 'other' WHERE reference = $1`, [receipt.reference]);
      const listed = await t.app.request('/v1/admin/meetings/other/registrations', { headers: admin });
      assert.equal(listed.status, 500);
    });

    test('cancelling frees the seats and confirms who waits next; twice answers the same; a wrong code is 404', async () => {
      await createMeeting(t, meetingInput('queue', { capacity: 2 }));
      const a = await registerOk(t, 'queue', person('Amina', 2));
      const b = await registerOk(t, 'queue', person('Brahim', 1));
      const c = await registerOk(t, 'queue', person('Charifa', 1));
      assert.deepEqual([a.status, b.status, c.status], ['confirmed', 'waiting', 'waiting']);

      const cancelled = await t.postJson('/v1/meetings/queue/cancellations', { code: a.cancellationCode });
      assert.equal(cancelled.status, 200);
      const first = CancellationReceipt.parse(await cancelled.json());
      assert.equal(first.cancellation.reference, a.reference);
      assert.deepEqual(await seats(t, 'queue'), { capacity: 2, taken: 2, waiting: 0 });
      assert.deepEqual(
        (await registrations(t, 'queue')).map((r) => r.status),
        ['cancelled', 'confirmed', 'confirmed'],
      );

      const again = await t.postJson('/v1/meetings/queue/cancellations', { code: a.cancellationCode });
      assert.deepEqual(CancellationReceipt.parse(await again.json()), first);
      assert.deepEqual(await seats(t, 'queue'), { capacity: 2, taken: 2, waiting: 0 });

      const wrong = await t.postJson('/v1/meetings/queue/cancellations', { code: 'A'.repeat(24) });
      assert.equal(wrong.status, 404);
      assert.equal((await errorOf(wrong)).code, 'registration_not_found');
      const malformed = await t.postJson('/v1/meetings/queue/cancellations', { code: 'short' });
      assert.equal(malformed.status, 422);
      // A code opens only its own meeting's registration.
      await createMeeting(t, meetingInput('elsewhere'));
      assert.equal((await t.postJson('/v1/meetings/elsewhere/cancellations', { code: b.cancellationCode })).status, 404);
    });

    test('a party that does not fit keeps its turn until it does; raising the capacity confirms it; lowering below the taken seats is refused', async () => {
      await createMeeting(t, meetingInput('party', { capacity: 3 }));
      await registerOk(t, 'party', person('One', 2));
      const big = await registerOk(t, 'party', person('Family', 4));
      const small = await registerOk(t, 'party', person('Single', 1));
      assert.deepEqual([big.status, small.status], ['waiting', 'waiting']);

      const lowered = await t.postJson('/v1/admin/meetings', meetingInput('party', { capacity: 1 }), admin);
      assert.equal(lowered.status, 422);
      assert.deepEqual((await errorOf(lowered)).fields, { capacity: 'too_small' });

      await createMeeting(t, meetingInput('party', { capacity: 6 }));
      assert.deepEqual(
        (await registrations(t, 'party')).map((r) => r.status),
        ['confirmed', 'confirmed', 'waiting'],
      );
      assert.deepEqual(await seats(t, 'party'), { capacity: 6, taken: 6, waiting: 1 });
    });

    test('concurrent registrations never take more seats than the capacity', async () => {
      await createMeeting(t, meetingInput('rush', { capacity: 10 }));
      const receipts = await Promise.all(Array.from({ length: 30 }, (_, i) => registerOk(t, 'rush', person(`Citizen ${i}`, 1))));
      assert.equal(receipts.filter((r) => r.status === 'confirmed').length, 10);
      const positions = receipts.flatMap((r) => (r.waitingPosition ? [r.waitingPosition] : [])).sort((x, y) => x - y);
      assert.deepEqual(
        positions,
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      assert.deepEqual(await seats(t, 'rush'), { capacity: 10, taken: 10, waiting: 20 });

      // Cancellations and new registrations racing: the counters still match the rows.
      const confirmed = receipts.filter((r) => r.status === 'confirmed');
      await Promise.all([
        ...confirmed.slice(0, 5).map((r) => t.postJson('/v1/meetings/rush/cancellations', { code: r.cancellationCode })),
        ...Array.from({ length: 5 }, (_, i) => t.postJson('/v1/meetings/rush/registrations', person(`Late ${i}`, 1))),
      ]);
      const [counted] = await t.db.query<{ taken: number; waiting: number; capacity: number }>(
        `SELECT (SELECT sum(people) FROM meeting_registrations WHERE meeting_id = 'rush' AND status = 'confirmed')::integer AS taken,
                (SELECT sum(people) FROM meeting_registrations WHERE meeting_id = 'rush' AND status = 'waiting')::integer AS waiting,
                capacity FROM meetings WHERE id = 'rush'`,
      );
      assert.deepEqual(await seats(t, 'rush'), { capacity: 10, taken: counted!.taken, waiting: counted!.waiting });
      assert.equal(counted!.taken, 10);
      assert.equal(counted!.waiting, 20);
    });

    test('no registration once the meeting has started, nor for a cancelled one', async () => {
      await createMeeting(t, meetingInput('started', { startsAt: at(-1), endsAt: at(1) }));
      const late = await t.postJson('/v1/meetings/started/registrations', person('Late Comer'));
      assert.equal(late.status, 409);
      assert.equal((await errorOf(late)).code, 'registration_closed');
      await createMeeting(t, meetingInput('off', { status: 'cancelled' }));
      const off = await t.postJson('/v1/meetings/off/registrations', person('Hopeful'));
      assert.equal((await errorOf(off)).code, 'meeting_cancelled');
      assert.equal((await t.postJson('/v1/meetings/nothing/registrations', person('Nobody'))).status, 404);
      const invalid = await t.postJson('/v1/meetings/started/registrations', { name: 'X', people: 0, consent: true });
      assert.equal(invalid.status, 422);
    });

    test('the calendar file is valid iCalendar: parsed by ical.js, folded at 75 octets, CRLF, escaped', async () => {
      const input = meetingInput('calendar');
      const meeting = await createMeeting(t, input);
      const response = await t.app.request('http://mocharaka.test/v1/meetings/calendar/calendar.ics?lang=fr');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
      const text = await response.text();
      assert.ok(text.endsWith('\r\n'));
      assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
      for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);

      const calendar = new ICAL.Component(ICAL.parse(text));
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      assert.equal(event.uid, 'meeting-calendar@mocharaka.test');
      assert.equal(event.summary, input.title.fr);
      assert.equal(event.description, `${input.description!.fr}\n\n${input.accessibility!.fr}\n\n${input.place.mapUrl}`);
      assert.equal(event.location, input.place.address.fr);
      assert.equal(event.startDate.toJSDate().toISOString(), meeting.startsAt);
      assert.equal(event.endDate.toJSDate().toISOString(), meeting.endsAt);
      const vevent = calendar.getFirstSubcomponent('vevent')!;
      assert.ok(vevent.getFirstPropertyValue('dtstamp'));
      assert.equal(vevent.getFirstProperty('location')!.getParameter('altrep'), input.place.mapUrl);

      // Arabic by default; an edit raises SEQUENCE so calendars replace their copy.
      await createMeeting(t, meetingInput('calendar', { capacity: 12 }));
      const arabic = await (await t.app.request('/v1/meetings/calendar/calendar.ics')).text();
      const again = new ICAL.Event(new ICAL.Component(ICAL.parse(arabic)).getFirstSubcomponent('vevent')!);
      assert.equal(again.summary, input.title.ar);
      assert.equal(again.sequence, 1);
      for (const line of arabic.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);
    });

    test('attendance: staff mark who came, export the list as CSV; minutes published after the meeting, with links', async () => {
      await createMeeting(t, meetingInput('council-session', { startsAt: at(1), endsAt: at(3), capacity: 5 }));
      const one = await registerOk(t, 'council-session', person('Mohamed Amzil', 2, 'm.amzil@example.ma'));
      await registerOk(t, 'council-session', person('=HYPERLINK("x")', 1));

      const marked = await t.postJson('/v1/admin/meetings/council-session/attendance', { reference: one.reference, attended: true }, admin);
      assert.equal(marked.status, 200);
      assert.equal(AdminRegistration.parse(await marked.json()).attended, true);
      const unknown = await t.postJson(
        '/v1/admin/meetings/council-session/attendance',
        { reference: 'MTG-0000-0000-0000', attended: true },
        admin,
      );
      assert.equal((await errorOf(unknown)).code, 'registration_not_found');

      const csv = await t.app.request('/v1/admin/meetings/council-session/registrations.csv?lang=fr', { headers: admin });
      assert.equal(csv.status, 200);
      const rows = csvRows(await csv.text());
      assert.deepEqual(rows[0], ['Référence', 'Nom', 'Contact', 'Personnes', 'Statut', 'Présent', "Date d'inscription"]);
      assert.deepEqual(rows[1]!.slice(0, 6), [one.reference, 'Mohamed Amzil', 'm.amzil@example.ma', '2', 'Confirmé', 'oui']);
      assert.equal(rows[2]![1], `'=HYPERLINK("x")`);

      const minutes: MeetingMinutesInput = {
        summary: { ar: 'ناقش الحاضرون أولويات الإنارة العمومية', fr: 'Les participants ont discuté des priorités de l’éclairage' },
        points: [{ title: { ar: 'الأزقة المظلمة', fr: 'Ruelles sombres' } }],
        decisions: [{ text: { ar: 'تركيب 40 مصباحا', fr: 'Installer 40 lampadaires' }, dueDate: '2027-06-30' }],
        links: [
          { kind: 'petition', id: 'bab-zorgan-lane-lighting' },
          { kind: 'suggestion', id: 'S-TRD0-0001' },
        ],
        published: true,
      };
      const early = await t.postJson('/v1/admin/meetings/council-session/minutes', minutes, admin);
      assert.equal(early.status, 409);
      assert.equal((await errorOf(early)).code, 'meeting_not_held');

      await t.db.query(
        `UPDATE meetings SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = 'council-session'`,
      );
      const draft = await t.postJson('/v1/admin/meetings/council-session/minutes', { ...minutes, published: false }, admin);
      assert.equal(draft.status, 200);
      assert.equal(AdminMeeting.parse(await draft.json()).minutesDraft?.published, false);
      assert.equal(Meeting.parse(await (await t.app.request('/v1/meetings/council-session')).json()).minutes, undefined);

      assert.equal((await t.postJson('/v1/admin/meetings/council-session/minutes', minutes, admin)).status, 200);
      const shown = Meeting.parse(await (await t.app.request('/v1/meetings/council-session')).json());
      assert.equal(shown.minutes?.attendance, 2);
      assert.deepEqual(shown.minutes?.links, minutes.links);
      assert.deepEqual(shown.minutes?.decisions, minutes.decisions);

      const trail = await t.db.query<{ action: string; summary: Record<string, unknown> }>(
        `SELECT action, summary FROM audit_log WHERE resource_id = 'council-session' AND action IN ('attendance', 'minutes_publication') ORDER BY id`,
      );
      assert.deepEqual(trail[0], { action: 'attendance', summary: { reference: one.reference, attended: true } });
      assert.ok(!JSON.stringify(trail).includes('Amzil'));
      assert.equal(trail.filter((row) => row.action === 'minutes_publication').length, 2);
    });
  });
}
